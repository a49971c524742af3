import { describe, expect, it } from 'vitest';
import type { Generated } from '../briefing';
import { briefingProblems } from './briefing-invariants';
import { isFurniture } from './furniture-filter';
import { generateBriefing } from './generate';
import { scoreSections } from './sections';

function run(text: string, format: 'text' | 'markdown' = 'text'): Generated {
  return generateBriefing({ text, fileName: 'article.txt', format, sha256: 'x' });
}

function sectionTexts(g: Generated): string[] {
  return g.briefing.sections.flatMap((s) => s.items.map((i) => i.text));
}

function kindOf(g: Generated, pattern: RegExp): string | undefined {
  return g.briefing.sections.find((s) => s.items.some((i) => pattern.test(i.text)))?.kind;
}

const CABINET = [
  'Cabinet shake-up after minister quits',
  '',
  'Published: 9 March 2025',
  '',
  'OTTAWA - The country’s transport minister resigned on Sunday after a row with the prime minister over rail funding, the government said.',
  '',
  'The minister had clashed with cabinet colleagues over the budget for months.',
  '',
  'Officials said the prime minister would name a successor within days.',
  '',
  'Opposition parties welcomed the resignation.',
  '',
  'Maria Lopez, the deputy transport minister, was sworn in as acting minister later on Sunday.',
  '',
  'Conservative leader Tom Hardy demanded a vote of confidence in the government.',
  '',
  'Only four of 20 analysts polled by the newspaper had expected a resignation, with the rest forecasting a reshuffle in the summer.',
  '',
  'Sign up for our daily politics newsletter.',
  '',
  'Follow her on Mastodon.',
  '',
  'Anna Berg covers federal politics.',
].join('\n');

describe('sections keep the news', () => {
  const g = run(CABINET);

  it('files a sentence with a named actor and a finite verb but no cue word', () => {
    const items = sectionTexts(g);
    expect(items.some((t) => /^Maria Lopez, .* was sworn in/.test(t))).toBe(true);
    expect(items.some((t) => /^Conservative leader Tom Hardy demanded/.test(t))).toBe(true);
  });

  it('keeps a bare-surname report and a market move with no cue word', () => {
    const g2 = run(
      [
        'Central bank lifts rates',
        '',
        'The central bank of Examplia raised its main rate to 5% on Thursday, the bank said.',
        '',
        'Governor Lina Park told reporters the move was needed.',
        '',
        'The decision surprised most traders.',
        '',
        'Markets opened calmly.',
        '',
        'Few lenders changed their offers.',
        '',
        'Park said the bank would step up its purchases of short-term bills.',
        '',
        'The currency, which has lost ground this year, strengthened 0.6% after the announcement.',
      ].join('\n'),
    );
    const items = sectionTexts(g2);
    expect(items.some((t) => /^Park said the bank would step up/.test(t))).toBe(true);
    expect(items.some((t) => /strengthened 0\.6%/.test(t))).toBe(true);
  });

  it('does not read "had expected" or a following "forecasting" as outlook', () => {
    expect(kindOf(g, /had expected a resignation/)).not.toBe('outlook');
    const scores = scoreSections(
      'Only four of 20 analysts had expected a resignation, with the rest forecasting a reshuffle.',
    );
    expect(scores.outlook).toBe(0);
    expect(scoreSections('A resignation is expected next week.').outlook).toBeGreaterThan(1.5);
    expect(scoreSections('He said the toll was expected to rise.').outlook).toBeGreaterThan(0);
  });

  it('never turns page furniture or an author bio into an item', () => {
    const items = [...sectionTexts(g), ...g.briefing.bluf.map((i) => i.text)];
    for (const text of items) expect(text).not.toMatch(/newsletter|Mastodon|covers federal/);
    expect(briefingProblems(g)).toEqual([]);
  });
});

describe('isFurniture', () => {
  it('knows sign-up, follow, share and read-more lines and author bios', () => {
    for (const line of [
      'Sign up for our daily newsletter.',
      'Follow him on X.',
      'Share this article',
      'Read more: Floods in the north',
      'Most read',
      'Advertisement',
      'We use cookies to improve your experience.',
      'Jane Roe covers energy and climate.',
      'John Smith is a senior correspondent for Example News.',
    ])
      expect([line, isFurniture(line)]).toEqual([line, true]);
  });

  it('leaves the story alone', () => {
    for (const line of [
      'Subscribers to the streaming service rose 5% in the quarter.',
      'The minister said the company would follow the rules.',
      'Analysts said shares could rise further, according to a newsletter sent to clients in March by the firm’s research desk.',
      'Read the room, the senator told colleagues.',
    ])
      expect([line, isFurniture(line)]).toEqual([line, false]);
  });
});

