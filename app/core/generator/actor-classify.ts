import type { Span } from '../briefing';
import type { Token } from './actor-tokens';
import type { Candidate } from './actor-merge';
import {
  DEMONYMS,
  GIVEN_NAMES,
  HONORIFICS,
  NOT_ACTOR_ACRONYMS,
  NOT_ACTORS,
  ORG_WORDS,
  PLACES,
  PLACE_WORDS,
  THING_WORDS,
  TITLE_WORDS,
} from './gazetteer';
import {
  bestRole,
  isKnownOrg,
  isRoleNoun,
  roleNounBefore,
  RoleRank,
  type Role,
} from './actor-roles';
import {
  actsAfter,
  employerAround,
  LOCATIVE_BEFORE,
  ORG_NOUN_AFTER,
  ORG_NOUN_BEFORE,
  PERSON_NOUN_AFTER,
  placeCue,
  speaksAround,
} from './actor-cues';

/**
 * Reads a capitalised run with no title word: an organisation, a place, a lone word whose kind
 * depends on the rest of the article, or a person when the words around it say so (a known
 * first name, a role noun, speech, ", who", an age, an apposition). Pushes at most one candidate.
 */
export function classifyPlain(
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
  const orgCue =
    ORG_NOUN_AFTER.test(tail) || ORG_NOUN_BEFORE.test(head) || employerAround(head, tail);
  if (!openerOnly && (hasOrgWord || orgCue)) {
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
      // "Walsh said", "… told Walsh": how a surname stands alone; "the Line" is a common noun.
      surnameLike: actsAfter(tail) || (!sentenceStarting && !/\b(?:the|a|an)\s+$/i.test(head)),
      placeCue: placeCue(head, tail),
    });
    return;
  }
  if (words.some((w) => DEMONYMS.has(w)) || words.every((w) => /^\p{Lu}+$/u.test(w))) return;
  if (isPersonName(list)) {
    const role =
      tokens && firstIndex !== undefined ? roleNounBefore(text, tokens, firstIndex) : null;
    const candidate = personCandidate(text, list, role, tokens ?? [], firstIndex ?? 0);
    // A particle ("de", "del") alone proves nothing: "Metropolitano de Lisboa", "Viña del Mar".
    const evidence =
      GIVEN_NAMES.has(words[0]) ||
      (before !== undefined && isRoleNoun(before.word)) ||
      speaksAround(head, tail) ||
      candidate.roleRank === RoleRank.AppositiveAfter ||
      candidate.roleRank === RoleRank.AppositiveBefore;
    if (!evidence && placeCue(head, tail) === 2) {
      out.push({
        kind: 'place',
        name,
        tokens: words,
        mention,
        strength: 2,
        sentenceStart: sentenceStarting,
        locative: true,
      });
      return;
    }
    candidate.strength = evidence ? 2 : 0;
    if (!evidence) delete candidate.role;
    out.push(candidate);
  }
}

export function personCandidate(
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
export function isPersonName(list: Token[], placesAllowed = false): boolean {
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

export function isParticle(t: Token): boolean {
  return /^(?:de|del|da|di|du|van|von|der|den|bin|ibn|y|la|le|dos|das)$/.test(t.word);
}
