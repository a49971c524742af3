import type { Span, TimelineEvent } from '../briefing';
import type { Analysis, Sentence } from './analysis';
import type { DateMention } from './dates';
import { headlineFromLead } from './headline';
import { piecesText, stripConnective } from './spans';

const MAX_TIMELINE = 40;
const MAX_EVENTS_PER_DATE = 3;
/** Sentences up to this many words describe their event whole; longer ones by the dated clause. */
const EVENT_SENTENCE_WORDS = 20;
const EVENT_HEADLINE_WORDS = 20;
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:—–]|\s-\s/g;
const NEXT_BREAK = /(?<!\d),|,(?!\d)|[;:—–]|\s-\s/;
const EVENT_LEAD = /\b(following|after|before|with|amid)\s+/gi;

/**
 * What a date mention does in its sentence:
 * - `event`: dates something that happened or will happen;
 * - `since`: the start of a duration ("executions since December 2024"), an event only when
 *   nothing else in the article has that date;
 * - `list`: the second of a pair or range ("2013 and 2014"), weaker than a date of its own;
 * - `skip`: a comparison ("clearer than those in 1997") or the end of a reporting period
 *   ("the year to March 2005"): no event at all.
 */
type MentionKind = 'event' | 'since' | 'list' | 'skip';

const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?$/i;
const SINCE_MENTION = /^since\b/i;
/** "than" or "compared with" earlier in the same clause, a few words back. */
const COMPARISON_BEFORE =
  /\b(?:than|compared\s+(?:with|to)|as\s+opposed\s+to|unlike)\b(?:\s+[^\s,;:—–()]+){0,4}\s+$/i;
const PERIOD_BEFORE =
  /\b(?:years?|months|quarters?|weeks|period|half|half-year)\s+(?:to|ending|ended)\s+$/i;
const LIST_MENTION = /^(?:and|or|to|through)\b/i;
const DATE_BEFORE =
  /(?:\d{4}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*,?\s*$/;
const RANK: Record<MentionKind, number> = { event: 0, list: 1, since: 2, skip: 3 };

/**
 * One event per sentence, at the sentence's main date (see mainDate), described by the
 * sentence when short or by the dated clause made readable (see eventSpans); sorted by date
 * then position. "Since X" events give way to another event at X. Capped at MAX_TIMELINE
 * (earliest in the text kept) and MAX_EVENTS_PER_DATE per date.
 */
export function selectTimeline(analysis: Analysis): TimelineEvent[] {
  const { text } = analysis;
  const events: { date: string; spans: Span[]; pos: number; since: boolean }[] = [];
  for (const s of analysis.sentences) {
    if (s.role !== 'paragraph' || s.isDisclaimer) continue;
    const main = mainDate(text, s);
    if (!main) continue;
    events.push({
      date: main.mention.date,
      spans: eventSpans(text, s, main.mention),
      pos: main.mention.start,
      since: main.kind === 'since',
    });
    if (events.length >= MAX_TIMELINE) break;
  }
  const eventDates = events.filter((e) => !e.since).map((e) => e.date);
  const dated = events.filter(
    (e) => !e.since || !eventDates.some((d) => d.startsWith(e.date) || e.date.startsWith(d)),
  );
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.pos - b.pos));
  // Many sentences about "next year" make a list, not a timeline: keep the first few per date.
  const perDate = new Map<string, number>();
  const kept = dated.filter((e) => {
    const n = (perDate.get(e.date) ?? 0) + 1;
    perDate.set(e.date, n);
    return n <= MAX_EVENTS_PER_DATE;
  });
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
  if (SINCE_MENTION.test(said) || SINCE_BEFORE.test(before)) return 'since';
  if (LIST_MENTION.test(said) && DATE_BEFORE.test(before)) return 'list';
  return 'event';
}

/** The clause around a date mention, or the whole sentence when it is short. */
function eventSpans(text: string, s: Sentence, d: DateMention): Span[] {
  const sentence = stripConnective(text, s);
  if (wordsIn(text, sentence) <= EVENT_SENTENCE_WORDS) return [sentence];
  // "On 8 September 2025, X, an apposition, hosted Y, …": condense the sentence like a headline.
  if (wordsOf(text.slice(sentence.start, d.start)) <= 2) {
    const condensed = headlineFromLead(text, sentence, EVENT_HEADLINE_WORDS).sources;
    if (condensed.length) return condensed;
  }
  // A date in the wire dateline before the sentence ("GENEVA, 10 November 2023 -") dates it whole.
  if (d.end <= sentence.start) return [sentence];
  return readableClause(text, sentence, datedClause(text, sentence, d));
}

