/**
 * Human wording for codes in the data model: dates, Admiralty grades, statuses.
 */
import type { Annotation, AnchorStatus } from '../core/annotation';
import type { SourceGrade } from '../core/briefing-file';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Formats an ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a full timestamp, of which only the
 * date part is used) as "8 September 2025". Anything else is returned unchanged. No time zones:
 * the date is taken as written.
 */
export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return iso;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Admiralty source reliability grades. */
export const SOURCE_GRADE_LABELS: Record<SourceGrade, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** Admiralty information credibility, 1 … 6. */
export const CREDIBILITY_LABELS: Record<1 | 2 | 3 | 4 | 5 | 6, string> = {
  1: 'confirmed',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export const STATUS_LABELS: Record<AnchorStatus, string> = {
  anchored: 'anchored',
  moved: 'moved (re-attached to the text)',
  orphaned: 'orphaned (its words are no longer in the text)',
};

/**
 * The status of `note` in words. An orphan's reason is derived from the text of its block now
 * (`blockText`, undefined when the block is gone): the anchor records only that the note could
 * not be placed, and "its words are no longer in the text" is wrong for a quote that occurs
 * several times (ambiguous) or once with different surroundings.
 */
export function statusLabel(note: Annotation, blockText: string | undefined): string {
  if (note.status !== 'orphaned') return STATUS_LABELS[note.status];
  if (blockText === undefined) return 'orphaned (the part of the briefing it was on is gone)';
  const found = countOccurrences(blockText, note.target.quote.exact);
  if (found === 0) return STATUS_LABELS.orphaned;
  if (found > 1)
    return `orphaned (its words occur ${found} times in the text; which one it was on cannot be told)`;
  return 'orphaned (its words are still in the text, but the words around them changed)';
}

function countOccurrences(text: string, quote: string): number {
  if (quote === '') return 0;
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) count++;
  return count;
}
