import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analysis';
import { findActors } from './actors';
import { mentionNames } from './briefing-invariants';
import { buildSourceInfo } from './source-info';

function byName(text: string): Record<string, { kind: string; role?: string; mentions: string[] }> {
  const found = findActors(analyseArticle(text));
  for (const a of found) {
    for (const m of a.mentions) expect(mentionNames(text.slice(m.start, m.end), a.name)).toBe(true);
  }
  return Object.fromEntries(
    found.map((a) => [
      a.name,
      { kind: a.kind, role: a.role, mentions: a.mentions.map((m) => text.slice(m.start, m.end)) },
    ]),
  );
}

function people(text: string): string[] {
  return Object.entries(byName(text))
    .filter(([, a]) => a.kind === 'person')
    .map(([name]) => name);
}

describe('people named in full with a first name no list knows', () => {
  it('takes an apposition as evidence and its role, and joins the later surname', () => {
    const found = byName(
      [
        'Harbour strike enters second week',
        '',
        'Tomasz Wrona, the chief executive of Baltic Freight, said the port would reopen on Friday.',
        '',
        'Dockers rejected the offer. Wrona added that talks would resume.',
      ].join('\n'),
    );
    expect(found['Tomasz Wrona']).toEqual({
      kind: 'person',
      role: 'chief executive of Baltic Freight',
      mentions: ['Tomasz Wrona', 'Wrona'],
    });
    expect(found['Baltic Freight']?.kind).toBe('organization');
    expect(found.Wrona).toBeUndefined();
  });

  it('counts ", who", an age and a later bare surname as evidence', () => {
    const text = [
      'Ilse Vantorre, who chairs the inquiry, opened the hearing.',
      'Oskar Lindqvist, 67, gave evidence for two hours.',
      'The board also heard from Kofi Mensah. Later that day Mensah called for a recount.',
    ].join(' ');
    expect(people(text).sort()).toEqual(['Ilse Vantorre', 'Kofi Mensah', 'Oskar Lindqvist']);
    expect(byName(text)['Kofi Mensah']?.mentions).toEqual(['Kofi Mensah', 'Mensah']);
  });

  it('takes a role noun with "-elect" before the name', () => {
    const found = byName('Power passes to president-elect Arnav Dutta in October.');
    expect(found['Arnav Dutta']).toMatchObject({ kind: 'person', role: 'president-elect' });
  });

  it('does not make a person of a pair with no evidence, even repeated', () => {
    const text = [
      'Shares in Andes Copper fell on Monday after the spill.',
      'Andes Copper shares recovered later. The Harbour Line closed, and the Harbour Line reopened at noon.',
    ].join(' ');
    expect(people(text)).toEqual([]);
  });

  it('does not take a noun opening two sentences, or after "the", for a surname', () => {
    const text =
      'Heavy Rain battered the region on Sunday. Rain is expected to ease. Snowflake Data, the software group, declined to comment. Trains on the Harbour Line were cancelled, and the Line stayed shut.';
    expect(people(text)).toEqual([]);
  });

  it('does not take a title-case headline or a sentence opener as a name', () => {
    const text = [
      'Coastal Towns Brace For Record Storm Surge',
      '',
      'Storm barriers were raised along the coast on Sunday. Surge warnings stayed in force.',
    ].join('\n');
    expect(people(text)).toEqual([]);
  });

  it('does not read an adjunct after a comma as an apposition', () => {
    const text =
      'Brigadier General Omar Haddad, Commander of the Air Force and Air Defence, during an official visit to Cairo, met his hosts.';
    expect(people(text)).toEqual(['Omar Haddad']);
  });
});

describe('"Title of Portfolio Name"', () => {
  it('gives the portfolio to the role and the trailing words to the name', () => {
    const text = [
      'Minister of Foreign Affairs Lena Varga met Secretary of State Tom Reyes in Geneva.',
      'Deputy Minister of Labour Trần Văn Minh also attended. Varga said the talks were useful.',
    ].join(' ');
    const found = byName(text);
    expect(found['Lena Varga']).toEqual({
      kind: 'person',
      role: 'Minister of Foreign Affairs',
      mentions: ['Lena Varga', 'Varga'],
    });
    expect(found['Tom Reyes']?.role).toBe('Secretary of State');
    expect(found['Trần Văn Minh']?.role).toBe('Deputy Minister of Labour');
    expect(people(text).sort()).toEqual(['Lena Varga', 'Tom Reyes', 'Trần Văn Minh']);
  });

  it('reads a portfolio list joined by commas and "and"', () => {
    const found = byName(
      'The deal was signed by Minister of Family, Labour and Social Policy Ana Kowal on Tuesday.',
    );
    expect(found['Ana Kowal']).toMatchObject({
      kind: 'person',
      role: 'Minister of Family, Labour and Social Policy',
    });
    expect(
      people('The deal was signed by Minister of Family, Labour and Social Policy Ana Kowal.'),
    ).toEqual(['Ana Kowal']);
  });

  it('finds no person in a bare portfolio, and no role ends in "of"', () => {
    const text =
      'The Minister of Health said hospitals were ready. The Minister of Finance, Omar Said, said costs would rise.';
    const found = findActors(analyseArticle(text));
    expect(found.filter((a) => a.kind === 'person').map((a) => a.name)).not.toContain('Health');
    expect(found.map((a) => a.name)).not.toContain('Finance Omar Said');
    for (const a of found) expect(a.role ?? '').not.toMatch(/\bof$/);
  });

  it('reads "Title for Portfolio" the same way', () => {
    const found = byName(
      'European Commissioner for Trade Valdis Dombrovskis said tariffs would stay.',
    );
    expect(found['Valdis Dombrovskis']).toMatchObject({
      kind: 'person',
      role: 'European Commissioner for Trade',
    });
  });

  it('keeps a list of people apart from a portfolio list', () => {
    const text =
      'Secretary of State Tom Reyes, Defence Minister Ana Lopes and Finance Minister Ivo Petrov met on Monday.';
    expect(people(text).sort()).toEqual(['Ana Lopes', 'Ivo Petrov', 'Tom Reyes']);
  });
});

