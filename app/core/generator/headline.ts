import type { Span } from '../briefing';
import { capitalise, cleanText, trimTrailingPunctuation } from './spans';

const MAX_WORDS = 14;
const PREPOSITION = /^(?:during|at|in|on|after|amid|as|with|for|to|from|by|while|following)$/;
const LEADING_ADVERBIAL =
  /^(?:On|In|At|By|During|After|Before|Since|Earlier|Late|Early|Last|This|Following|Amid|According to)\b[^,]{0,60},\s*/;

/**
 * Builds a short headline from the lead sentence when the article has no title of its own:
 * drops a leading time/place adverbial, comma-bounded appositives and trailing clauses.
 * Returns the text and the spans of the words it keeps (in order).
 */
export function headlineFromLead(
  text: string,
  lead: Span,
  maxWords = MAX_WORDS,
): { title: string; sources: Span[] } {
  let pieces: Span[] = [trimTrailingPunctuation(text, lead)];
  const first = pieces[0];
  const m = LEADING_ADVERBIAL.exec(text.slice(first.start, first.end));
  if (m && wordsIn(text, first) - wordsOfString(m[0]) >= 5) {
    pieces = [{ start: first.start + m[0].length, end: first.end }];
  }
  pieces = cutAtClauseBreak(text, pieces[0]);
  pieces = dropAppositives(text, pieces[0]);
  pieces = capWords(text, pieces, maxWords);
  const title = capitalise(cleanText(pieces.map((p) => text.slice(p.start, p.end)).join(' ')));
  return { title, sources: pieces.map(({ start, end }) => ({ start, end })) };
}

/** Cuts before " - ", dashes, semicolons and ", which/while/as" once enough words came first. */
function cutAtClauseBreak(text: string, span: Span): Span[] {
  const s = text.slice(span.start, span.end);
  // (?<!\s) keeps this linear on long runs of spaces.
  const re = /(?<!\s)\s+[-–—]\s+|—|;|,\s+(?:which|while|as|amid|after|saying|adding|according)\b/g;
  for (const m of s.matchAll(re)) {
    if (wordsOfString(s.slice(0, m.index)) >= 6)
      return [{ start: span.start, end: span.start + (m.index ?? 0) }];
  }
  return [span];
}

/** Removes ", X," stretches of up to 10 words when at least 5 words remain outside them. */
function dropAppositives(text: string, span: Span): Span[] {
  const s = text.slice(span.start, span.end);
  const pieces: Span[] = [];
  let cursor = 0;
  const re = /,\s+([^,]{1,120}?),/g;
  for (const m of s.matchAll(re)) {
    const inner = m[1];
    if (wordsOfString(inner) > 10 || !/^(?:the\s+|a\s+)?\p{Lu}/u.test(inner)) continue;
    pieces.push({ start: span.start + cursor, end: span.start + (m.index ?? 0) });
    cursor = (m.index ?? 0) + m[0].length;
  }
  pieces.push({ start: span.start + cursor, end: span.end });
  const kept = pieces.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
  const total = kept.reduce((n, p) => n + wordsIn(text, p), 0);
  return total >= 5 ? kept : [span];
}

/** Keeps at most `maxWords` words, cutting at the last preposition before the limit if one helps. */
function capWords(text: string, pieces: Span[], maxWords: number): Span[] {
  const total = pieces.reduce((n, p) => n + wordsIn(text, p), 0);
  if (total <= maxWords) return pieces;
  const out: Span[] = [];
  let budget = maxWords;
  for (const p of pieces) {
    if (budget <= 0) break;
    const words = [...text.slice(p.start, p.end).matchAll(/\S+/g)];
    if (words.length <= budget) {
      out.push(p);
      budget -= words.length;
      continue;
    }
    // A trailing piece that would be cut to a stub ("during an") is left out altogether.
    if (out.length && (budget < 4 || PREPOSITION.test(words[0]?.[0] ?? ''))) break;
    let cut = budget;
    for (let i = budget; i >= 4; i--) {
      if (PREPOSITION.test(words[i]?.[0] ?? '')) {
        cut = i;
        break;
      }
    }
    const last = words[cut - 1];
    out.push({ start: p.start, end: p.start + (last.index ?? 0) + last[0].length });
    budget = 0;
  }
  return out.map((p) => trimTrailingPunctuation(text, p));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,]/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return { start, end };
}

function wordsIn(text: string, span: Span): number {
  return wordsOfString(text.slice(span.start, span.end));
}

function wordsOfString(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\S+/g)) n++;
  return n;
}
