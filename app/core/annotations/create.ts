/** Turning a selection in a block into an annotation, and finding a quote for the CLI. */

import { DEFAULT_LEGEND } from '../annotation';
import type {
  Annotation,
  Confidence,
  TextPositionSelector,
  TextQuoteSelector,
  Visibility,
} from '../annotation';
import { fail, succeed } from './result';
import type { AnnotationResult } from './result';

/** Characters of prefix and suffix stored with each quote (Hypothesis uses the same 32). */
export const CONTEXT_LENGTH = 32;

/**
 * The quote selector for `blockText.slice(start, end)` with up to 32 characters of context on
 * each side (fewer at the block edges). Offsets are clamped to the text; the context never
 * begins or ends in the middle of a surrogate pair.
 */
export function describeSelection(
  blockText: string,
  start: number,
  end: number,
): TextQuoteSelector {
  const from = Math.max(0, Math.min(start, end, blockText.length));
  const to = Math.min(blockText.length, Math.max(start, end, 0));
  let prefixStart = Math.max(0, from - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(blockText.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(blockText.length, to + CONTEXT_LENGTH);
  if (suffixEnd < blockText.length && isLowSurrogate(blockText.charCodeAt(suffixEnd))) suffixEnd--;
  return {
    exact: blockText.slice(from, to),
    prefix: blockText.slice(Math.min(prefixStart, from), from),
    suffix: blockText.slice(to, Math.max(suffixEnd, to)),
  };
}

export interface NewAnnotation {
  id: string;
  blockId: string;
  blockText: string;
  start: number;
  end: number;
  note?: string;
  tags?: string[];
  /** A legend key; defaults to the first entry of the default legend ('fact'). */
  colour?: string;
  visibility?: Visibility;
  credibility?: Annotation['credibility'];
  confidence?: Confidence;
  /** ISO 8601; becomes both `created` and `updated`. */
  now: string;
}

/**
 * Builds an anchored annotation over `[start, end)` of `blockText`. Fails (as a value) on an
 * empty or out-of-range selection. Tags are trimmed and de-duplicated; empty ones dropped.
 */
export function createAnnotation(input: NewAnnotation): AnnotationResult<Annotation> {
  const { blockText, start, end } = input;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > blockText.length ||
    start > end
  ) {
    return fail(
      'out-of-range',
      `The selection ${start}–${end} is outside the block (length ${blockText.length}).`,
    );
  }
  if (start === end) return fail('empty-selection', 'Select at least one character to annotate.');
  const annotation: Annotation = {
    id: input.id,
    target: {
      blockId: input.blockId,
      quote: describeSelection(blockText, start, end),
      position: { start, end },
    },
    body: {
      note: input.note ?? '',
      tags: normaliseTags(input.tags ?? []),
      colour: input.colour ?? DEFAULT_LEGEND[0].key,
    },
    visibility: input.visibility ?? 'private',
    status: 'anchored',
    created: input.now,
    updated: input.now,
  };
  if (input.credibility !== undefined) annotation.credibility = input.credibility;
  if (input.confidence !== undefined) annotation.confidence = input.confidence;
  return succeed(annotation);
}

/** Trimmed, non-empty, first occurrence kept, order preserved. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const trimmed = tag.trim();
    if (trimmed === '' || seen.has(trimmed)) continue;
    seen.add(trimmed);
    result.push(trimmed);
  }
  return result;
}

/**
 * The span of the `occurrence`-th (1-based) exact occurrence of `quote` in `blockText`,
 * counting overlapping occurrences. Errors as values: empty quote, quote not in the text,
 * occurrence out of range (the message says how many there are).
 */
export function findQuote(
  blockText: string,
  quote: string,
  occurrence = 1,
): AnnotationResult<TextPositionSelector> {
  if (quote.length === 0) return fail('empty-quote', 'The quote is empty.');
  if (!Number.isInteger(occurrence) || occurrence < 1) {
    return fail(
      'occurrence-out-of-range',
      `Occurrence must be a whole number from 1, not ${occurrence}.`,
    );
  }
  const starts: number[] = [];
  for (let at = blockText.indexOf(quote); at !== -1; at = blockText.indexOf(quote, at + 1))
    starts.push(at);
  if (starts.length === 0)
    return fail('quote-not-found', `The quote "${shorten(quote)}" does not occur in the text.`);
  if (occurrence > starts.length) {
    const times = starts.length === 1 ? 'once' : `${starts.length} times`;
    return fail(
      'occurrence-out-of-range',
      `The quote "${shorten(quote)}" occurs ${times}, so occurrence ${occurrence} does not exist.`,
    );
  }
  const start = starts[occurrence - 1];
  return succeed({ start, end: start + quote.length });
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
