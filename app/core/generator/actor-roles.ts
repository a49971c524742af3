/**
 * What a person is, read from the words around their name: a title before it ("Defence
 * Secretary Philip Hammond"), an apposition after or before it ("Maria Lund, head of the Port
 * Authority"), a role noun ("CNE president Elvis Amoroso") or an affiliation ("David Page, of
 * Investec Securities").
 */

import type { Span } from '../briefing';
import type { Token } from './actor-tokens';
import {
  GIVEN_NAMES,
  HONORIFICS,
  NOT_ACTORS,
  ORG_NAMES,
  ORG_WORDS,
  PLACES,
  ROLE_NOUNS,
  TITLE_WORDS,
} from './gazetteer';

const RANKS = new Set([
  'General',
  'Brigadier',
  'Colonel',
  'Lieutenant',
  'Admiral',
  'Captain',
  'Major-General',
  'Sir',
  'Dr',
  'Dr.',
  'Mr',
  'Mrs',
  'Ms',
  'Lord',
  'Lady',
  'Dame',
  'Professor',
  'Prof',
  'Marshal',
  'Sergeant',
]);
const STOP_LOWER = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'as',
  'is',
  'was',
  'his',
  'her',
  'its',
  'their',
  'said',
  'that',
  'from',
]);

/** Role evidence, strongest first. */
export const RoleRank = {
  AppositiveAfter: 5,
  TitlePrefix: 4,
  AppositiveBefore: 3,
  /** "David Page, of Investec Securities": where the person works, when nothing says what they are. */
  Affiliation: 2,
  RoleNounBefore: 1,
  Rank: 0,
} as const;

/** A role and how strong the evidence for it is (RoleRank). */
export interface Role {
  text: string;
  rank: number;
}

/**
 * The best role for a person named at `name` (tokens[firstIndex] opens the run that names
 * them), given the role its title prefix gave (`role`): an apposition after the name beats a
 * title, which beats an apposition before it, an affiliation or a role noun; a bare rank
 * ("General") gives way to any description.
 */
export function bestRole(
  text: string,
  name: Span,
  role: Role | null,
  tokens: Token[],
  firstIndex: number,
): Role | null {
  let best = role;
  const { start, end } = name;
  const after = appositiveAfter(text, end);
  if (after && (!best || best.rank < RoleRank.AppositiveAfter))
    best = { text: after, rank: RoleRank.AppositiveAfter };
  const affiliation = after ? null : affiliationAfter(text, end);
  if (affiliation && (!best || best.rank < RoleRank.Affiliation))
    best = { text: affiliation, rank: RoleRank.Affiliation };
  if (!best || best.rank <= RoleRank.Rank || best.rank === RoleRank.Affiliation) {
    const prefixStart = tokens[firstIndex]?.start ?? start;
    const beforeRole = appositiveBefore(text, Math.min(prefixStart, start));
    if (beforeRole) best = { text: beforeRole, rank: RoleRank.AppositiveBefore };
  }
  if ((!best || best.rank <= RoleRank.Rank) && tokens.length) {
    // "IDF chief spokesperson Admiral Daniel Hagari": the description beats the bare rank.
    best = roleNounBefore(text, tokens, firstIndex) ?? best;
  }
  if (!best) return null;
  // A role never ends in a linking word ("Minister of" lost its portfolio): drop the dangling end.
  const trimmed = best.text.replace(/(?:[\s,]+(?:of|for|and|the|to|in|at|on))+[\s,]*$/, '').trim();
  return trimmed ? { text: trimmed, rank: best.rank } : null;
}

/** A name the gazetteer knows as an organisation, or one ending in it ("American Red Cross"). */
export function isKnownOrg(name: string): boolean {
  if (ORG_NAMES.has(name)) return true;
  // The known names run two to four words: only the last few words need looking at.
  const words = name.split(' ').slice(-5);
  for (let i = 1; i < words.length - 1; i++) {
    if (ORG_NAMES.has(words.slice(i).join(' '))) return true;
  }
  return false;
}

/**
 * "Carl Emmerson, from the Institute for Fiscal Studies,", "Nicholas Spiro of Spiro Sovereign
 * Strategy said": the organisation a person speaks for, when the phrase names one.
 */
