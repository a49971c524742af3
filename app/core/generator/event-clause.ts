import type { Span } from '../briefing';

/**
 * The clause of a sentence that describes one dated event, made to read on its own: cut at
 * clause breaks around the date, given back its subject when it opens with a verb or a
 * relative pronoun. Used by timeline.ts.
 */

/** Commas and colons between digits ("1,600", "07:00") break no clause. */
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|(?<!\d):|:(?!\d)|[;—–]|\s-\s/g;
const NEXT_BREAK = /(?<!\d),|,(?!\d)|(?<!\d):|:(?!\d)|[;—–]|\s-\s/;
const EVENT_LEAD = /\b(following|after|before|with|amid)\s+/gi;

/**
 * The clause around a date mention in `sentence`: from the last clause break before it to the
 * next one after it, widened when too short, narrowed to what follows "after", "following"…
 * Falls back to the whole sentence.
 */
export function datedClause(text: string, sentence: Span, d: { start: number; end: number }): Span {
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
  const led = lead ? clause.slice((lead.index ?? 0) + lead[0].length) : '';
  // "with" and "amid" lead an event only when a clause follows ("with prices having risen…"),
  // not a noun ("blocked motorways with tractors on Wednesday").
  const nominal =
    lead && /^(?:with|amid)$/i.test(lead[1]) && !HAS_VERB.test(led.split(RELATIVE_WORD)[0]);
  if (lead && !nominal && wordsOf(led) >= 3) {
    start += (lead.index ?? 0) + lead[0].length;
  }
  const span = { start, end };
  while (span.start < span.end && /\s/.test(text[span.start])) span.start++;
  return wordsIn(text, span) >= 5 ? span : sentence;
}

/**
 * Auxiliaries and common finite verbs: a clause that opens with one ("was signed on 3 March",
 * "resigned on Tuesday") has lost its subject. Regular pasts are matched by their "-ed".
 */
const VERB =
  '(?:was|were|is|are|has|have|had|will|would|could|should|can|may|might|must|did|does|do|been|being|said|says|told|met|won|lost|fell|rose|grew|became|took|left|made|gave|held|led|came|went|\\p{Ll}{2,}[^e\\s]ed)';
const VERB_START = new RegExp(`^${VERB}\\b`, 'u');
/**
 * What follows "with" is an event when it holds a verb of its own before any relative pronoun
 * ("with an agreement signed in August", not "with SQM over a venture that would run from…").
 */
const HAS_VERB = new RegExp(`\\b${VERB}\\b`, 'u');
const RELATIVE_WORD = /\b(?:that|which|who|whom|whose)\b/;

/** A clause that cannot open an item: "which was accused…", "and cut its…", "leaving…", "2013 and…". */
const FRAGMENT_START =
  /^(?:(?:which|who|whom|whose|where|that|and|but|or|nor|yet|so|then|plus)\b|(?!(?:any|every|no|some)thing\b)\p{Ll}+ing\b|(?:19|20)\d\d\s*(?:and|or|to|[-–])\s)/u;
/** A conjunction before a subject (a determiner or a capitalised word), not before a verb. */
const COORDINATED_START =
  /^(?:and|but|while|whereas|yet)\s+(?=(?:the|a|an|its|his|her|their|our|this|these|those|\p{Lu}\S*)\s)/u;
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
export function readableClause(text: string, sentence: Span, clause: Span): Span[] {
  const opening = (at: number): string => text.slice(at, Math.min(clause.end, at + 40));
  // "Pavol Hudák, who served…, was charged last Tuesday": the verb takes the sentence's subject.
  if (VERB_START.test(opening(clause.start)) && clause.start > sentence.start) {
    const subject = sentenceSubject(text, sentence, clause.start);
    if (subject) return [subject, clause];
  }
  if (!FRAGMENT_START.test(opening(clause.start))) return [clause];
  // "…, and the company said on Monday it would cut jobs": a coordinated clause with its own
  // subject stands without its conjunction.
  const conjunction = COORDINATED_START.exec(opening(clause.start));
  if (conjunction) {
    const rest = { start: clause.start + conjunction[0].length, end: clause.end };
    if (wordsIn(text, rest) >= 5) return [rest];
  }
  const relative = RELATIVE_START.exec(opening(clause.start));
  if (relative && /,\s*$/.test(text.slice(sentence.start, clause.start))) {
    const subject = antecedent(text, sentence, clause.start);
    const rest = { start: clause.start + relative[0].length, end: clause.end };
    if (subject && wordsIn(text, rest) >= 3) return [subject, rest];
  }
  const starts = clauseStarts(text, sentence, clause.start);
  for (let i = starts.length - 1; i >= 0; i--) {
    if (!FRAGMENT_START.test(opening(starts[i])) && !VERB_START.test(opening(starts[i])))
      return [{ start: starts[i], end: clause.end }];
  }
  return [sentence];
}

/**
 * The subject of `sentence` for a verb clause at `at`: the words before the sentence's first
 * comma ("The contract, worth €4.2 million, was signed…" → "The contract"), when they are a
 * short noun phrase with no verb of their own. Null otherwise.
 */
function sentenceSubject(text: string, sentence: Span, at: number): Span | null {
  const head = text.slice(sentence.start, at);
  const comma = head.search(/,\s/);
  if (comma <= 0) return null;
  const subject = { start: sentence.start, end: sentence.start + comma };
  const words = text.slice(subject.start, subject.end).trim().split(/\s+/);
  if (words.length > MAX_ANTECEDENT_WORDS) return null;
  if (words.some((w) => VERB_START.test(w) || /^\p{Ll}+ing$/u.test(w))) return null;
  if (
    /^(?:On|In|At|By|During|After|Before|Since|Earlier|Last|This|When|While|As|If)\b/.test(words[0])
  )
    return null;
  return subject;
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

export function wordsIn(text: string, span: Span): number {
  return wordsOf(text.slice(span.start, span.end));
}

export function wordsOf(s: string): number {
  const trimmed = s.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}