function datedClause(text: string, sentence: Span, d: { start: number; end: number }): Span {
  // Clause boundaries around the mention.
  let start = sentence.start;
  let end = sentence.end;
  const before = text.slice(sentence.start, d.start);
  for (const m of before.matchAll(CLAUSE_BREAK))
    start = sentence.start + (m.index ?? 0) + m[0].length;
  const after = text.slice(d.end, sentence.end);
  const next = after.search(NEXT_BREAK);
  if (next >= 0) end = d.end + next;
  // "In July 2025, Hawary held talks …": a leading date clause takes the clause after it.
  if (wordsIn(text, { start, end }) < 5 && next >= 0) {
    const rest = text.slice(end + 1, sentence.end);
    const further = rest.search(NEXT_BREAK);
    end = further >= 0 ? end + 1 + further : sentence.end;
  }
  // "… following the collapse of X in December 2024": the event is what follows the preposition.
  const clause = text.slice(start, d.start);
  let lead: RegExpExecArray | null = null;
  for (const m of clause.matchAll(EVENT_LEAD)) lead = m;
  if (lead && wordsOf(clause.slice((lead.index ?? 0) + lead[0].length)) >= 3) {
    start += (lead.index ?? 0) + lead[0].length;
  }
  const span = { start, end };
  while (span.start < span.end && /\s/.test(text[span.start])) span.start++;
  return wordsIn(text, span) >= 5 ? span : sentence;
}

/** A clause that cannot open an item: "which was accused…", "and cut its…", "leaving…", "2013 and…". */
const FRAGMENT_START =
  /^(?:(?:which|who|whom|whose|where|that|and|but|or|nor|yet|so|then|plus)\b|(?!(?:any|every|no|some)thing\b)\p{Ll}+ing\b|(?:19|20)\d\d\s*(?:and|or|to|[-–])\s)/u;
/** Relative pronouns whose clause reads as a sentence once its noun is the subject. */
const RELATIVE_START = /^(?:which|who)\s+/;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those)$/i;
/** The longest noun phrase we take as the subject of a relative clause, in words. */
const MAX_ANTECEDENT_WORDS = 6;

/**
 * Makes a dated clause stand on its own. A relative clause takes its noun as subject ("the
 * CNE, which was accused in 2017 of…" → "the CNE" + "was accused in 2017 of…"); any other
 * fragment grows back a clause at a time until it opens cleanly, up to the whole sentence.
 */
function readableClause(text: string, sentence: Span, clause: Span): Span[] {
  const opening = (at: number): string => text.slice(at, Math.min(clause.end, at + 40));
  if (!FRAGMENT_START.test(opening(clause.start))) return [clause];
  const relative = RELATIVE_START.exec(opening(clause.start));
  if (relative && /,\s*$/.test(text.slice(sentence.start, clause.start))) {
    const subject = antecedent(text, sentence, clause.start);
    const rest = { start: clause.start + relative[0].length, end: clause.end };
    if (subject && wordsIn(text, rest) >= 3) return [subject, rest];
  }
  const starts = clauseStarts(text, sentence, clause.start);
  for (let i = starts.length - 1; i >= 0; i--) {
    if (!FRAGMENT_START.test(opening(starts[i]))) return [{ start: starts[i], end: clause.end }];
  }
  return [sentence];
}

/** Where each clause of `sentence` before `at` starts, in text order (the sentence start first). */
function clauseStarts(text: string, sentence: Span, at: number): number[] {
  const starts = [sentence.start];
  for (const m of text.slice(sentence.start, at).matchAll(CLAUSE_BREAK)) {
    let start = sentence.start + (m.index ?? 0) + m[0].length;
    while (start < at && /\s/.test(text[start])) start++;
    if (start < at) starts.push(start);
  }
  return starts;
}

/**
 * The noun phrase a relative clause at `at` refers to: the words before its comma from the
 * last determiner or possessive ("including the CNE, which" → "the CNE"), or a trailing run of
 * capitalised words ("Hugo Chavez, who"). Null when the clause before is no noun phrase.
 */
function antecedent(text: string, sentence: Span, at: number): Span | null {
  const starts = clauseStarts(text, sentence, at);
  const from = starts[starts.length - 1];
  let end = at;
  while (end > from && /[\s,]/.test(text[end - 1])) end--;
  const words = [...text.slice(from, end).matchAll(/\S+/g)];
  const tail = words.slice(-MAX_ANTECEDENT_WORDS);
  let first = -1;
  for (let i = tail.length - 1; i >= 0; i--) {
    const w = tail[i][0].replace(/^["“‘(]+/, '');
    if (DETERMINER.test(w) || (/['’]s$/.test(w) && i < tail.length - 1)) {
      first = i;
      break;
    }
  }
  if (first < 0) {
    first = tail.length;
    while (first > 0 && /^["“‘(]*\p{Lu}/u.test(tail[first - 1][0])) first--;
    if (first === tail.length) return null;
  }
  const start = from + (tail[first].index ?? 0);
  return { start, end };
}

function wordsIn(text: string, span: Span): number {
  return wordsOf(text.slice(span.start, span.end));
}

function wordsOf(s: string): number {
  const trimmed = s.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}
