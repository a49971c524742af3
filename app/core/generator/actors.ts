import type { Actor, ActorKind } from '../briefing';
import type { Analysis } from './analysis';
import { findRuns, titleOfIndex, tokenize, type Run, type Token } from './actor-tokens';
import {
  DEMONYMS,
  GIVEN_NAMES,
  ORG_WORDS,
  PLACES,
  PORTFOLIO_WORDS,
  NOT_ACTORS,
  THING_WORDS,
  TITLE_MODIFIERS,
} from './gazetteer';
import { resolveActors, type Candidate } from './actor-merge';
import { roleFromPrefix } from './actor-roles';
import { classifyPlain, isParticle, isPersonName, personCandidate } from './actor-classify';

/** Adjectives that open organisation names ("New Democratic Party", "First Republic Bank"). */
const NAME_ADJECTIVE = /^(?:New|Old|First|Second|Third)$/;
/** A capitalised participle ("Neighbouring", "Embattled"): it describes the name after it. */
const PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ing|ed)$/u;

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
      const from = candidates.length;
      readRun(text, tokens, run, sentence.start, titleCase, candidates);
      // Headlines capitalise every word: what they name needs support from the body.
      if (titleCase) for (let i = from; i < candidates.length; i++) candidates[i].heading = true;
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
    // "the New Democratic Party": in mid-sentence, an adjective before an organisation word is its name's.
    const keepAdjective =
      NAME_ADJECTIVE.test(t.word) &&
      !titleCase &&
      !atSentenceStart(t) &&
      list.length > 1 &&
      ORG_WORDS.has(list[list.length - 1].word);
    if (
      !describing &&
      (keepThe ||
        keepAdjective ||
        startsPlace ||
        t.title ||
        !(NOT_ACTORS.has(t.word) || (!t.cap && !isParticle(t))))
    )
      break;
    list = list.slice(1);
    firstIndex++;
  }
  // "Neighbouring Tanzania has …": a participle opening the sentence is not part of the place.
  if (
    list.length > 1 &&
    PARTICIPLE.test(list[0].word) &&
    atSentenceStart(list[0]) &&
    (PLACES.has(text.slice(list[1].start, list[list.length - 1].end).replace(/\s+/g, ' ')) ||
      GIVEN_NAMES.has(list[1].word))
  ) {
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
    // "Minister of Foreign Affairs Hakan Fidan": the portfolio belongs to the role.
    const of = titleOfIndex(list);
    const portfolio = of >= 0 && !list.slice(of + 1).some((t) => t.title);
    let name = portfolio ? nameAfterPortfolio(list.slice(of + 1)) : list.slice(lastTitle + 1);
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
    // A bare portfolio ("Minister of Foreign Affairs") names no actor.
    if (portfolio && !rest.some((t) => ORG_WORDS.has(t.word))) return;
    const onlyTitleWords = rest.every(
      (t) => TITLE_MODIFIERS.has(t.word) || ORG_WORDS.has(t.word) || !t.cap,
    );
    if (rest.length >= 2 && !onlyTitleWords) classifyPlain(text, rest, before, after, false, out);
    return;
  }
  classifyPlain(text, list, before, after, sentenceStarting, out, tokens, firstIndex);
}

/**
 * The name after a "Title of" portfolio: the trailing capitalised words once the portfolio's
 * first word, everything up to its last "and"/"the", and known portfolio words are gone
 * ("Family Labour and Social Policy Anna Nowak" → "Anna Nowak"). A single word left is part of
 * the portfolio ("Minister of Family"), so no name. At most three words, as names rarely run longer.
 */
function nameAfterPortfolio(tail: Token[]): Token[] {
  let from = 0;
  tail.forEach((t, i) => {
    if (t.word === 'and' || t.word === 'the') from = i + 1;
  });
  let name = tail.slice(from + 1);
  while (name.length && (PORTFOLIO_WORDS.has(name[0].word) || !name[0].cap)) name = name.slice(1);
  if (name.length < 2) return [];
  return name.slice(-3);
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
    // "THE HAGUE": the mention is the name's own word, as "The Hague" is matched without "The".
    mention: { start: list[0].word === 'THE' && list.length > 1 ? list[1].start : start, end },
    strength: 2,
    sentenceStart: sentenceStarting,
    locative: true,
  });
  return true;
}

export type { ActorKind };