describe('kinds and boundaries', () => {
  it('does not count a name particle alone as person evidence', () => {
    const found = byName(
      'A spokesperson for Transportes de Lima said the line would reopen. Trains from Compañía del Sur were delayed.',
    );
    expect(found['Transportes de Lima']?.kind).toBe('organization');
    expect(found['Compañía del Sur']).toBeUndefined();
    expect(byName('Juan de la Cruz said the vote was fair.')['Juan de la Cruz']?.kind).toBe(
      'person',
    );
  });

  it('makes a place of a word after "near", "the cities of", or before "region"', () => {
    const found = byName(
      [
        'Fires burned around the coastal cities of Porto Alvo and Vessana.',
        'Troops were sent to the Vessana region. A dam burst near Kerimba.',
        'The company opened a plant in Orvalla. The Orvalla plant employs 900 people.',
      ].join(' '),
    );
    expect(found['Porto Alvo']?.kind).toBe('place');
    expect(found.Vessana?.kind).toBe('place');
    expect(found.Kerimba?.kind).toBe('place');
    expect(found.Orvalla?.kind).toBe('place');
  });

  it('makes an organisation of the employer in "chief executive of X", and joins its later mentions', () => {
    const found = byName(
      'Roberto Quispe, the chief executive of Andes Copper, resigned on Tuesday. Andes Copper shares fell 8%. Quispe said he took full responsibility.',
    );
    expect(found['Andes Copper']).toEqual({
      kind: 'organization',
      role: undefined,
      mentions: ['Andes Copper', 'Andes Copper'],
    });
    expect(found['Roberto Quispe']?.mentions).toEqual(['Roberto Quispe', 'Quispe']);
  });

  it('names a capitals dateline place by its own word', () => {
    const found = byName('THE HAGUE (AFP) - Farmers blocked roads on Wednesday.');
    expect(found['The Hague']).toEqual({ kind: 'place', role: undefined, mentions: ['HAGUE'] });
  });

  it('does not make a place of a single "in" mention', () => {
    const found = byName('Investors put money in Veltrix. Analysts were surprised.');
    expect(found.Veltrix).toBeUndefined();
  });

  it('splits a participle off a known place that opens the sentence', () => {
    const found = byName('Neighbouring Tanzania has also been hit, with 155 deaths reported.');
    expect(found.Tanzania?.kind).toBe('place');
    expect(found['Neighbouring Tanzania']).toBeUndefined();
  });

  it('keeps "New" inside an organisation name in mid-sentence only', () => {
    const found = byName(
      'Jagmeet Singh, the leader of the New Democratic Party, urged a vote. New rules apply. Mr Singh left.',
    );
    expect(found['New Democratic Party']?.kind).toBe('organization');
    expect(found['Democratic Party']).toBeUndefined();
    expect(found['Jagmeet Singh']).toEqual({
      kind: 'person',
      role: 'leader of the New Democratic Party',
      mentions: ['Jagmeet Singh', 'Singh'],
    });
    expect(found['New Democratic Party'] && found.New).toBeUndefined();
  });

  it('reads civic titles like Councillor and Superintendent', () => {
    const found = byName(
      'Councillor Mark Evans said the plan would cut journey times. Superintendent Rhian Price agreed.',
    );
    expect(found['Mark Evans']).toMatchObject({ kind: 'person', role: 'Councillor' });
    expect(found['Rhian Price']).toMatchObject({ kind: 'person', role: 'Superintendent' });
    expect(found['Councillor Mark Evans']).toBeUndefined();
  });
});

describe('byline publisher', () => {
  function publisher(byline: string): string | null {
    const text = `Strike called\n\n${byline}\n\nDoctors will walk out next week.`;
    const start = text.indexOf(byline);
    return buildSourceInfo(text, [], [{ start, end: start + byline.length }]).publisher;
  }

  it('keeps the house name and its capitalised words, not the job title', () => {
    expect(publisher('By Owain Clarke, BBC Wales health correspondent')).toBe('BBC Wales');
    expect(publisher('By Jane Doe, Example News Political Correspondent')).toBe('Example News');
    expect(publisher('By Jane Doe, The New York Times')).toBe('The New York Times');
    expect(publisher('By Jane Doe')).toBeNull();
  });
});
