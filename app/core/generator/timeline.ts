import type { Span, TimelineEvent } from '../briefing';
import type { Analysis, Sentence } from './analysis';
import type { DateMention } from './dates';
import { headlineFromLead } from './headline';
import { datedClause, readableClause, wordsIn, wordsOf } from './event-clause';
import { piecesText, stripConnective } from './spans';

const MAX_TIMELINE = 40;
const MAX_EVENTS_PER_DATE = 3;
/** Sentences up to this many words describe their event whole; longer ones by the dated clause. */
const EVENT_SENTENCE_WORDS = 20;
const EVENT_HEADLINE_WORDS = 20;

/**
 * What a date mention does in its sentence:
 * - `event`: dates something that happened or will happen;
 * - `since`: the start of a duration ("executions since December 2024"), an event only when
 *   nothing else in the article has that date;
 * - `list`: the second of a pair or range ("2013 and 2014"), weaker than a date of its own;
 * - `target`: a deadline ("cut emissions by 50% by 2030"), below any event in the sentence;
 * - `skip`: a comparison ("clearer than those in 1997"), the end of a reporting period
 *   ("the year to March 2005") or a record's baseline ("the highest since 2016"): no event.
 */
type MentionKind = 'event' | 'since' | 'list' | 'target' | 'skip';

const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?$/i;
const SINCE_MENTION = /^since\b/i;
/** "than" or "compared with" earlier in the same clause, a few words back. */
const COMPARISON_BEFORE =
  /\b(?:than|compared\s+(?:with|to)|as\s+opposed\s+to|unlike)\b(?:\s+[^\s,;:—–()]+){0,4}\s+$/i;
const PERIOD_BEFORE =
  /\b(?:years?|months|quarters?|weeks|period|half|half-year)\s+(?:to|ending|ended)\s+$/i;
const LIST_MENTION = /^(?:and|or|to|through)\b/i;
const TARGET_MENTION = /^by\b/i;
const TARGET_BEFORE = /\bby\s+(?:the\s+)?(?:end\s+of\s+)?$/i;
/**
 * A superlative or record a few words before "since": "the highest since 2016", "its first hike
 * since October", "a level not seen since 2008". Words in "-est" that are no superlative
 * ("interest", "protest") are excluded.
 */
const RECORD_BEFORE =
  /\b(?:(?!(?:interest|protest|arrest|request|contest|forest|honest|modest|suggest|invest|harvest|manifest|inquest|conquest)\b)\p{Ll}{2,}est|first|worst|best|most|least|record|not\s+seen)\b(?:\s+[^\s,;:—–()]+){0,3}\s+since\s+(?:the\s+)?$/iu;
const DATE_BEFORE =
  /(?:\d{4}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*,?\s*$/;
const RANK: Record<MentionKind, number> = { event: 0, list: 1, target: 2, since: 3, skip: 4 };

/**
 * One event per sentence, at the sentence's main date (see mainDate), described by the
 * sentence when short or by the dated clause made readable (see eventSpans); sorted by date
 * then position. "Since X" events give way to another event at X. Capped at MAX_TIMELINE
 * (earliest in the text kept) and MAX_EVENTS_PER_DATE per date.
 */
export function selectTimeline(analysis: Analysis): TimelineEvent[] {
  const { text } = analysis;
  const events: { date: string; spans: Span[]; pos: number; since: boolean; quoted: boolean }[] =
    [];
  for (const s of analysis.sentences) {
    if (s.role !== 'paragraph' || s.isDisclaimer) continue;
    const main = mainDate(text, s);
    if (!main) continue;
    // "blocked motorways on Wednesday … by 2030" with no date for Wednesday: the deadline is
    // not what the sentence reports.
    if (main.kind === 'target' && hasOtherDateWord(text, s, main.mention)) continue;
    const spans = eventSpans(text, s, main.mention);
    events.push({
      date: main.mention.date,
      spans,
      pos: main.mention.start,
      since: main.kind === 'since',
      quoted: isQuoted(text, spans),
    });
    for (const other of otherEvents(text, s, main.mention, spans)) {
      events.push({ ...other, since: false, quoted: isQuoted(text, other.spans) });
    }
    if (events.length >= MAX_TIMELINE) break;
  }
  const eventDates = events.filter((e) => !e.since).map((e) => e.date);
  const dated = events.filter(
    (e) => !e.since || !eventDates.some((d) => d.startsWith(e.date) || e.date.startsWith(d)),
  );
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.pos - b.pos));
  // Many sentences about "next year" make a list, not a timeline: keep the first few per date,
  // reported actions before quotations ("…a grave challenge," Freeland wrote).
  const byPreference = [...dated].sort((a, b) => Number(a.quoted) - Number(b.quoted));
  const perDate = new Map<string, number>();
  const keep = new Set(
    byPreference.filter((e) => {
      const n = (perDate.get(e.date) ?? 0) + 1;
      perDate.set(e.date, n);
      return n <= MAX_EVENTS_PER_DATE;
    }),
  );
  const kept = dated.filter((e) => keep.has(e));
  return kept.map((e, i) => ({ id: `tl-${i + 1}`, date: e.date, ...piecesText(text, e.spans) }));
}

/**
 * The date a sentence is about: of its mentions that date an event, the most precise (a day
 * beats a month beats a year: "will be home next year, Cameron announced yesterday" is
 * yesterday's announcement), the first on ties; a list partner or a "since" only when nothing
 * better is there. Null when every mention is a comparison or a period's end.
 */
