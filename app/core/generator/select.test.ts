import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analysis';
import { selectBluf } from './bluf-select';
import { isFullSentence } from './section-evidence';

function bluf(text: string): string[] {
  return selectBluf(analyseArticle(text)).items.map((i) => i.text);
}

const STORY = [
  'Ministers agreed a new budget for the health service late on Tuesday after weeks of talks.',
  '',
  'The deal adds money for hospitals and clinics in every region of the country.',
  '',
  'Opposition leaders said the plan came too late for patients waiting for treatment.',
].join('\n');

describe('selectBluf', () => {
  it('leads with the lead sentence, then a highlight that is a sentence and adds to it', () => {
    const text = `${STORY}\n\n@highlight\n\nFTSE 100 down 0.93%; DAX down 0.93%; CAC 40 down 0.50%\n\n@highlight\n\nOpposition says patients were left waiting for months`;
    expect(bluf(text)).toEqual([
      'Ministers agreed a new budget for the health service late on Tuesday after weeks of talks.',
      'Opposition says patients were left waiting for months',
    ]);
  });

  it('skips a highlight that only repeats the lead', () => {
    const text = `${STORY}\n\n@highlight\n\nMinisters agreed a new budget for the health service`;
    const items = bluf(text);
    expect(items[0]).toMatch(/^Ministers agreed a new budget/);
    expect(items).not.toContain('Ministers agreed a new budget for the health service');
  });

  it('falls back to the lead and why it matters when no highlight is a sentence', () => {
    const text = `${STORY}\n\n@highlight\n\nFTSE 100 down 0.93%; DAX down 0.93%`;
    const items = bluf(text);
    expect(items[0]).toMatch(/^Ministers agreed/);
    expect(items.join(' ')).not.toContain('FTSE');
  });
});

describe('isFullSentence', () => {
  it('wants words and a verb, not a ticker or a list', () => {
    for (const line of [
      'Leaders of Germany, France, Italy and Spain met at 12noon in Rome',
      'France, Italy and Spain were expected to pressure Merkel to ease measures',
      'Numbers will be reduced to a token force by 2014',
      'Prime Minister agreed move with President Obama last night',
    ])
      expect([line, isFullSentence(line)]).toEqual([line, true]);
    for (const line of [
      'FTSE 100 down 0.93%; DAX down 0.93%; CAC 40 down 0.50%',
      'Oil: $82.10; gold: $1,950; euro: $1.08',
      'Rome, Paris, Berlin and Madrid',
      'Live updates',
    ])
      expect([line, isFullSentence(line)]).toEqual([line, false]);
  });
});
