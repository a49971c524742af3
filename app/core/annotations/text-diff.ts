/** Where a text changed: a cheap line diff that gives re-anchoring exact position hints. */

import type { TextEdit } from './reanchor';

export type Edit = Omit<TextEdit, 'blockId'>;

/**
 * Above this many line pairs (old lines × new lines, after trimming the common ends) the diff
 * gives up on line matching and reports one edit: hints get coarser, anchoring stays correct.
 * 4M cells is a few tens of milliseconds and covers articles of ~2,000 changed lines.
 */
export const MAX_DIFF_CELLS = 4_000_000;

/**
 * The edits turning `before` into `after`, as `deleted` characters at old offset `start`
 * replaced by `inserted` characters, sorted by `start` descending — the order `mapOffset`
 * needs (each edit's `start` is still an old offset when it is applied). Lines are matched
 * with a longest-common-subsequence diff; inside each changed run of lines the edit is trimmed
 * to the characters that differ. Returns [] for equal texts. Pure.
 */
export function diffTexts(before: string, after: string): Edit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head].text === b[head].text) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail].text === b[b.length - 1 - tail].text
  )
    tail++;
  const oldLines = a.slice(head, a.length - tail);
  const newLines = b.slice(head, b.length - tail);
  const hunks =
    oldLines.length * newLines.length > MAX_DIFF_CELLS
      ? [{ oldFrom: 0, oldTo: oldLines.length, newFrom: 0, newTo: newLines.length }]
      : lineHunks(
          oldLines.map((l) => l.text),
          newLines.map((l) => l.text),
        );
  const edits: Edit[] = [];
  for (const hunk of hunks) {
    const oldStart = offsetAt(oldLines, hunk.oldFrom, a, head, before.length);
    const oldEnd = offsetAt(oldLines, hunk.oldTo, a, head, before.length);
    const newStart = offsetAt(newLines, hunk.newFrom, b, head, after.length);
    const newEnd = offsetAt(newLines, hunk.newTo, b, head, after.length);
    const edit = trimEdit(before, oldStart, oldEnd, after, newStart, newEnd);
    if (edit.deleted > 0 || edit.inserted > 0) edits.push(edit);
  }
  return edits.sort((x, y) => y.start - x.start);
}

interface Line {
  text: string;
  start: number;
}

/** Lines with their line break, so the texts join back exactly. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    lines.push({ text: text.slice(start, end), start });
    start = end;
  }
  return lines;
}

/** Offset of line `index` of `lines` (a slice of `all` from `head`), or the end of the text. */
function offsetAt(lines: Line[], index: number, all: Line[], head: number, length: number): number {
  if (index < lines.length) return lines[index].start;
  return all[head + index]?.start ?? length;
}

interface Hunk {
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

/** Runs of unmatched lines between the lines of a longest common subsequence. */
function lineHunks(a: string[], b: string[]): Hunk[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = LCS length of a[i..] and b[j..], as one flat array of (n+1)·(m+1).
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1] + 1
          : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      if (open) hunks.push(open);
      open = null;
      i++;
      j++;
      continue;
    }
    open ??= { oldFrom: i, oldTo: i, newFrom: j, newTo: j };
    if (j < m && (i === n || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) open.newTo = ++j;
    else open.oldTo = ++i;
  }
  if (open) hunks.push(open);
  return hunks;
}

/** The replacement of old [oldStart, oldEnd) by new [newStart, newEnd), minus common ends. */
function trimEdit(
  before: string,
  oldStart: number,
  oldEnd: number,
  after: string,
  newStart: number,
  newEnd: number,
): Edit {
  let s = 0;
  while (
    oldStart + s < oldEnd &&
    newStart + s < newEnd &&
    before.charCodeAt(oldStart + s) === after.charCodeAt(newStart + s)
  )
    s++;
  let e = 0;
  while (
    oldEnd - e > oldStart + s &&
    newEnd - e > newStart + s &&
    before.charCodeAt(oldEnd - 1 - e) === after.charCodeAt(newEnd - 1 - e)
  )
    e++;
  return {
    start: oldStart + s,
    deleted: oldEnd - e - (oldStart + s),
    inserted: newEnd - e - (newStart + s),
  };
}