function affiliationAfter(text: string, end: number): string | null {
  const m =
    /^(?:,\s+|\s+)(?:from|of|at|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’&-]*(?: +(?:(?:of|for|and|on|the) +){0,2}\p{Lu}[\p{L}\p{M}'’&-]*){0,6})(?=\s*[,.;:)]|\s+(?:who|which|said|says|told|added|argued|warned|wrote|believes|thinks)\b|\s*$)/u.exec(
      text.slice(end, end + 120),
    );
  if (!m) return null;
  const org = m[1];
  const words = org.split(/\s+/);
  return words.some((w) => ORG_WORDS.has(w)) || isKnownOrg(org) ? org : null;
}

/** "Turkish Air Force Commander General" → "Turkish Air Force Commander"; "Mr" → no role. */
export function roleFromPrefix(
  text: string,
  runStart: number,
  prefix: string,
  prefixTokens: Token[],
): Role | null {
  let words = prefixTokens.map((t) => t.word);
  let cut = prefixTokens.length;
  while (
    cut > 1 &&
    RANKS.has(words[cut - 1]) &&
    prefixTokens.slice(0, cut - 1).some((t) => t.title && !RANKS.has(t.word))
  )
    cut--;
  words = words.slice(0, cut);
  if (!words.length || words.every((w) => HONORIFICS.has(w))) return null;
  const onlyRank = words.every((w) => RANKS.has(w));
  let role = cut === prefixTokens.length ? prefix : text.slice(runStart, prefixTokens[cut - 1].end);
  const owner = /(\p{Lu}[\p{L}\p{M}-]*)['’]s\s+$/u.exec(
    text.slice(Math.max(0, runStart - 40), runStart),
  );
  if (owner && PLACES.has(owner[1])) role = `${owner[0].trim()} ${role}`;
  return { text: role.replace(/\s+/g, ' '), rank: onlyRank ? RoleRank.Rank : RoleRank.TitlePrefix };
}

const ADJUNCT_OPENER =
  /^(?:during|in|on|at|after|before|with|without|for|from|to|by|as|while|when|where|and|but|or|since|despite|under|over|amid|following|according|including|who|which|whose|whom|that|if|though|although|because|until|against|between|through|via|into|onto|near|around|about)\b/i;

/** ", Commander of the Syrian Air Force and Air Defence," after a name. */
function appositiveAfter(text: string, end: number): string | null {
  const m =
    /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;:()"“”‘’]{3,120}?)(?=\s*[,.;:(]|\s+(?:who|which|said|says|told)\b|$)/.exec(
      text.slice(end, end + 160),
    );
  if (!m) return null;
  const phrase = m[1].trim();
  const words = phrase.split(/\s+/);
  if (/^\d/.test(phrase) || words.length > 12) return null;
  // ", during an official visit": a preposition or conjunction opens an adjunct, not an apposition.
  if (ADJUNCT_OPENER.test(phrase)) return null;
  // Lower-case openings must be a role within three words ("politics professor at …"), not a verb.
  if (/^\p{Ll}/u.test(phrase) && !words.slice(0, 3).some(isRoleNoun)) return null;
  if (namesSomeone(words)) return null;
  return hasRoleWord(phrase) ? phrase : null;
}

/** "French President Francois Hollande" is the next person in a list, not a role. */
function namesSomeone(words: string[]): boolean {
  return words.some((w, i) => GIVEN_NAMES.has(w) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
}

/** "Turkey’s Chief of the General Staff, General Selçuk …": the phrase before the comma. */
function appositiveBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 120), start);
  const m = /(?:^|[,;(.:]\s+|\n)([^,;(.:\n]{3,100}),\s+$/.exec(before);
  if (!m) return null;
  const raw = m[1].trim();
  const phrase = raw.replace(/^(?:The|the|Her|His|Their|Its|Our)\s+/, '');
  // "The head of the UN nuclear watchdog, Rafael Grossi": the capital may be the article's.
  if (phrase.split(/\s+/).length > 10 || !/^\p{Lu}/u.test(raw) || namesSomeone(phrase.split(/\s+/)))
    return null;
  return hasRoleWord(phrase) ? phrase : null;
}

/** "CNE president Elvis Amoroso", "International Monetary Fund chief Christine Lagarde". */
export function roleNounBefore(text: string, tokens: Token[], firstIndex: number): Role | null {
  let i = firstIndex - 1;
  const end = tokens[i];
  if (!end || !isRoleNoun(end.word) || end.end + 3 < (tokens[firstIndex]?.start ?? 0)) return null;
  let start = i;
  let modifiers = 0;
  while (i > 0 && firstIndex - i < 5) {
    const prev = tokens[i - 1];
    if (prev.possessive || text.slice(prev.end, tokens[i].start).trim() !== '') break;
    if (prev.cap && !NOT_ACTORS.has(prev.word)) start = i - 1;
    else if (isRoleNoun(prev.word)) start = i - 1;
    else if (!prev.cap && !STOP_LOWER.has(prev.word) && modifiers === 0 && !prev.hasDigit) {
      start = i - 1;
      modifiers++;
    } else break;
    i--;
  }
  return {
    text: text.slice(tokens[start].start, end.end).replace(/\s+/g, ' '),
    rank: RoleRank.RoleNounBefore,
  };
}

function hasRoleWord(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => TITLE_WORDS.has(w) || isRoleNoun(w));
}

/** A role noun, also with "-elect"/"-designate" or a "co-"/"vice-"/"ex-" prefix ("president-elect"). */
export function isRoleNoun(word: string): boolean {
  if (ROLE_NOUNS.has(word)) return true;
  const bare = word.replace(/-(?:elect|designate)$/, '').replace(/^(?:co|vice|ex|acting)-/, '');
  return bare !== word && ROLE_NOUNS.has(bare);
}
