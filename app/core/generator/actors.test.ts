import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analysis';
import { findActors } from './actors';
import { mentionNames } from './briefing-invariants';

function actors(text: string) {
  const found = findActors(analyseArticle(text));
  for (const a of found) {
    for (const m of a.mentions) expect(mentionNames(text.slice(m.start, m.end), a.name)).toBe(true);
  }
  return found;
}

function byName(text: string): Record<string, { kind: string; role?: string; mentions: string[] }> {
  return Object.fromEntries(
    actors(text).map((a) => [
      a.name,
      { kind: a.kind, role: a.role, mentions: a.mentions.map((m) => text.slice(m.start, m.end)) },
    ]),
  );
}

describe('findActors', () => {
  it('merges surnames and titled short forms into the full name', () => {
    const found = byName(
      'Finance Minister Jane Okafor met President Luis Ortega in Lagos. Okafor said the talks went well. Mr Ortega agreed.',
    );
    expect(found['Jane Okafor']).toEqual({
      kind: 'person',
      role: 'Finance Minister',
      mentions: ['Jane Okafor', 'Okafor'],
    });
    expect(found['Luis Ortega']).toEqual({
      kind: 'person',
      role: 'President',
      mentions: ['Luis Ortega', 'Ortega'],
    });
    expect(found.Lagos?.kind).toBe('place');
  });

  it('keeps non-ASCII letters exactly (dotless ı, ğ, ş, İ)', () => {
    const text =
      'General Yaşar Güleroğlu visited İzmir. Later, Güleroğlu met Brigadier General Ayşe Kılıç.';
    const found = byName(text);
    expect(found['Yaşar Güleroğlu']?.mentions).toEqual(['Yaşar Güleroğlu', 'Güleroğlu']);
    expect(found['Ayşe Kılıç']?.kind).toBe('person');
  });

  it('takes roles from appositions on either side', () => {
    const found = byName(
      'The Chief of the Naval Staff, Admiral Tomas Berg, inspected the fleet. Maria Lund, head of the Port Authority, joined him.',
    );
    expect(found['Tomas Berg']?.role).toBe('Chief of the Naval Staff');
    expect(found['Maria Lund']?.role).toBe('head of the Port Authority');
    expect(found['Port Authority']?.kind).toBe('organization');
  });

  it('joins an acronym to the organisation it abbreviates', () => {
    const found = byName(
      'The Electoral Commission (EC) met on Monday. The EC later said turnout was high. The EC will report.',
    );
    expect(found['Electoral Commission']?.mentions).toEqual([
      'Electoral Commission',
      'EC',
      'EC',
      'EC',
    ]);
  });

  it('does not take sentence openers, weekdays or describing compounds for actors', () => {
    const names = actors(
      'However, officials met on Monday. The Iran-backed group said nothing. Analysts expect more. Meanwhile nothing.',
    ).map((a) => a.name);
    expect(names).toEqual([]);
  });

  it('recognises multi-word places and place-like names', () => {
    const found = byName('Protests spread from New York to the Golan Heights and the West Bank.');
    expect(found['New York']?.kind).toBe('place');
    expect(found['Golan Heights']?.kind).toBe('place');
    expect(found['West Bank']?.kind).toBe('place');
  });

  it('lets a title before a name beat the gazetteer', () => {
    const found = byName(
      'Prime Minister Luís Montenegro said Portugal would comply. Montenegro added that talks went well. Protesters later gathered in Montenegro. President Georgia Meloni agreed.',
    );
    expect(found['Luís Montenegro']).toEqual({
      kind: 'person',
      role: 'Prime Minister',
      mentions: ['Luís Montenegro', 'Montenegro'],
    });
    expect(found.Montenegro).toEqual({ kind: 'place', role: undefined, mentions: ['Montenegro'] });
    expect(found['Georgia Meloni']?.kind).toBe('person');
    expect(found.Portugal?.kind).toBe('place');
  });

  it('knows organisations whose names hold no organisation word', () => {
    expect(byName('The Red Cross said aid was blocked.')['Red Cross']?.kind).toBe('organization');
    expect(
      byName('Volunteers from the American Red Cross arrived.')['American Red Cross']?.kind,
    ).toBe('organization');
  });

  it('merges "X Department", "Department of X" and its acronym', () => {
    const found = byName(
      'The Defense Department said so. Stocks came from US Department of Defense stockpiles. The DoD will pay. The State Department and the Department of State agreed.',
    );
    expect(found['US Department of Defense']?.mentions).toEqual([
      'Defense Department',
      'US Department of Defense',
      'DoD',
    ]);
    expect(found['Department of State']?.mentions).toEqual([
      'State Department',
      'Department of State',
    ]);
    expect(Object.keys(found)).not.toContain('Defense Department');
  });

  it('merges "for" and "of" spellings of one organisation', () => {
    const found = byName(
      'Carl Emmerson works at the Institute for Fiscal Studies. Critics cite the Institute of Fiscal Studies.',
    );
    expect(found['Institute for Fiscal Studies']?.mentions).toEqual([
      'Institute for Fiscal Studies',
      'Institute of Fiscal Studies',
    ]);
  });

  it('reads a dateline city in capitals as the place', () => {
    const found = byName(
      'GENEVA, 10 November 2023 - Talks in Geneva resumed. FRANKFURT (Reuters) - Bankers met in Frankfurt.',
    );
    expect(found.Geneva).toEqual({
      kind: 'place',
      role: undefined,
      mentions: ['GENEVA', 'Geneva'],
    });
    expect(found.Frankfurt?.mentions).toEqual(['FRANKFURT', 'Frankfurt']);
    expect(Object.keys(found)).not.toContain('GENEVA');
  });

  it('leaves out a "The" that only opens a sentence, and a capital that only opens one', () => {
    const found = byName(
      'FRANKFURT (Reuters) - The European Central Bank kept rates unchanged. Central bank officials said the European Central Bank would wait.',
    );
    expect(found['European Central Bank']?.mentions).toEqual([
      'European Central Bank',
      'European Central Bank',
    ]);
    expect(Object.keys(found)).not.toContain('Central');
    expect(Object.keys(found)).not.toContain('The European Central Bank');
  });

  it('takes an affiliation as the role when nothing better says what a person is', () => {
    const found = byName(
      'Carl Emmerson, from the Institute for Fiscal Studies, told reporters it was fine. David Page, of Investec Securities, said: "No." Talk is cheap, said Nicholas Spiro of Spiro Sovereign Strategy.\n\nCrucial: markets fell.',
    );
    expect(found['Carl Emmerson']?.role).toBe('Institute for Fiscal Studies');
    expect(found['David Page']?.role).toBe('Investec Securities');
    expect(found['Nicholas Spiro']?.role).toBe('Spiro Sovereign Strategy');
    expect(found['Investec Securities']?.kind).toBe('organization');
  });
});

describe('an acronym mention of a merged organisation', () => {
  it('names it when the merge key spells it ("Defense Department" = "Department of Defense" = DoD)', () => {
    expect(mentionNames('DoD', 'Defense Department')).toBe(true);
    expect(mentionNames('DoD', 'Department of Defense')).toBe(true);
    expect(mentionNames('NHS', 'Defense Department')).toBe(false);
  });

  it('holds on the sentences the property test found (DoD after "Defense Department")', () => {
    actors(
      'The administration says this is their 20th “USAI package and sixty-second tranche of equipment to be provided from DoD inventories for Ukraine and since August 2021,” according to the release.\n' +
        'The US is committing $1.5 billion in new weapons and equipment to Ukraine through the Ukraine Security Assistance Initiative (USAI), which will include “capabilities to augment Ukraine’s air defenses, fires, and anti-tank weapons, as well as funding to sustain equipment previously committed by the United States,” according to a Defense Department news release.',
    );
  });
});
