/**
 * Finds where an annotation's words are in a block's current text.
 *
 * Order: the exact quote at the stored position → the exact quote elsewhere, chosen by its
 * prefix/suffix context and nearness → a fuzzy match inside a window around the old position
 * → orphaned. A note must never land on a look-alike passage, so every step after the first
 * also asks the surrounding text to agree (see {@link FUZZY_THRESHOLD} and friends).
 */

import type { AnchorStatus, TextPositionSelector, TextQuoteSelector } from '../annotation';
import { compilePattern, editDistance, scanDistances } from './myers';
import type { CompiledPattern } from './myers';

/**
 * Minimum quote similarity `1 − editDistance(quote, found) / quote.length` for a fuzzy match.
 * 0.75 tolerates a changed word or two in a sentence (a 40-char quote may lose 10 characters)
 * while a different sentence of similar shape usually scores 0.4–0.7. Hypothesis accepts 0.5
 * and relies on ranking alone; we would rather orphan a note than move it to the wrong words.
 */
export const FUZZY_THRESHOLD = 0.75;

/**
 * Context agreement is the length-weighted mean similarity of prefix and suffix (each side
 * compared with edit distance to the text next to the candidate), 0…1.
 * An exact match of a normal quote near the old position needs at least 0.5: one side intact.
 */
export const NEAR_CONTEXT = 0.5;

/** Short quotes (a word) need context 0.75: one intact side is not enough, since words repeat. */
export const SHORT_CONTEXT = 0.75;

/** Fuzzy matches need context 0.8, and each side at least {@link FUZZY_CONTEXT_MIN}. */
export const FUZZY_CONTEXT = 0.8;

/** Quotes shorter than this, or a single word, must match exactly and with agreeing context. */
export const SHORT_QUOTE_LENGTH = 8;

/** Quotes this long that occur exactly once are accepted even when their context was rewritten. */
export const DISTINCTIVE_QUOTE_LENGTH = 24;

/**
 * How far (UTF-16 units) from the old position a match counts as "near". Near matches need
 * one intact context side; far ones need both sides nearly intact (≥ {@link FAR_CONTEXT}),
 * because a far match with so-so context is how repeated boilerplate fools an anchorer.
 * The fuzzy search only looks inside this window, which keeps it linear in the window size.
 */
export const NEAR_DISTANCE = 8192;

/** Context similarity both sides need for an exact match far from the old position. */
export const FAR_CONTEXT = 0.9;

/**
 * A passage whose whole stored prefix and suffix are still there, verbatim and in order, is the
 * annotated passage even after heavier rewording (say a clause inserted in the middle). Such a
 * bracketed span is accepted down to this quote similarity. The context does the identifying;
 * the similarity floor (Hypothesis's own, quote/2 errors) stops a paragraph-sized replacement.
 */
export const BRACKETED_THRESHOLD = 0.5;

/** Bracketing needs this much stored context on each side (a block edge cannot bracket). */
export const BRACKET_MIN_CONTEXT = 16;

/** Each context side of a fuzzy match must be at least this similar (a look-alike neighbour fails one side). */
export const FUZZY_CONTEXT_MIN = 0.5;

export interface AnchorTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface AnchorResult {
  status: AnchorStatus;
  /** Where the words are now; absent when orphaned. */
  position?: TextPositionSelector;
  /** Quote similarity of the found span (1 for exact); absent when orphaned. */
  similarity?: number;
}

export interface AnchorOptions {
  /** Expected start in the new text, when the edit is known (see `mapPosition`). */
  hint?: number;
}

interface Candidate {
  start: number;
  end: number;
  similarity: number;
  prefix: number;
  suffix: number;
  /** Prefix and suffix similarity averaged by their lengths (see {@link contextWeights}). */
  context: number;
  distance: number;
}

interface ContextScorer {
  text: string;
  quote: TextQuoteSelector;
  prefixPattern: CompiledPattern;
  suffixPattern: CompiledPattern;
}

