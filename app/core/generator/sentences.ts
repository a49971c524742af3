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
 * something that can open a sentence; abbreviations and single-letter initials do not end one.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 46 /* . */ && ch !== 33 /* ! */ && ch !== 63 /* ? */) continue;
    let j = i + 1;
    while (j < end && CLOSERS.includes(text[j])) j++;
    if (j >= end) break;
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
