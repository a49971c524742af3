import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapOffset } from './reanchor';
import { diffTexts } from './text-diff';

/** Applies edits (descending starts, old offsets) to `before`, taking inserted text from `after`. */
function apply(before: string, after: string, edits: ReturnType<typeof diffTexts>): string {
  // Rebuild by walking ascending: copy unchanged old text, then the inserted new text.
  let out = '';
  let oldAt = 0;
  let newAt = 0;
  for (const e of [...edits].reverse()) {
    const same = e.start - oldAt;
    out += before.slice(oldAt, e.start);
    newAt += same;
    out += after.slice(newAt, newAt + e.inserted);
    newAt += e.inserted;
    oldAt = e.start + e.deleted;
  }
  return out + before.slice(oldAt);
}

describe('diffTexts', () => {
  it('finds nothing in equal texts', () => {
    expect(diffTexts('a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('reports an inserted paragraph and an edited word as separate, trimmed edits', () => {
    const before = 'One.\nTwo words here.\nThree.\n';
    const after = 'Zero.\nOne.\nTwo verbs here.\nThree.\n';
    const edits = diffTexts(before, after);
    expect(edits).toEqual([
      { start: 9, deleted: 4, inserted: 4 },
      { start: 0, deleted: 0, inserted: 6 },
    ]);
    expect(mapOffset(before.indexOf('Three'), edits)).toBe(after.indexOf('Three'));
    expect(mapOffset(before.indexOf('here'), edits)).toBe(after.indexOf('here'));
  });

  it('describes every change exactly: applying the edits to the old text gives the new one', () => {
    const line = fc.constantFrom('alpha\n', 'beta\n', 'gamma\n', 'delta\n', 'x', '\n');
    const text = fc.array(line, { maxLength: 12 }).map((l) => l.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = diffTexts(before, after);
        expect(apply(before, after, edits)).toBe(after);
        for (let i = 1; i < edits.length; i++)
          expect(edits[i].start + edits[i].deleted).toBeLessThanOrEqual(edits[i - 1].start);
      }),
    );
  });
});
