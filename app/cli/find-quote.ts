/**
 * Finding `annotate --quote` in a block when the typed words differ from the article's only in
 * typography: a shell makes `'` easy and `’` hard, and an article's double spaces and dashes
 * are invisible in a terminal. Pure; the match is reported in the block's own characters, so
 * the stored quote is the article's text.
 */
import { findQuote } from '../core/annotations/create';
import { fail, succeed } from '../core/annotations/result';
import type { AnnotationResult } from '../core/annotations/result';
import type { TextPositionSelector } from '../core/annotation';

const SINGLE_QUOTES = new Set(["'", '‘', '’', '‚', '‛', '′', 'ʼ', '`']);
const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '‟', '″']);
const DASHES = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−']);

/** One character in its folded form: every quote, dash or space of a kind becomes one of them. */
function foldChar(char: string): string {
  if (SINGLE_QUOTES.has(char)) return "'";
  if (DOUBLE_QUOTES.has(char)) return '"';
  if (DASHES.has(char)) return '-';
  return /\s/u.test(char) ? ' ' : char;
}

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: the span of the original text it stands for. */
  starts: number[];
  ends: number[];
}

/** `text` with quotes, dashes and runs of whitespace folded (a run becomes one space). */
function fold(text: string): Folded {
  const folded: Folded = { text: '', starts: [], ends: [] };
  for (let i = 0; i < text.length; i++) {
    const char = foldChar(text[i] ?? '');
    if (char === ' ' && folded.text.endsWith(' ')) {
      folded.ends[folded.ends.length - 1] = i + 1;
      continue;
    }
    folded.text += char;
    folded.starts.push(i);
    folded.ends.push(i + 1);
  }
  return folded;
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}

/**
 * The span of the `occurrence`-th (1-based) occurrence of `quote` in `blockText`. The exact
 * quote wins whenever it occurs at all; when it does not, straight and curly quotes, the
 * dashes - ‐ – — and any run of whitespace count as equal, and `occurrence` counts those
 * matches (overlapping ones too, as findQuote does). The span covers the block's own
 * characters. Errors as values, as findQuote's.
 */
export function findQuoteLoosely(
  blockText: string,
  quote: string,
  occurrence = 1,
): AnnotationResult<TextPositionSelector> {
  const exact = findQuote(blockText, quote, occurrence);
  if (exact.ok || exact.error.code !== 'quote-not-found') return exact;
  const needle = fold(quote).text.trim();
  if (needle === '') return exact;
  const haystack = fold(blockText);
  const starts: number[] = [];
  for (
    let at = haystack.text.indexOf(needle);
    at !== -1;
    at = haystack.text.indexOf(needle, at + 1)
  )
    starts.push(at);
  if (starts.length === 0) return exact;
  const at = starts[occurrence - 1];
  if (at === undefined) {
    const times = starts.length === 1 ? 'once' : `${starts.length} times`;
    return fail(
      'occurrence-out-of-range',
      `The quote "${shorten(quote)}" occurs ${times} (taking straight and curly quotes, dashes and spacing as equal), so occurrence ${occurrence} does not exist.`,
    );
  }
  return succeed({
    start: haystack.starts[at] ?? 0,
    end: haystack.ends[at + needle.length - 1] ?? 0,
  });
}
