/** Cutting a text range into runs by the marks (highlights, sources, search hits) over it. */

export type MarkKind = 'note' | 'source' | 'hit' | 'hit-current';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Annotation id for `note` marks. */
  id?: string;
  /** Legend key for `note` marks. */
  colour?: string;
  isPrivate?: boolean;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * The runs of `[start, end)`: consecutive, non-empty, covering the range exactly, each with
 * the marks that cover all of it (in input order). Marks outside the range are ignored.
 */
export function segmentRange(start: number, end: number, marks: readonly Mark[]): Segment[] {
  if (end <= start) return [];
  const inside = marks.filter((m) => m.end > start && m.start < end && m.end > m.start);
  if (inside.length === 0) return [{ start, end, marks: [] }];
  const cuts = new Set<number>([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(m.start, start));
    cuts.add(Math.min(m.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    out.push({ start: a, end: b, marks: inside.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}

/** Index of the last block whose start is ≤ `offset` (blocks sorted by start). */
function blockAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Groups marks by the article blocks they overlap (blocks sorted, non-overlapping), so each
 * block re-renders only when its own marks change. O(marks · log blocks).
 */
export function bucketMarks(
  blocks: readonly { start: number; end: number }[],
  marks: readonly Mark[],
): Mark[][] {
  const buckets: Mark[][] = blocks.map(() => []);
  const starts = blocks.map((b) => b.start);
  for (const mark of marks) {
    for (
      let i = blockAt(starts, mark.start);
      i < blocks.length && blocks[i].start < mark.end;
      i++
    ) {
      if (blocks[i].end > mark.start) buckets[i].push(mark);
    }
  }
  return buckets;
}

/** True when both lists hold the same marks in the same order (by identity). */
export function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