export function mainDate(
  text: string,
  s: Sentence,
): { mention: DateMention; kind: MentionKind } | null {
  let best: { mention: DateMention; kind: MentionKind } | null = null;
  for (const mention of s.dates) {
    const kind = mentionKind(text, s, mention);
    if (kind === 'skip') continue;
    if (
      !best ||
      RANK[kind] < RANK[best.kind] ||
      (RANK[kind] === RANK[best.kind] && mention.date.length > best.mention.date.length)
    )
      best = { mention, kind };
  }
  return best;
}

function mentionKind(text: string, s: Sentence, d: DateMention): MentionKind {
  const said = text.slice(d.start, d.end);
  const before = text.slice(Math.max(s.start, d.start - 80), d.start);
  if (COMPARISON_BEFORE.test(before) || PERIOD_BEFORE.test(before)) return 'skip';
  const since = SINCE_MENTION.test(said) || SINCE_BEFORE.test(before);
  const sinceWord = /^since\s+(?:the\s+)?/i.exec(said)?.[0] ?? '';
  if (since && RECORD_BEFORE.test(before + sinceWord)) return 'skip';
  if (since) return 'since';
  if (TARGET_MENTION.test(said) || TARGET_BEFORE.test(before)) return 'target';
  if (LIST_MENTION.test(said) && DATE_BEFORE.test(before)) return 'list';
  return 'event';
}

/**
 * The clause around a date mention, or the whole sentence when it is short and holds no other
 * date (with two, the chosen date's clause describes it: "Last month BMW cancelled an order, and
 * the company said on Monday it would cut jobs" is Monday's job cuts).
 */
function eventSpans(text: string, s: Sentence, d: DateMention): Span[] {
  const sentence = stripConnective(text, s);
  const alone = s.dates.every((x) => x === d || x.end <= sentence.start || x.date === d.date);
  if (alone && wordsIn(text, sentence) <= EVENT_SENTENCE_WORDS) return [sentence];
  // "On 8 September 2025, X, an apposition, hosted Y, …": condense the sentence like a headline.
  if (wordsOf(text.slice(sentence.start, d.start)) <= 2) {
    const condensed = headlineFromLead(text, sentence, EVENT_HEADLINE_WORDS).sources;
    if (condensed.length) return condensed;
  }
  // A date in the wire dateline before the sentence ("GENEVA, 10 November 2023 -") dates it whole.
  if (d.end <= sentence.start) return [sentence];
  const clause = datedClause(text, sentence, d);
  // "…169 people have died, the government said on Tuesday, as…": the report is what was said.
  if (
    clause.start > sentence.start &&
    REPORTING_CLAUSE.test(text.slice(clause.start, clause.end)) &&
    wordsOf(text.slice(d.end, clause.end)) <= 3
  )
    return readableClause(text, sentence, { start: sentence.start, end: clause.end });
  return readableClause(text, sentence, clause);
}

/**
 * A clause that only reports who said something, and when ("the government said on Tuesday"),
 * with at most three words after the date (checked by the caller).
 */
const REPORTING_CLAUSE =
  /^["'”’\s]*(?!(?:and|but|while|whereas|yet)\b)(?:\S+\s+){0,5}?(?:said|says|told|announced|confirmed|reported|added|warned|wrote|stated)\b[^,;]{0,60}$/i;

/**
 * Further events of a sentence whose other dates sit in clauses of their own: "Last month BMW
 * cancelled an order, …, and the company said on Monday it would cut jobs" is May's
 * cancellation as well as Monday's announcement. A date inside the main event's text, or whose
 * clause is not separable from it, adds nothing.
 */
function otherEvents(
  text: string,
  s: Sentence,
  main: DateMention,
  mainSpans: Span[],
): { date: string; spans: Span[]; pos: number }[] {
  const sentence = stripConnective(text, s);
  // A subject lent to a clause ("The union" + "was founded in 1931") may be lent again.
  const taken: Span[] = mainSpans.slice(-1);
  const out: { date: string; spans: Span[]; pos: number }[] = [];
  for (const d of s.dates) {
    if (d === main || d.date === main.date || d.end <= sentence.start) continue;
    if (mentionKind(text, s, d) !== 'event') continue;
    const clause = datedClause(text, sentence, d);
    if (clause.start === sentence.start && clause.end === sentence.end) continue;
    const spans = readableClause(text, sentence, clause);
    const own = spans[spans.length - 1];
    if (taken.some((t) => own.start < t.end && t.start < own.end)) continue;
    taken.push(own);
    out.push({ date: d.date, spans, pos: d.start });
  }
  return out;
}

/** Day and month words that date something even when they could not be resolved. */
const DATE_WORD =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|yesterday|today|tomorrow)\b/;

/** Whether `s` names a day or month outside the mention `d`, resolved or not. */
function hasOtherDateWord(text: string, s: Sentence, d: DateMention): boolean {
  return DATE_WORD.test(text.slice(s.start, d.start)) || DATE_WORD.test(text.slice(d.end, s.end));
}

/** Whether an event's text is, or opens with, a quotation. */
function isQuoted(text: string, spans: Span[]): boolean {
  const first = spans[0];
  return !!first && /^\s*["“‘]|["”]\s*\p{Ll}/u.test(text.slice(first.start, first.end));
}
