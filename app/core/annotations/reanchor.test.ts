import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation';
import { anchorQuote } from './anchor';
import { createAnnotation, describeSelection } from './create';
import { mapOffset, reanchorAll } from './reanchor';

const text =
  'Ankara confirmed on Monday that talks with Damascus had resumed after a pause of two years. ' +
  'Officials in the capital declined to comment further on the schedule of the next meeting.';

function make(id: string, exact: string, blockId = 'article'): Annotation {
  const start = text.indexOf(exact);
  const made = createAnnotation({
    id,
    blockId,
    blockText: text,
    start,
    end: start + exact.length,
    note: id,
    now: 'T0',
  });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

describe('reanchorAll', () => {
  it('re-anchors, moves and orphans, deleting nothing and keeping orphan quotes', () => {
    const annotations = [
      make('keep', 'Ankara confirmed'),
      make('move', 'declined to comment further'),
      make('gone', 'a pause of two years'),
      make('lost', 'Monday', 'item-9'),
    ];
    const edited = text
      .replace('after a pause of two years', 'quickly')
      .replace('Officials', 'Senior officials');
    const result = reanchorAll(annotations, (id) => (id === 'article' ? edited : undefined), 'T1');
    expect(result.counts).toEqual({ anchored: 1, moved: 1, orphaned: 2 });
    expect(result.annotations.map((a) => a.id)).toEqual(['keep', 'move', 'gone', 'lost']);
    const [keep, move, gone, lost] = result.annotations;
    expect(keep).toBe(annotations[0]);
    expect(edited.slice(move.target.position.start, move.target.position.end)).toBe(
      'declined to comment further',
    );
    expect(move).toMatchObject({ status: 'moved', updated: 'T1' });
    expect(gone).toMatchObject({
      status: 'orphaned',
      target: annotations[2].target,
      body: annotations[2].body,
    });
    expect(lost.status).toBe('orphaned');
    expect(annotations[1].target.position.start).toBe(text.indexOf('declined'));
  });

  it('uses known edits as hints', () => {
    const a = make('x', 'declined to comment further');
    const edited = 'X'.repeat(20_000) + text;
    const result = reanchorAll([a], () => edited, 'T1', {
      edits: [{ blockId: 'article', start: 0, deleted: 0, inserted: 20_000 }],
    });
    expect(result.annotations[0].target.position.start).toBe(a.target.position.start + 20_000);
  });
});

describe('mapOffset', () => {
  it('shifts offsets after an edit and clamps those inside a deletion', () => {
    const edits = [{ start: 10, deleted: 5, inserted: 2 }];
    expect(mapOffset(5, edits)).toBe(5);
    expect(mapOffset(12, edits)).toBe(10);
    expect(mapOffset(20, edits)).toBe(17);
  });
});

describe('anchorQuote: bracketed by intact context', () => {
  it('follows a passage with a clause inserted, when its whole prefix and suffix survive', () => {
    const start = text.indexOf('talks with Damascus had resumed after');
    const end = start + 'talks with Damascus had resumed after'.length;
    const target = { quote: describeSelection(text, start, end), position: { start, end } };
    const edited = text.replace(
      'talks with Damascus had',
      'talks with Damascus, long stalled, had',
    );
    const found = anchorQuote(edited, target);
    expect(found.status).toBe('moved');
    expect(edited.slice(found.position!.start, found.position!.end)).toBe(
      'talks with Damascus, long stalled, had resumed after',
    );
    expect(found.similarity).toBeLessThan(0.75);
  });
});
