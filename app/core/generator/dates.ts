/**
 * Date expressions in English news copy, resolved to ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Precision is never invented: "in December 2024" gives `2024-12`, a bare weekday gives a day
 * only when a reference date is known, and relative words without one are dropped.
 * We use our own patterns rather than chrono-node: chrono resolves "December 2024" to a day and
 * needs a wall-clock reference, and app/core may not import outside core (STYLE.md).
 */

import { clauseTense } from './clause-tense';

export interface DateMention {
  start: number;
  end: number;
  /** ISO date at the precision the text gives. */
  date: string;
  relative: boolean;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MAY_HOLD_DATE =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|today|tonight|this|yesterday|last|tomorrow|next|earlier)/i;

interface Rule {
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: string | null, sentence: string) => string | null;
  relative?: boolean;
}

const RULES: Rule[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => ymd(+m[1], +m[2], +m[3]) },
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–/]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`,
      'g',
    ),
    resolve: (m) => ymd(+m[3], monthNumber(m[2]), +m[1]),
  },
  {
    re: new RegExp(
      `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–/]\\s*\\d{1,2})?,?\\s+(\\d{4})\\b`,
      'g',
    ),
    resolve: (m) => ymd(+m[3], monthNumber(m[1]), +m[2]),
  },
  {
    re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    resolve: (m) => ym(+m[2], monthNumber(m[1])),
  },
  {
    re: new RegExp(
      `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–/]\\s*\\d{1,2})?\\b(?![\\d,.:]\\d)`,
      'g',
    ),
    resolve: (m, ref, sentence) =>
      ref ? dayWithoutYear(ref, monthNumber(m[1]), +m[2], sentence, m) : null,
    relative: true,
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'g'),
    resolve: (m, ref, sentence) =>
      ref ? dayWithoutYear(ref, monthNumber(m[2]), +m[1], sentence, m) : null,
    relative: true,
  },
  {
    re: /\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(\d{4})\b/g,
    resolve: (m) => year(+m[1]),
  },
  {
    re: /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|[Bb]etween|and|or|to|through|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?((?:19|20)\d{2})\b(?![,.]?\d|[-/]\d)(?!\s+[a-z]+s\b(?<!\s(?:was|has|is|as|this|its|his|us)\b))/g,
    resolve: (m) => year(+m[1]),
  },
  {
    re: new RegExp(
      `\\b([Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ee]nd of)\\s+${MONTH}\\b(?!\\s*\\d)`,
      'g',
    ),
    resolve: (m, ref, sentence) =>
      ref ? monthWithoutYear(m[1].toLowerCase(), monthNumber(m[2]), ref, sentence, m) : null,
    relative: true,
  },
  {
    re: /\b(today|tonight|this morning|this afternoon|this evening|yesterday|last night|tomorrow|last month|this month|next month|last year|this year|next year|earlier this year|earlier this month)\b/gi,
    resolve: (m, ref) => resolveRelativeWord(m[1].toLowerCase(), ref),
    relative: true,
  },
  {
    re: /\b(?:(last|next|this|on|On|Last|Next|This)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b/g,
    resolve: (m, ref, sentence) =>
      resolveWeekday((m[1] ?? '').toLowerCase(), m[2].toLowerCase(), ref, sentence, m),
    relative: true,
  },
];

/**
 * Finds date expressions in `text[from, to)`. Overlapping matches keep the longest (earliest
 * rule on ties). `ref` (ISO, any precision) resolves relative words; without a day-precise
 * `ref`, weekdays and "yesterday" are dropped.
 */
export function findDates(
  text: string,
  from: number,
  to: number,
  ref: string | null,
): DateMention[] {
  const slice = text.slice(from, to);
  const found: DateMention[] = [];
  // Most sentences hold no date at all; one cheap pass saves eleven.
  if (!MAY_HOLD_DATE.test(slice)) return found;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of slice.matchAll(rule.re)) {
      const date = rule.resolve(m, ref, slice);
      if (!date) continue;
      const start = from + (m.index ?? 0);
      found.push({ start, end: start + m[0].length, date, relative: rule.relative === true });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DateMention[] = [];
  let lastEnd = -1;
  for (const d of found) {
    if (d.start < lastEnd) continue;
    kept.push(d);
    lastEnd = d.end;
  }
  return kept;
}

/** The date in a stamp line such as "03:47 EST, 22 June 2012" or "`2024-07-29 20:36:06`". */
export function parseStampDate(line: string): string | null {
  const dates = findDates(line, 0, line.length, null);
  const day = dates.find((d) => d.date.length === 10);
  return day ? day.date : null;
}

function resolveRelativeWord(word: string, ref: string | null): string | null {
  if (!ref) return null;
  const refYear = +ref.slice(0, 4);
  switch (word) {
    case 'today':
    case 'tonight':
    case 'this morning':
    case 'this afternoon':
    case 'this evening':
      return ref.length === 10 ? ref : null;
    case 'yesterday':
    case 'last night':
      return ref.length === 10 ? addDays(ref, -1) : null;
    case 'tomorrow':
      return ref.length === 10 ? addDays(ref, 1) : null;
    case 'this month':
    case 'earlier this month':
      return ref.length >= 7 ? ref.slice(0, 7) : null;
    case 'last month':
      return ref.length >= 7 ? addMonths(ref.slice(0, 7), -1) : null;
    case 'next month':
      return ref.length >= 7 ? addMonths(ref.slice(0, 7), 1) : null;
    case 'last year':
      return year(refYear - 1);
    case 'next year':
      return year(refYear + 1);
    default:
      return year(refYear);
  }
}

/**
 * A weekday (`match` in `sentence`) resolved against the article's date `ref`, within a week
 * either way:
 * 1. "next Friday" is the first Friday after `ref`, "last Friday" the last one before it.
 * 2. Otherwise the article's own weekday is the article date: wire copy names today by its
 *    weekday ("said Monday", "will vote Monday" in a Monday story).
 * 3. Otherwise the clause's tense decides (clauseTense): a future cue ("will meet on Friday",
 *    "is due to open on Friday", "Friday's summit is expected to…") looks ahead, a past cue
 *    ("said on Friday", "met on Tuesday") looks back.
 * 4. Otherwise it looks back: news reports what has happened.
 */
function resolveWeekday(
  modifier: string,
  day: string,
  ref: string | null,
  sentence: string,
  match: { index: number; 0: string },
): string | null {
  if (!ref || ref.length !== 10) return null;
  const target = WEEKDAYS.indexOf(day);
  const refDay = new Date(`${ref}T00:00:00Z`).getUTCDay();
  const ahead = (target - refDay + 7) % 7;
  const back = (refDay - target + 7) % 7;
  if (modifier === 'next') return addDays(ref, ahead || 7);
  if (modifier === 'last') return addDays(ref, -(back || 7));
  if (target === refDay) return ref;
  const tense = clauseTense(sentence, match.index, match.index + match[0].length);
  return tense === 'future' ? addDays(ref, ahead) : addDays(ref, -back);
}

/**
 * A month named without a year ("in December") resolved against the article's date `ref`:
 * "next" looks ahead, "last" and "since" look back, "this" is the article's year. Otherwise the
 * clause's tense decides as for weekdays (clauseTense): in a future clause ("economists expect
 * a rise in December", "a treaty could be signed in February") the month is the next one on
 * or after the article's; in a past clause or with no cue, the last one on or before it.
 */
function monthWithoutYear(
  word: string,
  month: number,
  ref: string,
  sentence: string,
  match: { index: number; 0: string },
): string | null {
  const refYear = +ref.slice(0, 4);
  if (ref.length < 7) return ym(refYear, month);
  const refMonth = +ref.slice(5, 7);
  const ahead = month >= refMonth ? refYear : refYear + 1;
  const back = month <= refMonth ? refYear : refYear - 1;
  if (word === 'next') return ym(month > refMonth ? refYear : refYear + 1, month);
  if (word === 'last') return ym(month < refMonth ? refYear : refYear - 1, month);
  if (word === 'this') return ym(refYear, month);
  if (word === 'since') return ym(back, month);
  const tense = clauseTense(sentence, match.index, match.index + match[0].length);
  return ym(tense === 'future' ? ahead : back, month);
}

/** How far ahead of the reference a yearless date may lie before we read it as last year's. */
const FUTURE_WINDOW_DAYS = 45;
const FUTURE_CUE = /\b(?:will|next|upcoming|scheduled|due to|set to|plans? to|expected to)\b/i;

/**
 * "October 7" written on 30 July: news speaks of the past, so a date more than
 * FUTURE_WINDOW_DAYS ahead is last year's unless the sentence, or the date's clause
 * (clauseTense), speaks of the future.
 */
function dayWithoutYear(
  ref: string,
  month: number,
  day: number,
  sentence: string,
  match: { index: number; 0: string },
): string | null {
  const refYear = +ref.slice(0, 4);
  const refMonth = ref.length >= 7 ? +ref.slice(5, 7) : month;
  let y = nearYear(ref, month);
  const candidate = ymd(y, month, day);
  if (candidate && ref.length === 10 && y === refYear && month >= refMonth) {
    const ahead = (Date.parse(candidate) - Date.parse(ref)) / 86_400_000;
    const future =
      FUTURE_CUE.test(sentence) ||
      clauseTense(sentence, match.index, match.index + match[0].length) === 'future';
    if (ahead > FUTURE_WINDOW_DAYS && !future) y = refYear - 1;
  }
  return ymd(y, month, day);
}

/** The year that puts `month` closest to (and preferably not after) the reference month. */
function nearYear(ref: string, month: number): number {
  const refYear = +ref.slice(0, 4);
  const refMonth = ref.length >= 7 ? +ref.slice(5, 7) : month;
  if (month - refMonth > 6) return refYear - 1;
  if (refMonth - month > 6) return refYear + 1;
  return refYear;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(key)) + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function year(y: number): string | null {
  return y >= 1800 && y <= 2199 ? String(y) : null;
}

function ym(y: number, m: number): string | null {
  return year(y) && m >= 1 && m <= 12 ? `${y}-${pad(m)}` : null;
}

function ymd(y: number, m: number, d: number): string | null {
  if (!ym(y, m) || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function addMonths(isoMonth: string, months: number): string {
  const total = +isoMonth.slice(0, 4) * 12 + (+isoMonth.slice(5, 7) - 1) + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}
