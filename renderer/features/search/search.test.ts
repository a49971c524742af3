import { describe, expect, it } from 'vitest';
import { findHits, foldCase } from './search';

describe('findHits', () => {
  it('finds every case-insensitive occurrence with offsets into the original text', () => {
    const hits = findHits(
      'istanbul',
      [{ blockId: 'article', text: 'İstanbul and ISTANBUL and istanbul' }],
      [{ id: 'n1', text: 'Istanbul note' }],
    );
    expect(
      hits.filter((h) => h.kind === 'text').map((h) => (h.kind === 'text' ? h.start : -1)),
    ).toEqual([13, 26]);
    expect(hits.at(-1)).toEqual({ kind: 'note', noteId: 'n1' });
  });
  it('keeps length', () => {
    expect(foldCase('İi').length).toBe(2);
  });
  it('ignores one-character queries', () => {
    expect(findHits('a', [{ blockId: 'x', text: 'aaa' }], [])).toEqual([]);
  });
});
