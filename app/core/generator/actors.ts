import type { Actor, ActorKind, Span } from '../briefing';
import type { Analysis } from './analysis';
import { findRuns, tokenize, type Run, type Token } from './actor-tokens';
import {
  DEMONYMS,
  GIVEN_NAMES,
  HONORIFICS,
  NOT_ACTOR_ACRONYMS,
  NOT_ACTORS,
  ORG_WORDS,
  PLACES,
  ROLE_NOUNS,
  PLACE_WORDS,
  THING_WORDS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './gazetteer';
import { resolveActors, type Candidate } from './actor-merge';
import { bestRole, isKnownOrg, roleFromPrefix, roleNounBefore, type Role } from './actor-roles';

const SPEECH =
  /^(?:said|says|told|tells|added|adds|insisted|argued|warned|stated|wrote|noted|explained|announced|declared|claimed|accused|denied)\b/;
const ORG_NOUN_AFTER =
  /^\s+(?:party|group|company|firm|movement|coalition|alliance|bank|agency|ministry|militia|network|newspaper|broadcaster)\b/;
const ORG_NOUN_BEFORE =
  /\b(?:carmaker|car maker|firm|company|group|rival|bank|insurer|airline|retailer|broadcaster|newspaper|agency|giant|conglomerate|manufacturer|party|militia|supplier|startup|regulator)\s+$/;
const PERSON_NOUN_AFTER = /^\s+(?:administration|government|campaign|presidency|cabinet|family)\b/;
/** A preposition that makes the place after it a place, not a person's surname ("in Montenegro"). */
const LOCATIVE_BEFORE =
  /\b(?:in|to|from|into|across|throughout|near|around|of|at|via|for|towards?|inside|outside)\s+(?:the\s+)?$/i;
/**
 * "GENEVA, 10 November 2023 -", "FRANKFURT (Reuters) -": what follows an all-capitals dateline city.
 */
const DATELINE_AFTER = /^(?:,\s*(?:\d|\p{Lu}\p{Ll}+\.?\s+\d)|\s*\([^()]{2,40}\)\s*[-–—])/u;

/**
 * Finds the people, organisations and places an article names, one entry per real-world actor
 * (short forms like "Hawary" or "Mr Brown" merge into the full name), with roles from titles and
 * appositions. Rule based and Unicode-aware (no case folding, so "Kadıoğlu" stays as written).
 * Linear in the text: one tokenisation per sentence, then hash-map merging.
 */
export function findActors(analysis: Analysis): Actor[] {
  const { text } = analysis;
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    // From the wire dateline on: "FRANKFURT (Reuters) -" names the place too.
    const tokens = tokenize(text, { start: sentence.from, end: sentence.end });
    const titleCase = sentence.role === 'title' || sentence.role === 'heading';
    for (const run of findRuns(text, tokens)) {
      readRun(text, tokens, run, sentence.start, titleCase, candidates);
    }
  }
  return resolveActors(candidates);
}

