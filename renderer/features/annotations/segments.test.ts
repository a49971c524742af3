import { describe, expect, it } from 'vitest';
import { bucketMarks, segmentRange, type Mark } from './segments';

describe('segmentRange', () => {
  it('covers the range exactly with non-empty runs', () => {
    const marks: Mark[] = [
      { start: 2, end: 6, kind: 'note', id: 'a' },
      { start: 4, end: 12, kind: 'hit' },
    ];
    const segs = segmentRange(0, 10, marks);
    expect(segs.map((s) => [s.start, s.end, s.marks.length])).toEqual([
      [0, 2, 0],
      [2, 4, 1],
      [4, 6, 2],
      [6, 10, 1],
    ]);
  });
  it('ignores marks outside and empty marks', () => {
    expect(
      segmentRange(5, 8, [
        { start: 0, end: 5, kind: 'note' },
        { start: 6, end: 6, kind: 'hit' },
      ]),
    ).toEqual([{ start: 5, end: 8, marks: [] }]);
  });
});

describe('bucketMarks', () => {
  it('puts a mark into every block it overlaps', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
      { start: 22, end: 30 },
    ];
    const m: Mark = { start: 8, end: 23, kind: 'note' };
    const n: Mark = { start: 25, end: 26, kind: 'note' };
    expect(bucketMarks(blocks, [m, n])).toEqual([[m], [m], [m, n]]);
  });
});
