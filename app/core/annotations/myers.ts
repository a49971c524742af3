/**
 * Bit-parallel edit-distance scanning (Myers 1999, "A fast bit-vector algorithm for approximate
 * string matching based on dynamic programming", with its block extension for patterns longer
 * than one machine word). Distances count UTF-16 code units, like `String.prototype.slice`.
 *
 * One scan reads `count` characters of the text and reports, for every column, the edit
 * distance between the whole pattern and the best text segment ending there. Cost is
 * O(⌈m/32⌉ · count) whatever the error budget, so callers keep `count` small (a window).
 */

/** A pattern prepared for scanning: per 32-bit block, a bit mask of where each character occurs. */
export interface CompiledPattern {
  length: number;
  blocks: number;
  /** `ascii[code * blocks + block]` for codes below 128 (the common case, no Map lookup). */
  ascii: Int32Array;
  other: Map<number, Int32Array>;
  zero: Int32Array;
}

/** Prepares `pattern` (read backwards when `reversed`) for {@link scanDistances}. */
export function compilePattern(pattern: string, reversed = false): CompiledPattern {
  const length = pattern.length;
  const blocks = Math.max(1, Math.ceil(length / 32));
  const ascii = new Int32Array(128 * blocks);
  const other = new Map<number, Int32Array>();
  for (let i = 0; i < length; i++) {
    const code = pattern.charCodeAt(reversed ? length - 1 - i : i);
    const block = i >>> 5;
    const bit = 1 << (i & 31);
    if (code < 128) {
      ascii[code * blocks + block] |= bit;
    } else {
      let row = other.get(code);
      if (!row) {
        row = new Int32Array(blocks);
        other.set(code, row);
      }
      row[block] |= bit;
    }
  }
  return { length, blocks, ascii, other, zero: new Int32Array(blocks) };
}

/**
 * Scans `count` characters of `text` starting at `from`: forwards (`text[from]`, `text[from+1]`…)
 * or, when `backwards`, `text[from-1]`, `text[from-2]`…
 *
 * Returns `scores` with `scores[i]` = edit distance between the pattern and the best segment
 * that ends after the i-th character read (`scores[0]` = pattern length). When `anchored`, the
 * segment must begin at the first character read (prefix alignment); otherwise it may begin
 * anywhere (search). An empty pattern scores 0 (search) or i (anchored).
 */
export function scanDistances(
  pattern: CompiledPattern,
  text: string,
  from: number,
  count: number,
  backwards: boolean,
  anchored: boolean,
): Int32Array {
  const scores = new Int32Array(count + 1);
  const m = pattern.length;
  if (m === 0) {
    if (anchored) for (let i = 0; i <= count; i++) scores[i] = i;
    return scores;
  }
  const blocks = pattern.blocks;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastBit = 1 << ((m - 1) & 31);
  const topIn = anchored ? 1 : 0;
  const ascii = pattern.ascii;
  let score = m;
  scores[0] = score;
  for (let i = 0; i < count; i++) {
    const code = text.charCodeAt(backwards ? from - 1 - i : from + i);
    let row: Int32Array;
    let offset = 0;
    if (code < 128) {
      row = ascii;
      offset = code * blocks;
    } else {
      row = pattern.other.get(code) ?? pattern.zero;
    }
    let hin = topIn;
    for (let b = 0; b < blocks; b++) {
      const p = pv[b];
      const n = mv[b];
      let eq = row[offset + b];
      const xv = eq | n;
      if (hin < 0) eq |= 1;
      const xh = (((eq & p) + p) ^ p) | eq;
      let ph = n | ~(xh | p);
      let mh = p & xh;
      const high = b === blocks - 1 ? lastBit : -2147483648;
      const hout = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    scores[i + 1] = score;
  }
  return scores;
}

/** Levenshtein distance between `a` and `b` (unit costs, UTF-16 code units). */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  return scanDistances(compilePattern(a), b, 0, b.length, false, true)[b.length];
}

/**
 * Similarity of `candidate` to `quote`: `1 − editDistance / quote.length`, floored at 0.
 * 1 means identical; the anchoring threshold is stated on this scale.
 */
export function quoteSimilarity(candidate: string, quote: string): number {
  if (quote.length === 0) return candidate.length === 0 ? 1 : 0;
  return Math.max(0, 1 - editDistance(quote, candidate) / quote.length);
}
