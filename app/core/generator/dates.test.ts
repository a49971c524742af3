import { describe, expect, it } from 'vitest';
import { findDates, parseStampDate } from './dates';

function dates(text: string, ref: string | null = null): [string, string][] {
  return findDates(text, 0, text.length, ref).map((d) => [text.slice(d.start, d.end), d.date]);
}

describe('findDates', () => {
  it('keeps the precision the text gives', () => {
    expect(dates('On 8 September 2025, in December 2024 and by 2014.')).toEqual([
      ['8 September 2025', '2025-09-08'],
      ['December 2024', '2024-12'],
      ['by 2014', '2014'],
    ]);
    expect(dates('March 3, 2021 and the spring of 2006 and 2024-07-29')).toEqual([
      ['March 3, 2021', '2021-03-03'],
      ['spring of 2006', '2006'],
      ['2024-07-29', '2024-07-29'],
    ]);
  });

  it('does not read counts, money or index values as years', () => {
    expect(
      dates('9,000 troops, £2020m, 2,000 people, FTSE 100 at 5,514.61, in 2014 troops'),
    ).toEqual([]);
  });

  it('drops relative words without a reference date', () => {
    expect(dates('on Monday, yesterday, last year, in January')).toEqual([]);
  });

  it('resolves relative words against the reference, looking back', () => {
    const ref = '2024-07-29'; // a Monday
    expect(dates('on Monday', ref)).toEqual([['on Monday', '2024-07-29']]);
    expect(dates('on Thursday', ref)).toEqual([['on Thursday', '2024-07-25']]);
    expect(dates('last Monday', ref)).toEqual([['last Monday', '2024-07-22']]);
    expect(dates('next Monday', ref)).toEqual([['next Monday', '2024-08-05']]);
    expect(dates('yesterday', ref)).toEqual([['yesterday', '2024-07-28']]);
    expect(dates('last year', ref)).toEqual([['last year', '2023']]);
    expect(dates('last month', ref)).toEqual([['last month', '2024-06']]);
    // With no tense cue a yearless month is the nearest one: November 2024, four months ahead.
    expect(dates('in November', ref)).toEqual([['in November', '2024-11']]);
    expect(dates('in February', ref)).toEqual([['in February', '2024-02']]);
    expect(dates('in June', ref)).toEqual([['in June', '2024-06']]);
  });

  describe('weekdays against an article dated Wednesday 2024-07-31', () => {
    const ref = '2024-07-31';
    const AHEAD = '2024-08-02'; // the Friday after
    const BEHIND = '2024-07-26'; // the Friday before
    function friday(sentence: string): string | undefined {
      return findDates(sentence, 0, sentence.length, ref).find((d) =>
        /Friday/.test(sentence.slice(d.start, d.end)),
      )?.date;
    }

    it('reads a bare weekday with no cue as the past', () => {
      expect(friday('Friday’s summit drew large crowds.')).toBe(BEHIND);
      expect(friday('Talks on Friday covered air defence.')).toBe(BEHIND);
      expect(friday('Friday was quiet.')).toBe(BEHIND);
    });

    it('reads the article’s own weekday as the article date, whatever the tense', () => {
      for (const sentence of [
        'The minister spoke on Wednesday.',
        'Wednesday’s summit is important.',
        'The minister said on Wednesday that talks will resume.',
        'Parliament will vote on Wednesday.',
      ]) {
        expect(dates(sentence, ref).find((d) => /Wednesday/.test(d[0]))?.[1]).toBe(ref);
      }
    });

    it('takes "next" ahead and "last" back, a full week for the article’s own weekday', () => {
      expect(friday('They will meet next Friday.')).toBe(AHEAD);
      expect(friday('They met last Friday.')).toBe(BEHIND);
      expect(friday('They said last Friday that they will meet again.')).toBe(BEHIND);
      expect(dates('next Wednesday and last Wednesday', ref)).toEqual([
        ['next Wednesday', '2024-08-07'],
        ['last Wednesday', '2024-07-24'],
      ]);
    });

    it('looks ahead after a future cue', () => {
      for (const sentence of [
        'Leaders will meet in Brussels on Friday.',
        'They’ll meet on Friday.',
        'The summit is set to open on Friday.',
        'The court is due to rule on Friday.',
        'The vote is expected to take place on Friday.',
        'The minister plans to visit Ankara on Friday.',
        'Officials are preparing for the upcoming Friday vote.',
        'Talks scheduled for Friday may move to Rome.',
        'The vote will be held on Friday.',
      ]) {
        expect([sentence, friday(sentence)]).toEqual([sentence, AHEAD]);
      }
    });

    it('looks back after a past cue, including past forms of the future cues', () => {
      for (const sentence of [
        'The minister said on Friday that talks had stalled.',
        'Erdoğan met Putin on Friday.',
        'Putin was expected to arrive on Friday but stayed in Moscow.',
        'Talks that were scheduled for Friday never took place.',
      ]) {
        expect([sentence, friday(sentence)]).toEqual([sentence, BEHIND]);
      }
    });

    it('lets the cue nearest before the weekday decide', () => {
      expect(dates('Ministers said on Tuesday they will meet on Friday.', ref)).toEqual([
        ['on Tuesday', '2024-07-30'],
        ['on Friday', AHEAD],
      ]);
      expect(friday('Erdoğan said Putin will visit Ankara on Friday.')).toBe(AHEAD);
      expect(friday('Putin, who will visit Ankara, met Erdoğan on Friday.')).toBe(BEHIND);
      expect(friday('Putin will visit Ankara, Erdoğan said on Friday.')).toBe(BEHIND);
    });

    it('reads the first cue after the weekday when none comes before it', () => {
      expect(friday('Friday’s summit is expected to produce a deal.')).toBe(AHEAD);
      expect(friday('Friday’s summit was expected to produce a deal.')).toBe(BEHIND);
      expect(friday('On Friday, ministers will meet in Rome.')).toBe(AHEAD);
      expect(friday('On Friday, ministers met in Rome and will meet again.')).toBe(BEHIND);
    });

    it('stops looking at the end of the weekday’s clause', () => {
      expect(friday('The court will rule next month; on Friday lawyers asked for a delay.')).toBe(
        BEHIND,
      );
      expect(friday('He added: “We meet on Friday.” Ministers will attend.')).toBe(BEHIND);
    });
  });

  describe('a month without a year, by the tense of its clause', () => {
    function month(sentence: string, ref: string): string | undefined {
      return findDates(sentence, 0, sentence.length, ref).find((d) =>
        /[A-Z][a-z]+$/.test(sentence.slice(d.start, d.end)),
      )?.date;
    }

    it('looks ahead after a future cue', () => {
      const september = '2023-09-14';
      for (const sentence of [
        'Economists polled by the agency expect one more rise in December.',
        'The central bank expects inflation to peak in December.',
        'Officials will meet again in December.',
        'The vote is set to take place in December.',
        'The government plans a referendum in December.',
        'The company plans to list its shares in December.',
        'A deal would be signed in December, he said.',
        'In December, ministers will vote on the budget.',
      ]) {
        expect([sentence, month(sentence, september)]).toEqual([sentence, '2023-12']);
      }
      expect(month('A peace treaty could be signed in February.', '2023-11-10')).toBe('2024-02');
      expect(month('Talks are expected to resume in March.', '2023-11-10')).toBe('2024-03');
      expect(month('Elections will be held in November.', '2023-11-10')).toBe('2023-11');
    });

    it('looks back after a past cue or with no cue', () => {
      const ref = '2023-09-14';
      expect(month('The bank raised rates in December.', ref)).toBe('2022-12');
      expect(month('Prices were higher in December.', ref)).toBe('2022-12');
      expect(month('The talks that were expected to end in December dragged on.', ref)).toBe(
        '2022-12',
      );
      expect(month('Inflation has eased since December.', ref)).toBe('2022-12');
      expect(month('He came to office in November.', '2012-06-22')).toBe('2011-11');
      expect(month('Prices rose in June.', '2023-09-14')).toBe('2023-06');
    });

    it('keeps a coordinated clause’s cue to that clause', () => {
      const text = 'The firm cut jobs in January and will hire again in March.';
      expect(dates(text, '2023-11-10')).toEqual([
        ['in January', '2023-01'],
        ['in March', '2024-03'],
      ]);
    });

    it('reads next, last and this by their own word', () => {
      const ref = '2023-09-14';
      expect(dates('next March', ref)).toEqual([['next March', '2024-03']]);
      expect(dates('last September', ref)).toEqual([['last September', '2022-09']]);
      expect(dates('this December', ref)).toEqual([['this December', '2023-12']]);
      expect(dates('They said in March that rates will rise.', ref)).toEqual([
        ['in March', '2023-03'],
      ]);
    });
  });

  it('reads a yearless day far ahead as last year, unless the sentence looks forward', () => {
    expect(dates('since October 7', '2024-07-30')).toEqual([['October 7', '2023-10-07']]);
    expect(dates('the August 10 summit', '2024-07-30')).toEqual([['August 10', '2024-08-10']]);
    expect(dates('elections will be held on October 7', '2024-07-30')).toEqual([
      ['October 7', '2024-10-07'],
    ]);
  });

  it('falls back to the month for an impossible day', () => {
    expect(dates('31 February 2024')).toEqual([['February 2024', '2024-02']]);
  });

  it('is linear enough for a long run of numbers', () => {
    const text = '1999 '.repeat(50_000);
    const started = performance.now();
    findDates(text, 0, text.length, '2020-01-01');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stays linear for a long sentence full of weekdays', () => {
    const text = 'Officials said on Monday they will meet on Friday and '.repeat(20_000);
    const started = performance.now();
    expect(findDates(text, 0, text.length, '2024-07-31')).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseStampDate', () => {
  it('reads publication stamps', () => {
    expect(parseStampDate('03:47 EST, 22 June 2012')).toBe('2012-06-22');
    expect(parseStampDate('Published :`2024-07-29 20:36:06`')).toBe('2024-07-29');
    expect(parseStampDate('PUBLISHED:')).toBeNull();
  });
});