/**
 * Re-finds `target` in `text`. `anchored`: the exact quote is still at the stored position;
 * `moved`: found elsewhere or only approximately; `orphaned`: not found with enough confidence.
 * Pure; cost is one `indexOf` pass in the common case and O(window · ⌈m/32⌉) for fuzzy matches.
 */
export function anchorQuote(
  text: string,
  target: AnchorTarget,
  options: AnchorOptions = {},
): AnchorResult {
  const { quote, position } = target;
  const exact = quote.exact;
  if (exact.length === 0) return { status: 'orphaned' };
  const hint = clamp(options.hint ?? position.start, 0, text.length);
  const scorer: ContextScorer = {
    text,
    quote,
    prefixPattern: compilePattern(quote.prefix, true),
    suffixPattern: compilePattern(quote.suffix),
  };
  // Near exact → near fuzzy → bracketed by intact context → far exact (a far copy with the same
  // words is the likeliest look-alike, so it comes last).
  const exactMatch = findExact(scorer, hint);
  const nearExact = exactMatch && exactMatch.distance <= NEAR_DISTANCE ? exactMatch : undefined;
  const fuzzy = nearExact || isShortQuote(exact) ? undefined : findFuzzy(scorer, hint);
  const bracketed =
    nearExact || fuzzy?.best || isShortQuote(exact) ? undefined : findBracketed(scorer, hint);
  // A near passage resembling the quote (rejected for its context) means the original is still
  // here, damaged: then a far exact copy is a look-alike, not the annotated words.
  const farExact = fuzzy?.resemblesNear ? undefined : exactMatch;
  const matched = nearExact ?? fuzzy?.best ?? bracketed ?? farExact;
  if (!matched) return { status: 'orphaned' };
  // A fuzzy match may end inside a word ("3,10" of "3,100"): widen it to whole words when the
  // wider span still passes the threshold. (A bracketed span's ends are its intact context.)
  const found = matched === fuzzy?.best ? snapped(text, exact, matched, FUZZY_THRESHOLD) : matched;
  const same =
    found.start === position.start && found.end === position.end && found.similarity === 1;
  return {
    status: same ? 'anchored' : 'moved',
    position: { start: found.start, end: found.end },
    similarity: found.similarity,
  };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** How far a boundary may move to reach a word edge (longer "words" are not words). */
const SNAP_LIMIT = 40;

/** `span` widened so neither end cuts through a word (letters, marks, digits, whole numbers). */
export function snapToWords(text: string, span: { start: number; end: number }) {
  // A separator inside a number ("3,100", "2.5") belongs to it.
  const isWordChar = (i: number) =>
    WORD_CHAR.test(text[i]) ||
    (/[.,]/.test(text[i]) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  const inWord = (i: number) => i > 0 && i < text.length && isWordChar(i - 1) && isWordChar(i);
  let { start, end } = span;
  for (let n = 0; n < SNAP_LIMIT && inWord(start); n++) start--;
  if (inWord(start)) start = span.start;
  for (let n = 0; n < SNAP_LIMIT && inWord(end); n++) end++;
  if (inWord(end)) end = span.end;
  return { start, end };
}

function snapped(text: string, exact: string, match: Candidate, threshold: number): Candidate {
  const { start, end } = snapToWords(text, match);
  if (start === match.start && end === match.end) return match;
  const similarity = 1 - editDistance(exact, text.slice(start, end)) / exact.length;
  return similarity >= threshold ? { ...match, start, end, similarity } : match;
}

/** True for quotes that say too little on their own: under 8 characters or a single word. */
export function isShortQuote(exact: string): boolean {
  const trimmed = exact.trim();
  return trimmed.length < SHORT_QUOTE_LENGTH || !/\s/.test(trimmed);
}

function findExact(scorer: ContextScorer, hint: number): Candidate | undefined {
  const { text, quote } = scorer;
  const exact = quote.exact;
  const m = exact.length;
  // 1. At the hint, with both context sides unchanged: nothing else can be better.
  if (text.startsWith(exact, hint)) {
    const here = scoreCandidate(scorer, hint, hint + m, 1, hint);
    if (here.prefix === 1 && here.suffix === 1) return here;
  }
  // 2. Near the hint: a perfect-context occurrence settles it without scanning the whole text.
  const low = Math.max(0, hint - NEAR_DISTANCE);
  const high = Math.min(text.length, hint + m + NEAR_DISTANCE);
  const nearStarts = occurrences(text.slice(low, high), exact).map((s) => s + low);
  const near = nearStarts.map((s) => scoreCandidate(scorer, s, s + m, 1, hint));
  const perfect = near.filter((c) => c.prefix === 1 && c.suffix === 1).sort(byDistance)[0];
  if (perfect) return perfect;
  // 3. Everywhere.
  const far = occurrences(text, exact)
    .filter((s) => s < low || s + m > high)
    .map((s) => scoreCandidate(scorer, s, s + m, 1, hint));
  const unique = near.length + far.length === 1;
  const accepted = [...near, ...far].filter((c) => acceptsExact(c, exact, unique, hint));
  return accepted.sort(byPreference)[0];
}

function acceptsExact(c: Candidate, exact: string, unique: boolean, hint: number): boolean {
  if (c.distance > NEAR_DISTANCE) return Math.min(c.prefix, c.suffix) >= FAR_CONTEXT;
  if (isShortQuote(exact)) return c.context >= SHORT_CONTEXT;
  if (c.context >= NEAR_CONTEXT) return true;
  if (unique && exact.length >= DISTINCTIVE_QUOTE_LENGTH) return true;
  // A long quote still exactly where it was: its neighbours were rewritten, the words were not.
  return c.start === hint;
}

interface FuzzyResult {
  best: Candidate | undefined;
  /** Some passage in the window reached the quote threshold, whatever its context. */
  resemblesNear: boolean;
}

function findFuzzy(scorer: ContextScorer, hint: number): FuzzyResult {
  const { text, quote } = scorer;
  const m = quote.exact.length;
  const maxErrors = Math.floor(m * (1 - FUZZY_THRESHOLD));
  const low = Math.max(0, hint - NEAR_DISTANCE);
  const high = Math.min(text.length, hint + m + NEAR_DISTANCE);
  const pattern = compilePattern(quote.exact);
  const scores = scanDistances(pattern, text, low, high - low, false, false);
  const reversed = compilePattern(quote.exact, true);
  const candidates: Candidate[] = [];
  // Each run of columns within budget is one candidate; its best column is the match end.
  let i = 1;
  while (i < scores.length) {
    if (scores[i] > maxErrors) {
      i++;
      continue;
    }
    let bestColumn = i;
    while (i < scores.length && scores[i] <= maxErrors) {
      if (scores[i] < scores[bestColumn]) bestColumn = i;
      i++;
    }
    const end = low + bestColumn;
    const errors = scores[bestColumn];
    const start = findStart(reversed, text, end, errors, m + maxErrors);
    candidates.push(scoreCandidate(scorer, start, end, 1 - errors / m, hint));
  }
  const accepted = candidates.filter(
    (c) =>
      c.similarity >= FUZZY_THRESHOLD &&
      Math.min(c.prefix, c.suffix) >= FUZZY_CONTEXT_MIN &&
      c.context >= FUZZY_CONTEXT,
  );
  return { best: accepted.sort(byWeightedScore)[0], resemblesNear: candidates.length > 0 };
}

/** The span between verbatim occurrences of the stored prefix and suffix near the hint. */
function findBracketed(scorer: ContextScorer, hint: number): Candidate | undefined {
  const { text, quote } = scorer;
  const m = quote.exact.length;
  if (quote.prefix.length < BRACKET_MIN_CONTEXT || quote.suffix.length < BRACKET_MIN_CONTEXT)
    return undefined;
  const low = Math.max(0, hint - NEAR_DISTANCE);
  const high = Math.min(text.length, hint + m + NEAR_DISTANCE);
  const window = text.slice(low, high);
  const starts = occurrences(window, quote.prefix).map((at) => low + at + quote.prefix.length);
  const ends = occurrences(window, quote.suffix).map((at) => low + at);
  const minLength = Math.ceil(m * BRACKETED_THRESHOLD);
  const maxLength = Math.floor(m * (2 - BRACKETED_THRESHOLD));
  let best: Candidate | undefined;
  for (const start of starts) {
    for (const end of ends) {
      if (end - start < minLength || end - start > maxLength) continue;
      const similarity = 1 - editDistance(quote.exact, text.slice(start, end)) / m;
      if (similarity < BRACKETED_THRESHOLD) continue;
      const candidate = scoreCandidate(scorer, start, end, similarity, hint);
      if (!best || byWeightedScore(candidate, best) < 0) best = candidate;
    }
  }
  return best;
}

/** The start of the segment ending at `end` at distance `errors`, preferring a length near m. */
function findStart(
  reversed: CompiledPattern,
  text: string,
  end: number,
  errors: number,
  maxLength: number,
): number {
  const count = Math.min(end, maxLength);
  const scores = scanDistances(reversed, text, end, count, true, true);
  let best = -1;
  for (let j = 0; j <= count; j++) {
    if (scores[j] !== errors) continue;
    if (best < 0 || Math.abs(j - reversed.length) < Math.abs(best - reversed.length)) best = j;
  }
  return end - Math.max(best, 0);
}

function scoreCandidate(
  scorer: ContextScorer,
  start: number,
  end: number,
  similarity: number,
  hint: number,
): Candidate {
  const prefix = prefixSimilarity(scorer, start);
  const suffix = suffixSimilarity(scorer, end);
  const [wp, ws] = contextWeights(scorer.quote);
  return {
    start,
    end,
    similarity,
    prefix,
    suffix,
    context: (wp * prefix + ws * suffix) / (wp + ws),
    distance: Math.abs(start - hint),
  };
}

/**
 * Each side weighs as many characters as it stored, so a 1-character prefix cannot outvote a
 * 32-character suffix. An empty side (the quote touched the block edge) weighs like a full
 * 32-character side: "still at the edge" is as telling as 32 unchanged neighbours.
 */
function contextWeights(quote: TextQuoteSelector): [number, number] {
  return [quote.prefix.length || EDGE_WEIGHT, quote.suffix.length || EDGE_WEIGHT];
}

const EDGE_WEIGHT = 32;

/**
 * How well the text before `start` matches the stored prefix, 0…1. The stored prefix may be
 * shorter than 32 characters at a block start; an empty one agrees only with a block start.
 */
function prefixSimilarity(scorer: ContextScorer, start: number): number {
  const p = scorer.quote.prefix.length;
  if (p === 0) return start === 0 ? 1 : 0;
  const count = Math.min(start, p + Math.ceil(p / 2));
  const scores = scanDistances(scorer.prefixPattern, scorer.text, start, count, true, true);
  return 1 - Math.min(p, minimum(scores)) / p;
}

function suffixSimilarity(scorer: ContextScorer, end: number): number {
  const s = scorer.quote.suffix.length;
  const available = scorer.text.length - end;
  if (s === 0) return available === 0 ? 1 : 0;
  const count = Math.min(available, s + Math.ceil(s / 2));
  const scores = scanDistances(scorer.suffixPattern, scorer.text, end, count, false, true);
  return 1 - Math.min(s, minimum(scores)) / s;
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

function byDistance(a: Candidate, b: Candidate): number {
  return a.distance - b.distance;
}

/** Near before far, then better context, then nearer. */
function byPreference(a: Candidate, b: Candidate): number {
  const nearA = a.distance <= NEAR_DISTANCE ? 0 : 1;
  const nearB = b.distance <= NEAR_DISTANCE ? 0 : 1;
  if (nearA !== nearB) return nearA - nearB;
  const context = b.context - a.context;
  if (Math.abs(context) > 1e-9) return context;
  return a.distance - b.distance;
}

/** Quote counts most, context next (the weights Hypothesis uses), nearness breaks ties. */
function byWeightedScore(a: Candidate, b: Candidate): number {
  const weight = (c: Candidate) => 50 * c.similarity + 20 * c.prefix + 20 * c.suffix;
  const diff = weight(b) - weight(a);
  if (Math.abs(diff) > 1e-9) return diff;
  return a.distance - b.distance;
}

function minimum(values: Int32Array): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
