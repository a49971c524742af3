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

/** A headline and a stamp (Sunday 10 March 2024) so that relative words resolve. */
const HEAD = 'Port inquiry widens\n\nPublished: 10 March 2024\n\n';

describe('timeline events keep their subject', () => {
  it('gives a verb clause after an apposition the sentence subject', () => {
    const text = `${HEAD}The lease, worth €3 million over twenty years, was signed on 4 June 2019, weeks before the port was sold to a private operator.\n\nMarta Kovac, the harbour master of the city for the past decade, resigned on Tuesday after a fuel spill closed the quay.`;
    const events = timeline(text);
    expect(events).toContainEqual(['2019-06-04', 'The lease was signed on 4 June 2019']);
    expect(events).toContainEqual([
      '2024-03-05',
      'Marta Kovac resigned on Tuesday after a fuel spill closed the quay.',
    ]);
    for (const [, line] of events) expect(line).not.toMatch(/^(?:Was|Resigned)\b/);
  });

  it('starts an event at "with" only when a clause follows', () => {
    const text = `${HEAD}Thousands of fishermen blocked the harbour with trawlers and small boats on Wednesday in protest at new quotas for the coming season.`;
    expect(timeline(text)).toEqual([
      [
        '2024-03-06',
        'Thousands of fishermen blocked the harbour with trawlers and small boats on Wednesday in protest at new quotas for the coming season.',
      ],
    ]);
  });
});

describe('timeline non-events', () => {
  it('skips "since" after a superlative', () => {
    const text = `${HEAD}The central bank raised its main rate to 6.5% on Thursday, the highest since 2016. Exports grew 5% in the quarter, their fastest pace since 2021.`;
    const dates = timeline(text).map(([d]) => d);
    expect(dates).toEqual(['2024-03-07']);
  });

  it('files no action under a target year', () => {
    // No stamp: "on Wednesday" cannot be dated, and "by 2030" is the plan's target, not the protest.
    const text =
      'Farmers block roads\n\nFarmers blocked roads on Wednesday in protest at plans to cut emissions by 40% by 2030.';
    expect(timeline(text)).toEqual([]);
    // With its own sentence, the target stays a dated aim.
    const aim = `${HEAD}The government aims to cut emissions by 40% by 2030.`;
    expect(timeline(aim)).toEqual([
      ['2030', 'The government aims to cut emissions by 40% by 2030.'],
    ]);
  });

  it('ranks a target below an event in the same sentence', () => {
    const text = `${HEAD}Ministers approved on Friday a plan to cut emissions by 40% by 2030.`;
    expect(timeline(text).map(([d]) => d)).toEqual(['2024-03-08']);
  });

  it('gives each date of a sentence its own clause', () => {
    const text = `${HEAD}Last month the shipyard lost a large order, and the company said on Monday it would cut 900 jobs.`;
    expect(timeline(text)).toEqual([
      ['2024-02', 'Last month the shipyard lost a large order'],
      ['2024-03-04', 'The company said on Monday it would cut 900 jobs.'],
    ]);
    // A relative clause with its own date is its own event; both lend the sentence's subject.
    const union = `${HEAD}The dockers' union, which was founded in 1931, held its last national strike in 2010.`;
    expect(timeline(union)).toEqual([
      ['1931', "The dockers' union was founded in 1931"],
      ['2010', "The dockers' union held its last national strike in 2010."],
    ]);
  });

  it('prefers reported actions to quotations at the per-date cap', () => {
    const text = [
      HEAD,
      '"We face a hard year," the mayor wrote on Monday.',
      '\n\nThe council met on Monday to discuss the port.',
      '\n\n"Nothing is decided," a spokesman said on Monday.',
      '\n\nUnions called a strike on Monday.',
      '\n\nThe harbour master was sworn in later on Monday.',
    ].join('');
    const events = timeline(text);
    expect(events.map(([, t]) => t)).toEqual([
      'The council met on Monday to discuss the port.',
      'Unions called a strike on Monday.',
      'The harbour master was sworn in later on Monday.',
    ]);
  });

  it('reads a reporting clause together with what was reported', () => {
    const text = `${HEAD}At least 40 boats have sunk in storms along the coast since the start of winter, the coastguard said on Tuesday, as gales continued.`;
    expect(timeline(text)).toEqual([
      [
        '2024-03-05',
        'At least 40 boats have sunk in storms along the coast since the start of winter, the coastguard said on Tuesday',
      ],
    ]);
  });
});
