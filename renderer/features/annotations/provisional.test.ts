import { describe, expect, it } from 'vitest';
import type { Article, Briefing } from '../../../app/core/briefing';
import { blockText, provisionalAnnotation } from './provisional';

const article = { text: 'The quick brown fox.', blocks: [] } as unknown as Article;
const briefing = {
  bluf: [{ id: 'b1', text: 'Bottom line text', sources: [] }],
  sections: [{ id: 's', items: [{ id: 'i1', text: 'Item one', sources: [] }] }],
  timeline: [],
  keyFigures: [],
} as unknown as Briefing;
const source = { article, briefing };
const input = { note: '', tags: [' a ', 'a'], colour: 'fact', visibility: 'private' as const };

describe('provisionalAnnotation', () => {
  it('builds the annotation main would, over the article or an item', () => {
    const a = provisionalAnnotation(
      source,
      { ...input, target: { blockId: 'article', start: 4, end: 9 } },
      'p1',
      '2026-01-01T00:00:00.000Z',
    );
    expect(a).toMatchObject({
      id: 'p1',
      target: { blockId: 'article', quote: { exact: 'quick' }, position: { start: 4, end: 9 } },
      body: { tags: ['a'], colour: 'fact' },
      status: 'anchored',
    });
    expect(blockText(source, 'i1')).toBe('Item one');
  });
  it('is null for an unknown block or an empty range', () => {
    const at = (blockId: string, start: number, end: number) =>
      provisionalAnnotation(source, { ...input, target: { blockId, start, end } }, 'p', 'now');
    expect(at('nope', 0, 1)).toBeNull();
    expect(at('b1', 3, 3)).toBeNull();
    expect(at('b1', 0, 99)).toBeNull();
  });
});
