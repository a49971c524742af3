import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, editDistance, quoteSimilarity, scanDistances } from './myers';

function naiveScores(pattern: string, text: string, anchored: boolean): number[] {
  const m = pattern.length;
  let column = Array.from({ length: m + 1 }, (_, i) => i);
  const scores = [column[m]];
  for (let j = 1; j <= text.length; j++) {
    const next = [anchored ? j : 0];
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next[i] = Math.min(column[i] + 1, next[i - 1] + 1, column[i - 1] + cost);
    }
    column = next;
    scores.push(column[m]);
  }
  return scores;
}

const smallAlphabet = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '😀'),
  maxLength: 120,
});

describe('scanDistances', () => {
  it('matches the textbook dynamic programme, searching and anchored, across block sizes', () => {
    fc.assert(
      fc.property(smallAlphabet, smallAlphabet, fc.boolean(), (pattern, text, anchored) => {
        const got = Array.from(
          scanDistances(compilePattern(pattern), text, 0, text.length, false, anchored),
        );
        expect(got).toEqual(naiveScores(pattern, text, anchored));
      }),
      { numRuns: 300 },
    );
  });

  it('reads backwards with a reversed pattern like forwards on reversed strings', () => {
    fc.assert(
      fc.property(smallAlphabet, smallAlphabet, (pattern, text) => {
        const reverse = (s: string) => s.split('').reverse().join('');
        const got = scanDistances(
          compilePattern(pattern, true),
          text,
          text.length,
          text.length,
          true,
          true,
        );
        expect(Array.from(got)).toEqual(naiveScores(reverse(pattern), reverse(text), true));
      }),
      { numRuns: 200 },
    );
  });
});

describe('editDistance and quoteSimilarity', () => {
  it('gives known distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(quoteSimilarity('the deal was bad', 'the deal was good')).toBeCloseTo(1 - 3 / 17);
    expect(quoteSimilarity('x', '')).toBe(0);
  });
});
