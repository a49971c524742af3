import { describe, expect, it } from 'vitest';
import { articleUpdateSummary, itemEditSummary } from './edit-summary';

describe('itemEditSummary', () => {
  it('counts moved notes as re-anchored', () => {
    expect(itemEditSummary({ anchored: 1, moved: 1, orphaned: 0 })).toBe(
      'Item updated — 2 notes re-anchored, 0 orphaned.',
    );
  });
  it('says "note" for one', () => {
    expect(itemEditSummary({ anchored: 0, moved: 1, orphaned: 2 })).toBe(
      'Item updated — 1 note re-anchored, 2 orphaned.',
    );
  });
});

describe('articleUpdateSummary', () => {
  it('gives each count', () => {
    expect(articleUpdateSummary({ anchored: 3, moved: 1, orphaned: 1 })).toBe(
      'Article updated: 3 notes anchored, 1 moved, 1 orphaned.',
    );
    expect(articleUpdateSummary({ anchored: 1, moved: 0, orphaned: 0 })).toBe(
      'Article updated: 1 note anchored, 0 moved, 0 orphaned.',
    );
  });
  it('tells what became of the analyst rewrites, only when there were some', () => {
    const counts = { anchored: 2, moved: 0, orphaned: 0 };
    expect(articleUpdateSummary(counts, { kept: 0, dropped: 0 })).toBe(
      'Article updated: 2 notes anchored, 0 moved, 0 orphaned.',
    );
    expect(articleUpdateSummary(counts, { kept: 1, dropped: 1 })).toBe(
      'Article updated: 2 notes anchored, 0 moved, 0 orphaned. Your rewrites: 1 kept, 1 dropped (its generated sentence changed).',
    );
    expect(articleUpdateSummary(counts, { kept: 2, dropped: 0 })).toBe(
      'Article updated: 2 notes anchored, 0 moved, 0 orphaned. Your rewrites: 2 kept, 0 dropped.',
    );
  });
});
