import type { Span } from '../briefing';

/**
 * Words that end with a full stop without ending a sentence ("Mr. Brown", "U.S. forces").
 * Intl.Segmenter splits after all of these, which is why we keep our own splitter.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'adm',
  'cmdr',
  'rep',
  'sen',
  'gov',
  'pres',
  'rev',
  'hon',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'op',
  'vol',
]);

const CLOSERS = '"\'”’)]»';
const ATTRIBUTION =
  /^(?:[\p{L}'’-]+\s+){0,5}(?:said|says|announced|added|told|asked|shouted|wrote|insisted|declared|replied|stated)\b/u;

/**
 * Splits `text[start, end)` into sentence spans (trimmed, never empty). Linear in the length.
 * A sentence ends at `.`, `!` or `?` (plus closing quotes/brackets) followed by whitespace and
 * something that can open a sentence; abbreviations and single-letter initials do not end one,
 * nor does a full stop inside a quotation that is closed later in the same range.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const quotes = closedQuotations(text, start, end);
  let q = 0;
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 46 /* . */ && ch !== 33 /* ! */ && ch !== 63 /* ? */) continue;
    let j = i + 1;
    while (j < end && CLOSERS.includes(text[j])) j++;
    if (j >= end) break;
    // Never inside a quotation that closes later in the paragraph: “A. B.” is one sentence.
    while (q < quotes.length && quotes[q].end < j) q++;
    if (q < quotes.length && quotes[q].start < i && j <= quotes[q].end) continue;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    if (!canOpenSentence(text[k])) continue;
    if (ch === 46 && isAbbreviation(text, sentenceStart, i)) continue;
    // “… in the world!” CNE president Elvis Amoroso announced: the attribution belongs to the quote.
    if (j > i + 1 && ch !== 46 && ATTRIBUTION.test(text.slice(k, Math.min(end, k + 80)))) continue;
    pushTrimmed(text, sentenceStart, j, spans);
    sentenceStart = k;
    i = k - 1;
  }
  pushTrimmed(text, sentenceStart, end, spans);
  return spans;
}

/**
 * The quotations opened and closed within `text[start, end)`, as spans from the opening mark to
 * the closing one (inclusive of its index), in order, outermost only. Double quotes (“ ” and
 * straight ") and single curly quotes (‘ ’) count; a ’ closes only a ‘ that is open and only
 * when no letter follows it (not the apostrophe in "It’s"). A quotation left open counts not
 * at all, so a quote running on into the next paragraph does not swallow this one. Linear.
 */
function closedQuotations(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let double = -1;
  let single = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (double < 0 && (c === '“' || c === '"')) double = i;
    else if (double >= 0 && (c === '”' || (c === '"' && !opensQuote(text, i)))) {
      out.push({ start: double, end: i });
      double = -1;
    } else if (single < 0 && c === '‘' && !/\p{L}/u.test(text[i - 1] ?? ' ')) single = i;
    else if (single >= 0 && c === '’' && !/\p{L}/u.test(text[i + 1] ?? ' ')) {
      out.push({ start: single, end: i });
      single = -1;
    }
  }
  // A quotation nested in another closes first: sort by start and keep the outermost.
  out.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of out) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

/** A straight quote after a space and before a word opens a quotation ( said "It…) rather than closes one. */
function opensQuote(text: string, i: number): boolean {
  return (i === 0 || isSpace(text.charCodeAt(i - 1))) && /[\p{L}\p{N}‘']/u.test(text[i + 1] ?? '');
}

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x2009
  );
}

function canOpenSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"'“‘([«¿¡\p{Lo}]/u.test(ch);
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 1 && /\p{L}/u.test(word)) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word);
}

/** Pushes `[from, to)` with surrounding whitespace removed, if anything is left. Mutates `out`. */
export function pushTrimmed(text: string, from: number, to: number, out: Span[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
