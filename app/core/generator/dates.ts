/**
 * Date expressions in English news copy, resolved to ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Precision is never invented: "in December 2024" gives `2024-12`, a bare weekday gives a day
 * only when a reference date is known, and relative words without one are dropped.
 * We use our own patterns rather than chrono-node: chrono resolves "December 2024" to a day and
 * needs a wall-clock reference, and app/core may not import outside core (STYLE.md).
 */

import {
  dayWithoutYear,
  monthNumber,
  monthWithoutYear,
  resolveRelativeWord,
  resolveWeekday,
  ym,
  ymd,
  year,
} from './date-resolve';

export interface DateMention {
  start: number;
  end: number;
  /** ISO date at the precision the text gives. */
  date: string;
  relative: boolean;
}

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

const MAY_HOLD_DATE =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|today|tonight|this|yesterday|last|tomorrow|next|earlier)/i;

interface Rule {
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: string | null, sentence: string) => string | null;
  relative?: boolean;
  /** A weekday: merged with an explicit date right beside it ("on Monday 15 January"). */
  weekday?: boolean;
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
    weekday: true,
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
  const found: (DateMention & { weekday: boolean })[] = [];
  // Most sentences hold no date at all; one cheap pass saves eleven.
  if (!MAY_HOLD_DATE.test(slice)) return found;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of slice.matchAll(rule.re)) {
      const date = rule.resolve(m, ref, slice);
      if (!date) continue;
      const start = from + (m.index ?? 0);
      found.push({
        start,
        end: start + m[0].length,
        date,
        relative: rule.relative === true,
        weekday: rule.weekday === true,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DateMention[] = [];
  let lastEnd = -1;
  let lastWeekday = false;
  for (const { weekday, ...d } of found) {
    if (d.start < lastEnd) continue;
    const prev = kept[kept.length - 1];
    // "on Monday 15 January", "Friday, March 8, 2024", "15 January (Monday)": one date, the
    // explicit one; a weekday beside it only names its day of the week.
    if (prev && /^[\s,()]*$/.test(text.slice(prev.end, d.start)) && d.date.length === 10) {
      if (lastWeekday && !weekday) {
        kept[kept.length - 1] = { ...d, start: prev.start };
        lastEnd = d.end;
        lastWeekday = false;
        continue;
      }
      if (weekday && !lastWeekday && prev.date.length === 10) {
        kept[kept.length - 1] = { ...prev, end: d.end };
        lastEnd = d.end;
        continue;
      }
    }
    kept.push(d);
    lastEnd = d.end;
    lastWeekday = weekday;
  }
  return kept;
}

/** The date in a stamp line such as "03:47 EST, 22 June 2012" or "`2024-07-29 20:36:06`". */
export function parseStampDate(line: string): string | null {
  const dates = findDates(line, 0, line.length, null);
  const day = dates.find((d) => d.date.length === 10);
  return day ? day.date : null;
}
