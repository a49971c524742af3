/**
 * Selecting text without a mouse: moves over one block's text by words and sentences. Pure
 * (offsets in, offsets out); the reader turns the result into a DOM selection, so the toolbar,
 * H and N work on it exactly as on a selection made with the mouse.
 *
 * Sentences are the generator's own (paragraph by paragraph, abbreviations kept whole), so the
 * keys select the same sentences a generated item cites.
 */
import type { Span } from '../../../app/core/briefing';
import { splitSentences } from '../../../app/core/generator/sentences';

export type SelectionMove =
  /** Shift+→ / Shift+←: grow or shrink the selection's end by a word. */
  | 'word-forward'
  | 'word-back'
  /** Shift+↓ / Shift+↑: grow or shrink the selection's end by a sentence. */
  | 'sentence-forward'
  | 'sentence-back'
  /** Alt+↓ / Alt+↑: select the next / previous whole sentence. */
  | 'next-sentence'
  | 'previous-sentence';

export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    const end = from + line.length;
    if (line.trim()) out.push(...splitSentences(text, from, end));
    from = end + 1;
  }
  return out;
}

const words = new Intl.Segmenter('en', { granularity: 'word' });

export function wordSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const s of words.segment(text))
    if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length });
  return out;
}

/**
 * Where the selection goes after `move`. With no selection yet, `at` (an offset: the top of
 * what is on screen, or a sentence already selected elsewhere) picks the first sentence or word
 * there. Null when the move would leave the block (past its last or before its first sentence)
 * or select nothing; the caller then moves to the next block or leaves the selection alone.
 */
export function moveSelection(
  text: string,
  current: Span | null,
  move: SelectionMove,
  at = 0,
): Span | null {
  const unit = move.startsWith('word') ? wordSpans(text) : sentenceSpans(text);
  if (!current) {
    const first =
      move === 'previous-sentence' ? lastEndingBy(unit, at) : unit.find((u) => u.end > at);
    return first ? { ...first } : null;
  }
  switch (move) {
    case 'word-forward':
    case 'sentence-forward': {
      const next = unit.find((u) => u.end > current.end);
      return next ? { start: current.start, end: next.end } : null;
    }
    case 'word-back': {
      // Drop the last word and the punctuation after it: "training, advisory support." → "training, advisory".
      const last = lastEndingBy(unit, current.end);
      const prev = last ? lastEndingBy(unit, last.start) : undefined;
      return prev && prev.end > current.start ? { start: current.start, end: prev.end } : null;
    }
    case 'sentence-back': {
      const prev = lastEndingBy(unit, current.end - 1);
      return prev && prev.end > current.start ? { start: current.start, end: prev.end } : null;
    }
    case 'next-sentence': {
      const next = unit.find((u) => u.start >= current.end);
      return next ? { ...next } : null;
    }
    case 'previous-sentence': {
      const prev = lastEndingBy(unit, current.start);
      return prev ? { ...prev } : null;
    }
  }
}

/** The last unit that ends at or before `offset`. */
function lastEndingBy(units: Span[], offset: number): Span | undefined {
  let found: Span | undefined;
  for (const u of units) {
    if (u.end > offset) break;
    found = u;
  }
  return found;
}
