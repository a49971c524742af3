import type { KeyFigure, Span } from '../briefing';
import type { Analysis, Sentence } from './analysis';
import { cleanText } from './spans';

const NUMBER =
  /(?<![\p{L}\p{N}.,:/-])((?:US|A|C|HK)?[£$€¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(bn|billion|mn|million|m|trillion|tn|k))?(?![\p{L}\p{N}]|[.,]\d|-[\p{L}\p{N}]|:\d)/gu;
const QUALIFIER =
  /(?:^|\s)((?:just\s+)?(?:over|more than|almost|nearly|about|around|up to|at least|some|roughly|approximately|less than|fewer than|under|below|above|an estimated|in excess of|close to|as many as|as much as|down from|up from))\s+$/i;
const CURRENCY_WORD_BEFORE =
  /(?:^|[\s(;])(pounds|dollars|euros|yen|rupees|roubles|rubles|francs)\s+$/i;
/**
 * Units written after a number. Shares and rates (%, per cent, points, basis points, bps),
 * currencies named in words, and a small closed set of measures (mass, distance, area, volume,
 * energy) that make a number a figure on their own.
 */
const UNIT_AFTER =
  /^(\s?%|\s+percentage points?|\s+basis points?|\s?bps\b|\s+per\s?cent|\s+percent\b|\s+(?:yen|euros?|dollars?|pounds|rupees|roubles|rubles|francs)\b|\s?(?:tonnes|tons|km|kilometres|kilometers|miles|hectares|acres|sq(?:uare)? (?:km|kilometres|kilometers|miles|metres|meters)|barrels|megawatts|gigawatts|MW|GW|litres|liters|gallons)\b)/i;
/** A unit that makes a share or rate, not money: "%", "per cent", "25 basis points". */
const SHARE_UNIT = /%|cent|point|bps/i;
const MONEY_UNIT = /yen|euro|dollar|pound|rupee|rouble|ruble|franc/i;
/** Words after a bare number that make it a duration or a non-count, not a key figure. */
const NOT_COUNTED =
  /^(?:to|and|or|from|in|of|on|at|by|for|is|was|are|were|that|which|who|per|a|the|hours?|days?|weeks?|months?|years?|minutes?|seconds?|times?|years?-old|am|pm|GMT|EST|BST|UTC)$/i;
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:—–()]|\s-\s/g;
/** The second figure of a range, right after the first: "between 3% [and 3.5%]". */
const RANGE_AND = /^\s+and\s+/;
/** Words that finish a number ("90 per cent", "5 billion"): a window never starts or ends inside one. */
const NUMBER_TAIL =
  /^(?:per|cent|percent|%|percentage|points?|bn|billion|mn|million|m|trillion|tn|k)$/i;
const NUMBER_WORD = /^[£$€¥]?\d[\d,.]*(?:%|bn|m|k)?$/;
const MAX_FIGURES = 12;
const WINDOW_STOP = /^(?:and|or|but|the|a|an|of|to|for|with|by|at|in|on|from|as|that|which)$/i;
/**
 * Function words a context must not end on: articles, determiners, prepositions,
 * conjunctions, subordinators, relative pronouns and auxiliaries (closed classes), so the
 * window stops on a content word ("…across Kenya", not "…across Kenya since").
 */
const TRAILING_STOP =
  /^(?:and|or|but|nor|so|yet|the|a|an|its|their|his|her|our|your|my|this|that|these|those|of|to|for|with|by|at|in|on|from|as|into|onto|over|under|about|after|before|since|until|till|when|while|where|whereas|because|if|than|though|although|unless|whether|which|who|whom|whose|is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|not|per|between|among|against|during|through|via|amid|despite|toward|towards|upon)$/i;
/** Lower-case particles inside names ("Viña del Mar", "Ludwig van Beethoven"). */
const NAME_PARTICLE = /^(?:de|del|della|der|di|da|do|dos|das|du|la|le|van|von|al|el|bin|ibn|y)$/;
/** Extra words a context may take to finish a name it would otherwise cut. */
const NAME_SLACK = 3;
const WORDS_BEFORE = 7;
const WORDS_AFTER = 8;

/**
 * Numbers that matter — money, percentages and counts of things — with the words that say what
 * they count. Years, dates, times, ages, index names ("FTSE 100") and durations are skipped.
 * Linear: one regex pass per body sentence; capped at MAX_FIGURES in text order.
 */
export function findKeyFigures(analysis: Analysis): KeyFigure[] {
  const { text } = analysis;
  const figures: KeyFigure[] = [];
  const seen = new Set<string>();
  for (const s of analysis.body) {
    if (figures.length >= MAX_FIGURES) break;
    for (const figure of figuresIn(text, s)) {
      const key = `${figure.value}|${figure.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      figures.push({ id: `kf-${figures.length + 1}`, ...figure });
      if (figures.length >= MAX_FIGURES) break;
    }
  }
  return figures;
}

function figuresIn(text: string, s: Sentence): Omit<KeyFigure, 'id'>[] {
  const out: Omit<KeyFigure, 'id'>[] = [];
  const sentence = text.slice(s.start, s.end);
  let lastEnd = -10;
  let skipUntil = -1;
  let dateIndex = 0; // numbers and dates both come in text order
  for (const m of sentence.matchAll(NUMBER)) {
    let start = s.start + (m.index ?? 0);
    let end = start + m[0].length;
    if (start < skipUntil) continue;
    while (dateIndex < s.dates.length && s.dates[dateIndex].end <= start) dateIndex++;
    const date = s.dates[dateIndex];
    if (date && start < date.end && end > date.start) continue;
    const currency = Boolean(m[1]);
    const scale = Boolean(m[4]);
    const before = text.slice(Math.max(s.start, start - 40), start);
    const after = text.slice(end, Math.min(s.end, end + 40));
    // "between 3% and 3.5%" is one figure; the unit may come only after the second number.
    const range = /\bbetween\s+$/i.test(before) ? rangeEnd(text, s, end) : null;
    const unit = UNIT_AFTER.exec(after) ?? range?.unit ?? null;
    const currencyWord = CURRENCY_WORD_BEFORE.exec(before);
    const isMoney =
      currency || Boolean(currencyWord) || (unit !== null && MONEY_UNIT.test(unit[0]));
    const isShare = unit !== null && SHARE_UNIT.test(unit[0]);
    const isMeasure = unit !== null && !isMoney && !isShare;
    // A conversion in brackets right after another figure ("540bn yen (dollars 5.2bn …)").
    if (isMoney && start - lastEnd <= 12 && /[(;]\s*(?:\p{L}+\s+)?$/u.test(before)) {
      lastEnd = end;
      continue;
    }
    // "a record 4.96 billion," counts something even when no noun follows it.
    if (!isMoney && !isShare && !isMeasure && !scale) {
      const digits = m[2];
      if (!scale && !m[3] && /^(1[89]|20|21)\d\d$/.test(digits)) continue; // a year
      if (
        /\p{Lu}[\p{L}\p{N}]*\s$/u.test(before) &&
        !/(?:^|\s)(?:The|A|Over|About|Some|Almost|Nearly|More|Around|Between)\s$/.test(before)
      )
        continue; // "FTSE 100", "Radio 4"
      if (/,\s$/.test(before) && /^,/.test(after)) continue; // an age: "Rapanos, 65,"
      const next = /^\s+([\p{L}'’-]+)/u.exec(
        range ? text.slice(range.end, Math.min(s.end, range.end + 40)) : after,
      );
      if (!next || NOT_COUNTED.test(next[1])) continue;
    }
    if (range) {
      end = range.end;
      skipUntil = range.end;
      start -= /between\s+$/i.exec(before)![0].length;
    } else if (unit) end += unit[0].length;
    if (currencyWord) start -= currencyWord[0].replace(/^[\s(;]/, '').length;
    const qualifier = range
      ? null
      : QUALIFIER.exec(text.slice(Math.max(s.start, start - 30), start));
    if (qualifier) start -= qualifier[0].trimStart().length;
    lastEnd = end;
    const value = cleanText(text.slice(start, end));
    const span = describe(text, s, { start, end });
    out.push({ value, text: cleanText(text.slice(span.start, span.end)), sources: [span] });
  }
  return out;
}

/**
 * The end of "and 3.5%" after the first number of a "between" range ending at `at`, with the
 * unit the range carries, or null when no number follows.
 */
function rangeEnd(
  text: string,
  s: Sentence,
  at: number,
): { end: number; unit: RegExpExecArray | null } | null {
  const firstUnit = UNIT_AFTER.exec(text.slice(at, Math.min(s.end, at + 40)));
  const from = at + (firstUnit ? firstUnit[0].length : 0);
  const and = RANGE_AND.exec(text.slice(from, Math.min(s.end, from + 12)));
  if (!and) return null;
  const second = new RegExp(NUMBER.source, 'uy');
  const rest = text.slice(from + and[0].length, s.end);
  const m = second.exec(rest);
  if (!m) return null;
  let end = from + and[0].length + m[0].length;
  const unit = UNIT_AFTER.exec(text.slice(end, Math.min(s.end, end + 40)));
  if (unit) end += unit[0].length;
  return { end, unit: firstUnit ?? unit };
}

/** The clause around the figure, at most a few words either side of it. */
function describe(text: string, s: Sentence, figure: Span): Span {
  let start = s.start;
  let end = s.end;
  for (const m of text.slice(s.start, figure.start).matchAll(CLAUSE_BREAK))
    start = s.start + (m.index ?? 0) + m[0].length;
  const next = text.slice(figure.end, s.end).search(CLAUSE_BREAK);
  if (next >= 0) end = figure.end + next;
  const clauseStart = start;
  const beforeWords = [...text.slice(start, figure.start).matchAll(/\S+/g)];
  if (beforeWords.length > WORDS_BEFORE) {
    // Start the window on a whole name and a content word: not "Rights and Amnesty …" or "and …".
    const word = (i: number): string => beforeWords[i][0];
    const isCap = (i: number): boolean => /^\p{Lu}/u.test(word(i));
    const isLink = (i: number): boolean => /^(?:of|for|the)$/.test(word(i));
    let w = beforeWords.length - WORDS_BEFORE;
    const midName = isCap(w) && (isCap(w - 1) || (isLink(w - 1) && w >= 2 && isCap(w - 2)));
    if (midName) while (w < beforeWords.length && (isCap(w) || isLink(w))) w++;
    // Nor on the tail of another number: not "cent of conventional operations …".
    while (w < beforeWords.length && NUMBER_TAIL.test(word(w).replace(/[.,;:]+$/, ''))) w++;
    while (w < beforeWords.length && WINDOW_STOP.test(word(w))) w++;
    start =
      clauseStart +
      (w < beforeWords.length ? (beforeWords[w].index ?? 0) : figure.start - clauseStart);
  }
  const afterWords = [...text.slice(figure.end, end).matchAll(/\S+/g)];
  if (afterWords.length > WORDS_AFTER) {
    // End on a whole number phrase: "90 per cent", not "90 per".
    let n = WORDS_AFTER;
    const bare = (i: number): string => afterWords[i][0].replace(/[.,;:]+$/, '');
    while (
      n < afterWords.length &&
      n < WORDS_AFTER + 3 &&
      (NUMBER_TAIL.test(bare(n)) || (NUMBER_WORD.test(bare(n - 1)) && /^per$/i.test(bare(n))))
    )
      n++;
    if (n < afterWords.length && NUMBER_TAIL.test(bare(n))) {
      // The number phrase runs on past the window: stop before it instead.
      while (n > 1 && (NUMBER_WORD.test(bare(n - 1)) || NUMBER_TAIL.test(bare(n - 1)))) n--;
    }
    n = endOnName(
      afterWords.map((w) => w[0]),
      n,
    );
    const last = afterWords[n - 1];
    end = figure.end + (last.index ?? 0) + last[0].length;
  }
  end = trimTrailingFunctionWords(text, figure.end, end);
  while (start < end && /[\s"'“‘]/.test(text[start])) start++;
  // A clause after ", and" reads from its own words.
  const conjunction = /^(?:and|but|or)\s+/i.exec(text.slice(start, figure.start));
  if (conjunction) start += conjunction[0].length;
  while (end > start && /[\s.,;:!?"'”’]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The number of window words to keep so the window does not stop inside a capitalised name
 * ("…the coastal cities of Viña del" → "…Viña del Mar"): takes up to NAME_SLACK more words
 * of the name, else backs off before it. `words` are the words after the figure; `n` the count
 * chosen so far (at least 1).
 */
function endOnName(words: string[], n: number): number {
  const bare = (i: number): string => words[i].replace(/[.,;:!?"'”’)]+$/, '');
  const ends = (i: number): boolean => bare(i) !== words[i]; // punctuation closes the name
  const isCap = (i: number): boolean => /^\p{Lu}/u.test(bare(i));
  const inName = (i: number): boolean =>
    i < words.length &&
    i > 0 &&
    !ends(i - 1) &&
    (isCap(i) || (NAME_PARTICLE.test(bare(i)) && i + 1 < words.length && isCap(i + 1))) &&
    (isCap(i - 1) || NAME_PARTICLE.test(bare(i - 1)));
  if (!inName(n)) return n;
  let more = n;
  while (more < words.length && more < n + NAME_SLACK && inName(more)) more++;
  if (!inName(more)) return more;
  let less = n;
  while (less > 1 && (isCap(less - 1) || NAME_PARTICLE.test(bare(less - 1)))) less--;
  return less;
}

/**
 * Moves `end` back over trailing function words (TRAILING_STOP, name particles) so a context
 * ends on a content word; never past `floor` (the figure's end).
 */
function trimTrailingFunctionWords(text: string, floor: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > floor && /[\s,;:.!?"”’—–-]/.test(text[e - 1])) e--;
    let w = e;
    while (w > floor && /[\p{L}'’]/u.test(text[w - 1])) w--;
    if (w === e || w <= floor || !/\s/.test(text[w - 1])) return e;
    const word = text.slice(w, e);
    if (!TRAILING_STOP.test(word) && !NAME_PARTICLE.test(word)) return e;
    e = w;
  }
}
