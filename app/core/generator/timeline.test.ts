import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analysis';
import { selectTimeline } from './timeline';

function timeline(text: string): [string, string][] {
  const events = selectTimeline(analyseArticle(text));
  for (const e of events) {
    // Every piece of an event is words of the article, in order.
    for (let i = 1; i < e.sources.length; i++)
      expect(e.sources[i].start).toBeGreaterThanOrEqual(e.sources[i - 1].end);
  }
  return events.map((e) => [e.date, e.text]);
}

/** A dated lead so that relative words resolve. */
const LEAD = 'PARIS, 18 December 2012 - Ministers met in Paris on Tuesday to discuss the budget.';

describe('selectTimeline', () => {
  it('gives a relative clause its noun as subject', () => {
    expect(
      timeline(
        'Officials say the government controls most state institutions, including the National Electoral Board, which was accused in 2017 of manipulating turnout figures in regional elections.',
      ),
    ).toEqual([
      [
        '2017',
        'The National Electoral Board was accused in 2017 of manipulating turnout figures in regional elections.',
      ],
    ]);
    expect(
      timeline(
        'The opposition leader, who was arrested in March 2021 after months of protests in the capital, remains in prison according to his lawyers and his family.',
      ),
    ).toEqual([
      [
        '2021-03',
        'The opposition leader was arrested in March 2021 after months of protests in the capital',
      ],
    ]);
  });

  it('grows a clause that opens with a conjunction or participle back to a clean start', () => {
    const [[date, text]] = timeline(
      'Last winter the carmaker issued its third profit warning in nine months, and closed its largest factory in March 2019 after a long strike by its workers.',
    );
    expect(date).toBe('2019-03');
    expect(text).toMatch(/^Last winter the carmaker issued/);
    const steps = timeline(
      `${LEAD} He said: ‘Because of the success of our forces, we will be able to see troops come home in two relatively even steps – 2013 and 2014 – leaving probably around 5,200 troops after the end of 2013, compared with the 9,000 that we have now.’`,
    );
    const quote = steps.filter(([, t]) => /even steps/.test(t));
    expect(quote).toEqual([
      [
        '2013',
        'We will be able to see troops come home in two relatively even steps – 2013 and 2014 – leaving probably around 5,200 troops after the end of 2013',
      ],
    ]);
  });

  it('skips comparisons and the ends of reporting periods', () => {
    expect(
      timeline(
        'In every area there is a detailed plan for the future, much clearer than those in 1997 or 2001.',
      ),
    ).toEqual([]);
    expect(
      timeline(
        'The company has forecast a net loss of 472bn yen in its current financial year to March 2005.',
      ),
    ).toEqual([]);
  });

  it('keeps "since X" only when nothing else dates X', () => {
    expect(timeline('It has been making cars for its rival since 2003.')).toEqual([
      ['2003', 'It has been making cars for its rival since 2003.'],
    ]);
    const both = timeline(
      'The regime collapsed in December 2024. Monitors have documented over 3,000 executions since December 2024 in the provinces.',
    );
    expect(both).toEqual([['2024-12', 'The regime collapsed in December 2024.']]);
  });

  it('gives a sentence one entry, at its most precise date', () => {
    const events = timeline(
      `${LEAD} More than 3,800 troops will be home by Christmas next year, the prime minister announced yesterday.`,
    );
    const troops = events.filter(([, t]) => /3,800/.test(t));
    expect(troops.map(([d]) => d)).toEqual(['2012-12-17']);
  });
});

describe('selectTimeline fragments', () => {
  it('grows a "that" clause back instead of guessing its subject', () => {
    const [event] = selectTimeline(
      analyseArticle(
        'The finance minister warned members of parliament on several occasions this week, that the health budget would be cut in March 2025 unless revenue recovered.',
      ),
    );
    expect(event.date).toBe('2025-03');
    expect(event.text).toMatch(/^The finance minister warned/);
  });
});
