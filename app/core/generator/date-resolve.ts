/**
 * Resolving yearless and relative dates against the article's reference date, and the ISO
 * arithmetic behind it. Used by dates.ts.
 */

import { clauseTense } from './clause-tense';

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

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A relative word ("yesterday", "last month", "this year") against the reference, or null. */
export function resolveRelativeWord(word: string, ref: string | null): string | null {
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
export function resolveWeekday(
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
 * or after the article's; in a past clause the last one on or before it; with no cue at all the
 * nearest one ("The regime comes … in January" written in November is next January).
 */
export function monthWithoutYear(
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
  if (tense === null) return ym(nearYear(ref, month), month);
  return ym(tense === 'future' ? ahead : back, month);
}

/** How far ahead of the reference a yearless date may lie before we read it as last year's. */
const FUTURE_WINDOW_DAYS = 45;
const FUTURE_CUE =
  /\b(?:will|next|upcoming|scheduled|due|set to|plans? to|expected to|(?:takes?|comes?|enters?) (?:effect|into force))\b/i;

/**
 * "October 7" written on 30 July: news speaks of the past, so a date more than
 * FUTURE_WINDOW_DAYS ahead is last year's unless the sentence, or the date's clause
 * (clauseTense), speaks of the future.
 */
export function dayWithoutYear(
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

/** 1–12 for a month name or abbreviation ("Sept.", "march"). */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(key)) + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO year, or null outside 1800–2199. */
export function year(y: number): string | null {
  return y >= 1800 && y <= 2199 ? String(y) : null;
}

/** An ISO `YYYY-MM`, or null when invalid. */
export function ym(y: number, m: number): string | null {
  return year(y) && m >= 1 && m <= 12 ? `${y}-${pad(m)}` : null;
}

/** An ISO `YYYY-MM-DD`, or null when the day does not exist. */
export function ymd(y: number, m: number, d: number): string | null {
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
