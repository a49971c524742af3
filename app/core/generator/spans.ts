import type { Span } from '../briefing';

/** Collapses runs of whitespace (hard-wrapped copy) so an item reads as one line. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of `span` with whitespace collapsed. */
export function spanText(text: string, span: Span): string {
  return cleanText(text.slice(span.start, span.end));
}

/** Upper-cases the first character when that keeps its length ("ᾀ" would become two letters). */
export function capitalise(s: string): string {
  const first = s[0];
  if (!first) return s;
  const upper = first.toLocaleUpperCase('en');
  return upper.length === 1 && upper.toLocaleLowerCase('en') === first ? upper + s.slice(1) : s;
}

const LEADING_CONNECTIVE =
  /^(?:However|Yet|But|Meanwhile|Moreover|Still|Also|And|Furthermore|Further|Nevertheless|Nonetheless|Indeed|Instead|Finally|Additionally|In addition|In turn|Even so|Though|So),?\s+/;

/**
 * Drops a leading discourse connective ("However, …") from a sentence span and returns the
 * narrowed span. The connective carries no content, so the item rests on the rest.
 */
export function stripConnective(text: string, span: Span): Span {
  const m = LEADING_CONNECTIVE.exec(text.slice(span.start, Math.min(span.end, span.start + 40)));
  if (!m || span.start + m[0].length >= span.end) return span;
  return { start: span.start + m[0].length, end: span.end };
}

/** Removes trailing sentence punctuation from a span (for headline-like text); never empties it. */
export function trimTrailingPunctuation(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /[\s.,;:!?—–-]/.test(text[end - 1])) end--;
  return { start: span.start, end: end > span.start ? end : span.end };
}

/**
 * An item's text and sources for one span: whitespace collapsed, trailing commas, semicolons,
 * colons and dashes dropped, first letter capitalised.
 */
export function textAndSources(text: string, span: Span): { text: string; sources: Span[] } {
  const whole = cleanText(spanText(text, span));
  let end = whole.length;
  while (end > 0 && ',;:—– '.includes(whole[end - 1])) end--;
  const clean = whole.slice(0, end) || whole;
  return { text: capitalise(clean), sources: [{ start: span.start, end: span.end }] };
}

/** An item resting on several pieces of one sentence, in order, read as one line. */
export function piecesText(text: string, spans: Span[]): { text: string; sources: Span[] } {
  if (spans.length === 1) return textAndSources(text, spans[0]);
  const joined = cleanText(spans.map((p) => text.slice(p.start, p.end)).join(' '));
  let end = joined.length;
  while (end > 0 && ',;:—– '.includes(joined[end - 1])) end--;
  return {
    text: capitalise(joined.slice(0, end) || joined),
    sources: spans.map(({ start, end }) => ({ start, end })),
  };
}
