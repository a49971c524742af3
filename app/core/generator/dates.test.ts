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
    expect(dates('in November', ref)).toEqual([['in November', '2023-11']]);
    expect(dates('in June', ref)).toEqual([['in June', '2024-06']]);
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
});

describe('parseStampDate', () => {
  it('reads publication stamps', () => {
    expect(parseStampDate('03:47 EST, 22 June 2012')).toBe('2012-06-22');
    expect(parseStampDate('Published :`2024-07-29 20:36:06`')).toBe('2024-07-29');
    expect(parseStampDate('PUBLISHED:')).toBeNull();
  });
});
