import { describe, expect, it } from 'vitest';
import { leftOutLine } from './left-out';

describe('leftOutLine', () => {
  const counts = { shared: 2, private: 3, total: 5 };
  it('names the private notes a shared export leaves out', () => {
    expect(leftOutLine(counts, 'shared')).toBe('3 private notes will be left out.');
    expect(leftOutLine({ shared: 1, private: 1, total: 2 }, 'shared')).toBe(
      '1 private note will be left out.',
    );
  });
  it('names both kinds for a clean export, private first', () => {
    expect(leftOutLine(counts, 'none')).toBe(
      '3 private notes and 2 shared notes will be left out.',
    );
  });
  it('says when nothing is left out', () => {
    expect(leftOutLine(counts, 'all')).toBe('All 5 notes will be included.');
    expect(leftOutLine({ shared: 1, private: 0, total: 1 }, 'shared')).toBe(
      'The note will be included.',
    );
    expect(leftOutLine({ shared: 0, private: 0, total: 0 }, 'none')).toBe(
      'This briefing has no notes.',
    );
  });
});