describe('list lead-ins', () => {
  const text = [
    'Council adopts flood plan',
    '',
    'The city council on Tuesday approved a flood protection plan for the river district.',
    '',
    'The plan includes:',
    '',
    '- New barriers along the east bank',
    '- Pumps for three underpasses',
    '* Grants for homeowners to raise boilers',
    '1. A warning system for the old town',
    '',
    'Mayor Ruth Allen said work would start in May.',
  ].join('\n');
  const g = run(text);

  it('carries its list instead of standing alone', () => {
    const items = sectionTexts(g);
    expect(items).not.toContain('The plan includes');
    const listed = items.find((t) => t.startsWith('The plan includes:'));
    expect(listed).toBeDefined();
    for (const line of [
      'New barriers',
      'Pumps for three',
      'Grants for homeowners',
      'A warning system',
    ])
      expect(listed).toContain(line);
    expect(briefingProblems(g)).toEqual([]);
  });

  it('is dropped when no list follows it', () => {
    const g2 = run(
      'Talks end without deal\n\nUnion leaders walked out of talks with the rail operator on Monday.\n\nThe union said in a statement:\n\nMembers will meet again next week to decide on strikes.',
    );
    expect(sectionTexts(g2).some((t) => /statement$|statement:$/.test(t))).toBe(false);
  });
});

describe('the bottom line', () => {
  it('passes over a feature’s scene-setting opening for the news in the next paragraphs', () => {
    const text = [
      'Fishing towns left behind',
      '',
      'Published 2 May 2024',
      '',
      'Tomas Varga has mended nets on the same quay in Porto Azul for 25 years. Every evening he walks the harbour wall.',
      '',
      '"The boats go out, but the fish are gone," he says.',
      '',
      'A study by the Marine Research Institute found that catches fell by 35% over the decade, leaving many crews without work.',
      '',
      'The agency urged ministers to fund retraining.',
    ].join('\n');
    const g = run(text);
    expect(g.briefing.bluf[0].text).toMatch(/^A study by the Marine Research Institute found/);
    expect(g.briefing.bluf.map((i) => i.text).join(' ')).not.toMatch(/Tomas Varga|Every evening/);
    expect(sectionTexts(g).join(' ')).not.toMatch(/Every evening/);
    expect(briefingProblems(g)).toEqual([]);
  });

  it('keeps a hard-news lead first', () => {
    const g = run(CABINET);
    expect(g.briefing.bluf[0].text).toMatch(/^The country’s transport minister resigned on Sunday/);
  });

  it('cuts a run-on lead at a clause break and never repeats it as a section item', () => {
    const runOn =
      'the board said that the new cycle lanes would be built across the old town over the next two years and that shop owners who had objected to the loss of parking would be heard again before any final decision was taken by the planning committee which meets in the autumn';
    const text = `Board backs cycle lanes\n\n${Array(6).fill(runOn).join(' ')}\n\nCouncillor Ann Price said the lanes would cut traffic by 20%.`;
    const g = run(text);
    const lead = g.briefing.bluf[0];
    expect(lead.text.split(/\s+/).length).toBeLessThanOrEqual(41);
    expect(lead.text).toMatch(/^The board said that the new cycle lanes would be built/);
    const span = lead.sources[0];
    expect(text.slice(span.start, span.end)).toMatch(/be heard again$/);
    const blufSpans = g.briefing.bluf.flatMap((i) => i.sources);
    for (const section of g.briefing.sections)
      for (const item of section.items)
        for (const s of item.sources)
          expect(blufSpans.some((b) => b.start < s.end && b.end > s.start)).toBe(false);
    expect(briefingProblems(g)).toEqual([]);
  });

  it('gives a headline-only article no section that repeats it', () => {
    const g = run('Oil prices jump after surprise output cut');
    expect(g.briefing.bluf).toHaveLength(1);
    expect(sectionTexts(g)).not.toContain(g.briefing.bluf[0].text);
    expect(briefingProblems(g)).toEqual([]);
  });
});
