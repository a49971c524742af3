import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analysis';
import { findKeyFigures } from './figures';

function figures(text: string): [string, string][] {
  return findKeyFigures(analyseArticle(text)).map((f) => [f.value, f.text]);
}

describe('findKeyFigures', () => {
  it('reads "between X and Y" as one figure', () => {
    expect(figures('The bank expects growth of between 3% and 3.5% next year.')).toEqual([
      ['between 3% and 3.5%', 'The bank expects growth of between 3% and 3.5% next year'],
    ]);
    expect(figures('Prices rose by between 2 and 4 per cent last month.')).toEqual([
      ['between 2 and 4 per cent', 'Prices rose by between 2 and 4 per cent last month'],
    ]);
    expect(figures('The deal is worth between $2 billion and $3 billion to the firm.')).toEqual([
      [
        'between $2 billion and $3 billion',
        'The deal is worth between $2 billion and $3 billion to the firm',
      ],
    ]);
  });

  it('counts a range of things once', () => {
    expect(
      figures('Between 200 and 300 soldiers crossed the border overnight.').map(([v]) => v),
    ).toEqual(['Between 200 and 300']);
    expect(figures('Troops stayed between 2001 and 2005 in the valley.')).toEqual([]);
  });

  it('never starts or ends a context inside "per cent"', () => {
    const text =
      'Local forces now lead on more than 80 per cent of conventional operations and carry out 90 per cent of their own training, he said.';
    const found = figures(text);
    expect(found.map(([v]) => v)).toEqual(['more than 80 per cent', '90 per cent']);
    for (const [, context] of found) {
      expect(context).not.toMatch(/^(?:per|cent)\b/);
      expect(context).not.toMatch(/\b\d+ per$|\bper$/);
    }
    expect(found[1][1]).toMatch(/^conventional operations and carry out 90 per cent/);
  });
});
