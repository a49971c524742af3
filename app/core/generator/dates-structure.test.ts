import { describe, expect, it } from 'vitest';
import { analyseArticle, datesReadableCopy } from './analysis';
import { findDates } from './dates';
import { generateBriefing } from './generate';
import { readStructure } from './text-structure';

function roles(text: string): [string, string][] {
  return readStructure(text).map((p) => [p.role, text.slice(p.start, p.end)]);
}

function dates(text: string, ref: string): [string, string][] {
  return findDates(text, 0, text.length, ref).map((d) => [text.slice(d.start, d.end), d.date]);
}

const BODY =
  'The harbour authority closed the main quay after a crane collapsed during loading operations.';

describe('titles', () => {
  it('keeps a long first line as the title', () => {
    const title =
      'Regional airlines expect record summer traffic as fuel costs ease across Europe, industry group says';
    const parts = roles(`${title}\n\n${BODY}`);
    expect(parts[0]).toEqual(['title', title]);
  });

  it('keeps a "Topic: headline" first line as the title, not a caption', () => {
    const title = 'Harbour crash: Crane collapses onto cargo ship';
    expect(roles(`${title}\n\n${BODY}`)[0]).toEqual(['title', title]);
    // Later on, the same shape is still a photo caption.
    const caption = 'Wreckage: The crane lies across the deck';
    expect(roles(`${title}\n\n${BODY}\n\n${caption}\n\n${BODY}`)[2]).toEqual(['caption', caption]);
  });

  it('reads a breadcrumb under the headline as metadata', () => {
    const parts = roles(`Crane collapses in harbour\n\nNews > Europe\n\n${BODY}`);
    expect(parts[1]).toEqual(['meta', 'News > Europe']);
    const text = `News > Europe\n\nCrane collapses in harbour\n\n${BODY}`;
    const input = { text, fileName: 'a.txt', format: 'text' as const, sha256: '0'.repeat(64) };
    expect(generateBriefing(input).briefing.title).toBe('Crane collapses in harbour');
  });

  it('reads a short standalone question between paragraphs as a subheading', () => {
    const text = `Crane collapses in harbour\n\n${BODY}\n\nWhat happens next?\n\nAn inquiry will report in the spring, officials said.`;
    const parts = readStructure(text);
    expect(parts.map((p) => p.role)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
    expect(parts[3].heading).toBe(2);
    // A quoted question is speech, and a question ending the article heads nothing.
    expect(roles(`${BODY}\n\n"Who pays for this?"\n\n${BODY}`)[1][0]).toBe('paragraph');
    expect(roles(`${BODY}\n\nWho pays for this?`)[1][0]).toBe('paragraph');
  });
});

describe('date-only lines and the dateline', () => {
  it.each([
    '30 April 2024',
    'April 30, 2024 10:42 AM',
    'Tuesday, April 30, 2024',
    'Tue 30 Apr 2024 14:05 BST',
    '2024-04-30',
  ])('reads "%s" under the headline as the published stamp', (stamp) => {
    const text = `Crane collapses in harbour\n\n${stamp}\n\n${BODY}\n\nThe quay will reopen on Thursday, officials said.`;
    const parts = readStructure(text);
    expect(parts[1]).toMatchObject({ role: 'meta', stamp: 'published' });
    const a = analyseArticle(text);
    expect(a.dateline).toBe('2024-04-30');
    // Relative dates now resolve against it: Thursday after Tuesday 30 April.
    expect(a.body[1].dates.map((d) => d.date)).toEqual(['2024-05-02']);
  });

  it('leaves a date line inside the body alone', () => {
    const parts = roles(`Crane collapses in harbour\n\n${BODY}\n\n30 April 2024\n\n${BODY}`);
    expect(parts[2][0]).not.toBe('meta');
  });

  it('prefers the published stamp to an event date in the lead', () => {
    const text = `Court date set in tender case\n\nPublished: March 3, 2024\n\nA former minister will stand trial on 22 April on charges of rigging a tender, prosecutors said on Friday.`;
    expect(analyseArticle(text).dateline).toBe('2024-03-03');
  });

  it('prefers the wire dateline to the published stamp', () => {
    const text = `Talks resume\n\nPublished 12 November 2023\n\nGENEVA, 10 November 2023 (AFP) - Talks on a ceasefire resumed in Geneva on Friday after a week of delays.`;
    expect(analyseArticle(text).dateline).toBe('2023-11-10');
  });

  it('without a stamp, takes the first absolute past date, never a future or relative one', () => {
    const text =
      'The ministry will publish the audit on 12 June 2025. Inspectors visited the plant on 3 March 2025 and again on Monday.';
    expect(analyseArticle(text).dateline).toBe('2025-03-03');
    expect(analyseArticle('Inspectors visited the plant on Monday and yesterday.').dateline).toBe(
      null,
    );
  });
});

describe('relative dates', () => {
  const ref = '2024-11-10'; // a Sunday

  it('does not break a clause at the colon of a clock time', () => {
    expect(dates('Negotiators will meet at 10:00 GMT on Wednesday.', ref)).toEqual([
      ['on Wednesday', '2024-11-13'],
    ]);
  });

  it('reads a weekday beside an explicit date as that date', () => {
    expect(dates('The strike will begin at 07:00 on Monday 15 January.', '2024-01-12')).toEqual([
      ['on Monday 15 January', '2024-01-15'],
    ]);
    expect(dates('Voting ends on Friday, March 8, 2024.', '2024-03-01')).toEqual([
      ['on Friday, March 8, 2024', '2024-03-08'],
    ]);
  });

  it('reads scheduling words as future cues', () => {
    expect(dates('The final ruling is due in March.', ref)).toEqual([['in March', '2025-03']]);
    expect(dates('The regime comes into force in January.', ref)).toEqual([
      ['in January', '2025-01'],
    ]);
    expect(dates('The tariff takes effect in February.', ref)).toEqual([
      ['in February', '2025-02'],
    ]);
    // ...but not after "was".
    expect(dates('The ruling was due in March.', ref)).toEqual([['in March', '2024-03']]);
  });

  it('puts a month with no tense cue at its nearest occurrence', () => {
    expect(dates('A review of the harbour in January.', ref)).toEqual([['in January', '2025-01']]);
    expect(dates('A review of the harbour in August.', ref)).toEqual([['in August', '2024-08']]);
    // A past verb still looks back.
    expect(dates('Prices soared in January.', ref)).toEqual([['in January', '2024-01']]);
  });
});

describe('an article in capitals', () => {
  const text = [
    'FLOODS CLOSE RAIL LINES IN THE NORTH',
    '',
    'PUBLISHED: 12 MARCH 2024',
    '',
    'HEAVY RAIN CLOSED THREE RAIL LINES ON MONDAY, THE OPERATOR SAID, WEEKS AFTER STORMS IN FEBRUARY 2024 DAMAGED BRIDGES.',
  ].join('\n');

  it('reads dates and weekdays from a title-case copy of the same length', () => {
    const copy = datesReadableCopy(text);
    expect(copy).toHaveLength(text.length);
    expect(copy).toContain('On Monday');
    const a = analyseArticle(text);
    expect(a.dateline).toBe('2024-03-12');
    expect(a.body[0].dates.map((d) => [text.slice(d.start, d.end), d.date])).toEqual([
      ['ON MONDAY', '2024-03-11'],
      ['FEBRUARY 2024', '2024-02'],
    ]);
  });

  it('leaves ordinary text alone', () => {
    const mixed = 'The NATO summit opened ON MONDAY in Vilnius, officials said, and talks went on.';
    expect(datesReadableCopy(mixed)).toBe(mixed);
  });
});
