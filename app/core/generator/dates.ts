/**
 * Date expressions in English news copy, resolved to ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Precision is never invented: "in December 2024" gives `2024-12`, a bare weekday gives a day
 * only when a reference date is known, and relative words without one are dropped.
 * We use our own patterns rather than chrono-node: chrono resolves "December 2024" to a day and
 * needs a wall-clock reference, and app/core may not import outside core (STYLE.md).
 */

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
      ref ? dayWithoutYear(ref, monthNumber(m[1]), +m[2], sentence) : null,
    relative: true,
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'g'),
    resolve: (m, ref, sentence) =>
      ref ? dayWithoutYear(ref, monthNumber(m[2]), +m[1], sentence) : null,
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
    resolve: (m, ref) => {
      if (!ref) return null;
      const month = monthNumber(m[2]);
      const word = m[1].toLowerCase();
      const refYear = +ref.slice(0, 4);
      const refMonth = ref.length >= 7 ? +ref.slice(5, 7) : 12;
      if (word === 'next') return ym(month > refMonth ? refYear : refYear + 1, month);
      return ym(month > refMonth ? refYear - 1 : refYear, month);
    },
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
 * 3. Otherwise the nearest tense cue before the weekday in its clause decides: a future cue
 *    ("will meet on Friday", "is due to open on Friday") looks ahead, a past cue ("said on
 *    Friday", "met on Tuesday") looks back.
 * 4. With no cue before it, the first cue after it decides ("Friday's summit is expected to…").
 * 5. Otherwise it looks back: news reports what has happened.
 * A clause ends at `; : ( )`, a quotation mark, a dash or another weekday (CLAUSE_BREAK), and
 * within CLAUSE_WINDOW characters; commas do not end it, so a list ("will meet in Rome, Paris
 * and Berlin on Friday") keeps its verb.
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
  const end = match.index + match[0].length;
  const tense =
    nearestTense(clauseBefore(sentence, match.index), 'last') ??
    nearestTense(clauseAfter(sentence, end), 'first');
  return tense === 'future' ? addDays(ref, ahead) : addDays(ref, -back);
}

/**
 * Words that put a weekday ahead of the article. "Expected/due/set to" and "scheduled" after
 * was/were/been/had are past ("was expected to arrive on Friday"), so the look-behind drops them.
 */
const WEEKDAY_FUTURE_CUE =
  /\b(?:will|shall|won['’]t|going to|plans? to|planning to|intends? to|upcoming|forthcoming|(?<!\b(?:was|were|been|had)\s+)(?:(?:set|due|expected|slated|poised) to|scheduled))\b|['’]ll\b/gi;
/** Past-tense words that put a weekday behind it; a participle after "be" is not past. */
const WEEKDAY_PAST_CUE =
  /\b(?:was|were|had|did|(?<!\b(?:be|being)\s+)(?:said|told|met|held|announced|agreed|signed|visited|spoke|arrived|began|ended|took|came|went|reported|claimed|added|joined|declared|launched|killed))\b/gi;
/** Where a weekday's clause ends: strong punctuation, quotation marks, dashes, another weekday. */
const CLAUSE_BREAK =
  /[;:()“”"—–]|\s-\s|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b/g;

/**
 * How far from a weekday we look for its cues, in characters. A clause rarely runs longer, and
 * the bound keeps a sentence with thousands of weekdays linear.
 */
const CLAUSE_WINDOW = 200;

/** The words of `sentence` from the last clause break before `at` up to `at`. */
function clauseBefore(sentence: string, at: number): string {
  const words = sentence.slice(Math.max(0, at - CLAUSE_WINDOW), at);
  let start = 0;
  for (const m of words.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return words.slice(start);
}

/** The words of `sentence` from `at` up to the next clause break. */
function clauseAfter(sentence: string, at: number): string {
  const words = sentence.slice(at, at + CLAUSE_WINDOW);
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(words);
  return m ? words.slice(0, m.index) : words;
}

/** The tense of the last (or first) future or past cue in `words`, or null if there is none. */
function nearestTense(words: string, which: 'first' | 'last'): 'future' | 'past' | null {
  const cues: { at: number; tense: 'future' | 'past' }[] = [];
  for (const m of words.matchAll(WEEKDAY_FUTURE_CUE)) cues.push({ at: m.index, tense: 'future' });
  for (const m of words.matchAll(WEEKDAY_PAST_CUE)) cues.push({ at: m.index, tense: 'past' });
  if (!cues.length) return null;
  cues.sort((a, b) => a.at - b.at);
  return (which === 'first' ? cues[0] : cues[cues.length - 1]).tense;
}

/** How far ahead of the reference a yearless date may lie before we read it as last year's. */
const FUTURE_WINDOW_DAYS = 45;
const FUTURE_CUE = /\b(?:will|next|upcoming|scheduled|due to|set to|plans? to|expected to)\b/i;

/**
 * "October 7" written on 30 July: news speaks of the past, so a date more than
 * FUTURE_WINDOW_DAYS ahead is last year's unless the sentence speaks of the future.
 */
function dayWithoutYear(ref: string, month: number, day: number, sentence: string): string | null {
  const refYear = +ref.slice(0, 4);
  const refMonth = ref.length >= 7 ? +ref.slice(5, 7) : month;
  let y = nearYear(ref, month);
  const candidate = ymd(y, month, day);
  if (candidate && ref.length === 10 && y === refYear && month >= refMonth) {
    const ahead = (Date.parse(candidate) - Date.parse(ref)) / 86_400_000;
    if (ahead > FUTURE_WINDOW_DAYS && !FUTURE_CUE.test(sentence)) y = refYear - 1;
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
