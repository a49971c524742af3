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
});
