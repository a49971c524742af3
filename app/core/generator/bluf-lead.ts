import type { Span } from '../briefing';
import type { Sentence } from './analysis';

/**
 * News value of a sentence for the bottom line: who acts (an institution, an official, an
 * acronym), a reporting or decision verb, a figure, a date. Scene-setting — a pronoun subject
 * or a private person with no institution in sight — counts against it. Closed word classes.
 */

/** Institutions and office titles (capitalised or not: "the government", "Interior Minister"). */
const OFFICIAL =
  /\b(?:[Gg]overnment|[Mm]inist(?:er|ry)|[Pp]resident|[Pp]rime [Mm]inister|[Gg]overnor|[Ss]ecretary|[Cc]hancellor|[Mm]ayor|[Pp]olice|[Cc]ourt|[Pp]arliament|[Cc]ongress|[Ss]enate|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Aa]gency|[Aa]uthorit(?:y|ies)|[Rr]egulator|[Aa]rmy|[Mm]ilitary|[Cc]entral [Bb]ank|Bank|Organi[sz]ation|Association|Union|Department|Institute|University|Company|Corporation|Group|Fund|Party|Office|Board|Federation|officials?|spokes(?:man|woman|person))\b/;
/** An acronym of two or more capitals ("ILO", "IATA"), not a shouted word run. */
const ACRONYM = /\b\p{Lu}{2,6}\b/u;
const REPORTING =
  /\b(?:said|says|announced|announces|found|finds|reported|reports|told|according to|confirmed|approved|agreed|voted|ruled|warned|urged|raised|cut|lifted|launched|declared|ordered|resigned|signed|published)\b/;
/** Money, a share, a scaled number, or a count of something (not a year or a duration). */
const FIGURE =
  /[$£€¥]\s?\d|\d\s?(?:%|per\s?cent\b|bn\b|billion|million|trillion)|\b(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times?)\b)\p{Ll}/u;
const PRONOUN_START = /^["“‘']?(?:He|She|They|It|I|We|You|His|Her|Their|Every|Each|Once)\b/;
/** A place after a locative preposition ("in Nuwara Eliya"): no public actor. */
const PLACE_PHRASE = /\b(?:in|at|near|on|across|from|outside|inside)\s+(?:\p{Lu}[\p{L}'’-]*\s*)+/gu;
/**
 * Opening run of two or three capitalised words and a lower-case word: a person's name as
 * subject (not a possessive: "Sri Lanka's economy").
 */
const NAME_START = /^(?:\p{Lu}[\p{Ll}-]+\s+){1,2}\p{Lu}[\p{Ll}-]+\s+\p{Ll}/u;

/**
 * True when the sentence sets a scene rather than reports: a pronoun subject, or a named
 * person with nothing public around them — no institution, acronym, reporting verb or date,
 * and no other name except places ("Jane Doe has farmed in Kent for 30 years.").
 */
export function isSceneSetting(sentence: string, s: Sentence): boolean {
  if (PRONOUN_START.test(sentence)) return true;
  const name = NAME_START.exec(sentence);
  if (!name) return false;
  if (OFFICIAL.test(sentence) || ACRONYM.test(sentence) || REPORTING.test(sentence)) return false;
  if (s.dates.length) return false;
  const rest = sentence.slice(name[0].length - 1).replace(PLACE_PHRASE, ' ');
  return !/\s\p{Lu}/u.test(rest);
}

/** How much news the sentence carries (0 to 4.5); see the file comment. */
export function newsValue(sentence: string, s: Sentence): number {
  let value = 0;
  if (OFFICIAL.test(sentence) || ACRONYM.test(sentence)) value += 1.5;
  if (REPORTING.test(sentence)) value += 1;
  if (FIGURE.test(sentence)) value += 1;
  if (s.dates.length) value += 1;
  return value;
}

/** BLUF items longer than this many words are cut at a clause break. */
export const MAX_BLUF_WORDS = 40;
/** A cut keeps at least this many words. */
const MIN_CUT_WORDS = 12;
/** Where a long sentence may be cut: strong punctuation, a comma, or a clause-opening conjunction. */
const CLAUSE_BREAK =
  /\s*[;—]\s*|\s[-–]\s|,\s|\s(?=(?:and that|but|which|while|before|after|because|although|though|whereas|so that|unless|until)\s)/g;
const TRAILING_FUNCTION =
  /\s+(?:and|or|but|the|a|an|of|to|for|with|by|at|in|on|from|as|that|which|who|is|are|was|were|be|been|has|have|had|will|would|its|their|his|her)$/i;

/**
 * Shortens a sentence span of more than MAX_BLUF_WORDS words to its longest prefix that ends at
 * a clause break with MIN_CUT_WORDS to MAX_BLUF_WORDS words; with no such break, to the first
 * MAX_BLUF_WORDS words without trailing function words. `cut` says whether it was shortened.
 * Linear: one pass over the first few hundred characters after the limit at most.
 */
export function shortenLead(text: string, span: Span): { span: Span; cut: boolean } {
  const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)];
  if (words.length <= MAX_BLUF_WORDS) return { span, cut: false };
  const limit = span.start + (words[MAX_BLUF_WORDS].index ?? 0);
  const minEnd = span.start + (words[MIN_CUT_WORDS].index ?? 0);
  const head = text.slice(span.start, limit);
  let best = -1;
  for (const m of head.matchAll(CLAUSE_BREAK)) {
    const at = span.start + (m.index ?? 0);
    if (at >= minEnd) best = at;
  }
  let end = best >= 0 ? best : span.start + head.trimEnd().length;
  let piece = text.slice(span.start, end).replace(/[\s,;:]+$/, '');
  for (let m = TRAILING_FUNCTION.exec(piece); m; m = TRAILING_FUNCTION.exec(piece))
    piece = piece.slice(0, m.index);
  end = span.start + piece.length;
  return { span: { start: span.start, end }, cut: true };
}