function readRun(
  text: string,
  tokens: Token[],
  run: Run,
  sentenceStart: number,
  titleCase: boolean,
  out: Candidate[],
): void {
  let list = run.tokens;
  let firstIndex = run.first;
  // Only opening quotes or brackets may sit before a sentence's first word; look at most 8 back.
  // A word after a dateline's dash or a colon opens a sentence too ("FRANKFURT (Reuters) - The …").
  const atSentenceStart = (t: Token): boolean =>
    (t.start - sentenceStart <= 8 &&
      text.slice(sentenceStart, t.start).replace(/[\s"'“‘(]/g, '') === '') ||
    /(?:\s[-–—]|[—–:])\s+["'“‘]?$/.test(text.slice(Math.max(sentenceStart, t.start - 5), t.start));
  if (readCapitalsDateline(text, list, atSentenceStart(list[0]), out)) return;
  // A whole run that names a place ("New York", "The Hague") is kept as written.
  const whole = text.slice(list[0].start, list[list.length - 1].end).replace(/\s+/g, ' ');
  if (list.length > 1 && (PLACES.has(whole) || PLACES.has(whole.replace(/^The /, '')))) {
    classifyPlain(
      text,
      list,
      tokens[firstIndex - 1],
      tokens[firstIndex + list.length],
      atSentenceStart(list[0]),
      out,
    );
    return;
  }
  // Drop sentence-opening and function words; keep a capital "The" inside a sentence ("by The Syrian Observer").
  while (list.length) {
    const t = list[0];
    // Headlines capitalise every "The"; only running text shows one that belongs to a name.
    const keepThe = t.word === 'The' && !titleCase && !atSentenceStart(t) && list.length > 1;
    const startsPlace = list.length > 1 && PLACES.has(`${t.word} ${list[1].word}`); // "New York City FC"
    // "Israeli-occupied Golan Heights", "Iran-backed group": a describing compound is not a name.
    const describing = /^\p{Lu}[\p{L}\p{M}]*-\p{Ll}/u.test(t.word);
    if (
      !describing &&
      (keepThe || startsPlace || t.title || !(NOT_ACTORS.has(t.word) || (!t.cap && !isParticle(t))))
    )
      break;
    list = list.slice(1);
    firstIndex++;
  }
  while (list.length && !list[list.length - 1].cap) list = list.slice(0, -1);
  if (!list.length) return;
  const before = tokens[firstIndex - 1];
  const after = tokens[firstIndex + list.length];
  const runStart = list[0].start;
  const sentenceStarting = atSentenceStart(list[0]);

  let lastTitle = -1;
  let firstTitle = -1;
  list.forEach((t, i) => {
    if (t.title) {
      lastTitle = i;
      if (firstTitle < 0) firstTitle = i;
    }
  });
  if (lastTitle >= 0) {
    // Anything before the first title word may be an organisation ("Turkish Air Force Commander …").
    if (firstTitle > 0)
      classifyPlain(text, list.slice(0, firstTitle), before, undefined, sentenceStarting, out);
    let name = list.slice(lastTitle + 1);
    while (
      name.length &&
      (!name[0].cap ||
        ORG_WORDS.has(name[0].word) ||
        THING_WORDS.has(name[0].word) ||
        DEMONYMS.has(name[0].word))
    )
      name = name.slice(1);
    const given = name.findIndex((t, i) => i > 0 && GIVEN_NAMES.has(t.word));
    if (name.length > 2 && given > 0) name = name.slice(given);
    // A title right before a name beats the gazetteer: "Prime Minister Luís Montenegro".
    const afterTitle = name.length > 0 && list[list.indexOf(name[0]) - 1]?.title === true;
    if (name.length && isPersonName(name, afterTitle)) {
      const nameStart = name[0].start;
      const prefix = text.slice(runStart, nameStart).trim();
      const role = roleFromPrefix(text, runStart, prefix, list.slice(0, list.indexOf(name[0])));
      out.push(personCandidate(text, name, role, tokens, firstIndex));
      return;
    }
    // "Commander of the Syrian Air Force": the organisation after the title; a lone "Staff" is not one.
    const rest = list.slice(lastTitle + 1);
    while (rest.length && !rest[0].cap) rest.shift();
    const onlyTitleWords = rest.every(
      (t) => TITLE_MODIFIERS.has(t.word) || ORG_WORDS.has(t.word) || !t.cap,
    );
    if (rest.length >= 2 && !onlyTitleWords) classifyPlain(text, rest, before, after, false, out);
    return;
  }
  classifyPlain(text, list, before, after, sentenceStarting, out, tokens, firstIndex);
}

function classifyPlain(
  text: string,
  list: Token[],
  before: Token | undefined,
  after: Token | undefined,
  sentenceStarting: boolean,
  out: Candidate[],
  tokens?: Token[],
  firstIndex?: number,
): void {
  const start = list[0].start;
  const end = list[list.length - 1].end;
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  const bare = name.replace(/^The /, '');
  const words = list.map((t) => t.word);
  const mention: Span = { start, end };
  const tail = text.slice(end, end + 40);
  const head = text.slice(Math.max(0, start - 40), start);
  if (isKnownOrg(bare)) {
    out.push({
      kind: 'organization',
      name: bare,
      tokens: words,
      mention,
      strength: 2,
      sentenceStart: sentenceStarting,
      single: list.length === 1,
    });
    return;
  }
  if (
    PLACES.has(bare) ||
    (list.length > 1 &&
      PLACE_WORDS.has(words[words.length - 1]) &&
      !words.some((w) => ORG_WORDS.has(w)))
  ) {
    out.push({
      kind: 'place',
      name: bare,
      tokens: words,
      mention,
      strength: 2,
      sentenceStart: sentenceStarting,
      locative: LOCATIVE_BEFORE.test(head),
    });
    return;
  }
  const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u.exec(tail)?.[1];
  const hasOrgWord = words.some((w) => ORG_WORDS.has(w));
  // "Central bank officials said …": a capital that only opens the sentence names nothing.
  const openerOnly = list.length === 1 && sentenceStarting && !hasOrgWord;
  if (!openerOnly && (hasOrgWord || ORG_NOUN_AFTER.test(tail) || ORG_NOUN_BEFORE.test(head))) {
    // A bare "Government" or "Commons" says too little to be an actor of its own.
    if (
      list.length === 1 &&
      (DEMONYMS.has(words[0]) || ORG_WORDS.has(words[0]) || NOT_ACTORS.has(words[0]))
    )
      return;
    out.push({
      kind: 'organization',
      name,
      tokens: words,
      mention,
      strength: 2,
      sentenceStart: sentenceStarting,
      acronym,
      single: list.length === 1,
    });
    return;
  }
  if (words.some((w) => THING_WORDS.has(w))) {
    // "Missile Systems (NASAMS)": the acronym names the thing too.
    if (acronym)
      out.push({
        kind: null,
        name: acronym,
        tokens: [acronym],
        mention,
        strength: 0,
        sentenceStart: false,
        single: true,
        blocked: true,
      });
    return;
  }
  if (list.length === 1) {
    const t = list[0];
    if (
      t.word.length < 2 ||
      NOT_ACTORS.has(t.word) ||
      DEMONYMS.has(t.word) ||
      DEMONYMS.has(t.word.replace(/s$/, ''))
    )
      return;
    // "Iran-backed", "US-brokered", "Sandhurst-style" describe, they do not name.
    if (/-\p{Ll}/u.test(t.word) && !/^\p{Ll}+-/u.test(t.word)) return;
    if (t.acronym) {
      if (NOT_ACTOR_ACRONYMS.has(t.word) || (after && after.hasDigit && after.start - t.end <= 1))
        return;
      out.push({
        kind: 'organization',
        name: t.word,
        tokens: words,
        mention,
        strength: 1,
        sentenceStart: sentenceStarting,
        single: true,
      });
      return;
    }
    const personCue = (before && HONORIFICS.has(before.word)) || PERSON_NOUN_AFTER.test(tail);
    out.push({
      kind: personCue ? 'person' : null,
      name: t.word,
      tokens: words,
      mention,
      strength: 0,
      sentenceStart: sentenceStarting,
      single: true,
    });
    return;
  }
  if (words.some((w) => DEMONYMS.has(w)) || words.every((w) => /^\p{Lu}+$/u.test(w))) return;
  if (isPersonName(list)) {
    const evidence =
      GIVEN_NAMES.has(words[0]) ||
      list.some((t) => /^\p{Ll}/u.test(t.word)) ||
      (before !== undefined && ROLE_NOUNS.has(before.word)) ||
      SPEECH.test(text.slice(end, end + 40).trimStart()) ||
      /\bsaid\s+$/.test(head) ||
      /^,\s+\d{1,3},/.test(tail);
    const role =
      tokens && firstIndex !== undefined ? roleNounBefore(text, tokens, firstIndex) : null;
    const candidate = personCandidate(text, list, role, tokens ?? [], firstIndex ?? 0);
    candidate.strength = evidence ? 2 : 0;
    out.push(candidate);
  }
}

function personCandidate(
  text: string,
  name: Token[],
  role: Role | null,
  tokens: Token[],
  firstIndex: number,
): Candidate {
  const start = name[0].start;
  const end = name[name.length - 1].end;
  const best = bestRole(text, { start, end }, role, tokens, firstIndex);
  return {
    kind: 'person',
    name: text.slice(start, end).replace(/\s+/g, ' '),
    tokens: name.map((t) => t.word),
    mention: { start, end },
    strength: 2,
    sentenceStart: false,
    single: name.length === 1,
    role: best?.text,
    roleRank: best?.rank,
  };
}

/** Whether the words can be a person's name; `placesAllowed` after a title ("President Georgia Meloni"). */
function isPersonName(list: Token[], placesAllowed = false): boolean {
  if (list.length > 4) return false;
  if (NOT_ACTORS.has(list[0].word) || DEMONYMS.has(list[0].word)) return false;
  return list.every(
    (t) =>
      (t.cap || isParticle(t)) &&
      !t.acronym &&
      !ORG_WORDS.has(t.word) &&
      !THING_WORDS.has(t.word) &&
      (placesAllowed || !PLACES.has(t.word)) &&
      !TITLE_WORDS.has(t.word),
  );
}

/**
 * A dateline city in capitals ("GENEVA, 10 November 2023 -", "FRANKFURT (Reuters) -", or any
 * capitals run the gazetteer knows as a place) is that place, named as it is written elsewhere
 * ("Geneva"), not an acronym. Returns whether it took the run. Mutates `out`.
 */
function readCapitalsDateline(
  text: string,
  list: Token[],
  sentenceStarting: boolean,
  out: Candidate[],
): boolean {
  if (list.length > 3 || !list.every((t) => /^\p{Lu}{2,}$/u.test(t.word))) return false;
  const start = list[0].start;
  const end = list[list.length - 1].end;
  const name = list
    .map((t) => t.word.charAt(0) + t.word.slice(1).toLocaleLowerCase('en'))
    .join(' ');
  const isDateline = sentenceStarting && DATELINE_AFTER.test(text.slice(end, end + 60));
  if (!isDateline && !(PLACES.has(name) && list.every((t) => t.word.length > 3))) return false;
  out.push({
    kind: 'place',
    name,
    tokens: name.split(' '),
    mention: { start, end },
    strength: 2,
    sentenceStart: sentenceStarting,
    locative: true,
  });
  return true;
}

function isParticle(t: Token): boolean {
  return /^(?:de|del|da|di|du|van|von|der|den|bin|ibn|y|la|le|dos|das)$/.test(t.word);
}

export type { ActorKind };
