import type { Span } from '../briefing';
import {
  HONORIFICS,
  NOT_ACTORS,
  ORG_WORDS,
  THING_WORDS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './gazetteer';

/** One word of a sentence, with what the actor finder asks about it. */
export interface Token extends Span {
  /** The word as written, possessive `'s` removed (and excluded from the span). */
  word: string;
  possessive: boolean;
  /** Starts with a capital (or is a name particle like "al-Assad", or "then-Chief"). */
  cap: boolean;
  acronym: boolean;
  /** A job title or honorific ("General", "Mr", "then-Chief"). */
  title: boolean;
  hasDigit: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
const NAME_PARTICLE =
  /^(?:al|el|ad|ash|as|at|an|ar|az|bin|ibn|abu|ben|de|di|da|van|von|le|la|del|dos|du|mac|o)-\p{Lu}/u;
const TITLE_PREFIX = /^(?:then|ex|former|acting|vice|deputy)-(\p{Lu}.*)$/u;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}&]+s?|\p{Lu}\p{Ll}\p{Lu}+)$/u;

/** Connectors allowed inside a name run. `of`/`for`/`on` only after an organisation or title word. */
const NAME_CONNECTORS = new Set([
  'de',
  'del',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'y',
  'la',
  'le',
  'dos',
  'das',
]);
const ORG_CONNECTORS = new Set(['of', 'for', 'on']);

/** Splits a sentence into word tokens. Linear in its length. */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    let word = m[0];
    const start = span.start + (m.index ?? 0);
    const first = word.charCodeAt(0);
    // Fast path: a plain lower-case ASCII word (most of any text) is never part of a name.
    if (first >= 97 && first <= 122 && !word.includes('-')) {
      tokens.push({
        start,
        end: start + word.length,
        word,
        possessive: false,
        cap: false,
        acronym: false,
        title: false,
        hasDigit: false,
      });
      continue;
    }
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    if (
      word.length > 2 &&
      last === 115 /* s */ &&
      (word[word.length - 2] === '’' || word[word.length - 2] === "'")
    ) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const hasDigit = /\p{N}/u.test(word);
    const titled = word.includes('-') ? TITLE_PREFIX.exec(word) : null;
    const cap = !hasDigit && (/^\p{Lu}/u.test(word) || NAME_PARTICLE.test(word) || titled !== null);
    tokens.push({
      start,
      end: start + word.length,
      word,
      possessive,
      cap,
      acronym: !hasDigit && word.length >= 2 && word.length <= 8 && ACRONYM.test(word),
      title: TITLE_WORDS.has(titled ? titled[1] : word) || HONORIFICS.has(word),
      hasDigit,
    });
  }
  return tokens;
}

/** A maximal run of capitalised tokens (with allowed connectors) inside one sentence. */
export interface Run {
  tokens: Token[];
  /** Index in the sentence's token list of the run's first token. */
  first: number;
}

/**
 * Groups tokens into capitalised runs. Tokens join when only whitespace separates them; a
 * possessive ends a run; lower-case connectors join only between capitalised words
 * ("Ministry of Defence", "Chief of the General Staff", "Ahmed bin Salman").
 */
export function findRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]];
    const first = i;
    let j = i;
    while (!tokens[j].possessive) {
      // "Minister of Family, Labour and Social Policy Anna Nowak": the portfolio list is one run.
      // Only a short run can be "Title of Portfolio"; the bound keeps findRuns linear.
      const listEnd =
        run.length <= 6 && portfolioOpen(run) ? portfolioListEnd(text, tokens, j) : -1;
      if (listEnd > j) {
        for (let t = j + 1; t <= listEnd; t++) run.push(tokens[t]);
        j = listEnd;
        continue;
      }
      const next = tokens[j + 1];
      if (!next || !isSpaceGap(text, tokens[j].end, next.start)) break;
      if (next.cap) {
        run.push(next);
        j++;
        continue;
      }
      // Connector(s) followed by a capitalised word.
      const lastWord = tokens[j].word;
      const joins =
        NAME_CONNECTORS.has(next.word) ||
        (ORG_CONNECTORS.has(next.word) &&
          (ORG_WORDS.has(lastWord) ||
            TITLE_WORDS.has(lastWord) ||
            THING_WORDS.has(lastWord) ||
            tokens[j].title));
      if (!joins) break;
      let k = j + 2;
      // "Juan de la Cruz", "Rafael van der Berg": particles come in pairs.
      if (
        NAME_CONNECTORS.has(next.word) &&
        NAME_CONNECTORS.has(tokens[k]?.word ?? '') &&
        isSpaceGap(text, next.end, tokens[k].start)
      )
        k++;
      if (tokens[k]?.word === 'the' && isSpaceGap(text, tokens[k - 1].end, tokens[k].start)) k++;
      const after = tokens[k];
      if (!after || !after.cap || !isSpaceGap(text, tokens[k - 1].end, after.start)) break;
      // "Scottish Parliament on Wednesday": calendar and function words never continue a name.
      if (NOT_ACTORS.has(after.word) && !after.title) break;
      for (let t = j + 1; t <= k; t++) run.push(tokens[t]);
      j = k;
    }
    markTitleModifiers(run);
    runs.push({ tokens: run, first });
    i = j + 1;
  }
  return runs;
}

/** The index of "of"/"for" right after the run's first title word ("Minister of …"), or -1. */
export function titleOfIndex(run: Token[]): number {
  const i = run.findIndex(
    (t, k) => t.title && (run[k + 1]?.word === 'of' || run[k + 1]?.word === 'for'),
  );
  return i < 0 ? -1 : i + 1;
}

/** A run that so far reads "Title of Portfolio" with a one-word portfolio ("Minister of Family"). */
function portfolioOpen(run: Token[]): boolean {
  const of = titleOfIndex(run);
  if (of < 0) return false;
  const tail = run.slice(of + 1).filter((t) => t.word !== 'the');
  return tail.length === 1 && tail[0].cap && !tail[0].title;
}

/**
 * Where a portfolio list after a one-word portfolio ends: ", Labour and Social" in "Minister of
 * Family, Labour and Social Policy …". Only a list closed by "and" counts, so "Minister of
 * Finance, Ahmed Said, said" stays apart. Returns the index of the first word after "and", or -1.
 */
function portfolioListEnd(text: string, tokens: Token[], j: number): number {
  let pos = j;
  for (let segments = 0; segments < 4; segments++) {
    const next = tokens[pos + 1];
    if (!next) return -1;
    const gap = text.slice(tokens[pos].end, next.start);
    if (next.word === 'and' && /^,?[ \t]{1,3}$/.test(gap)) {
      const after = tokens[pos + 2];
      const joins = after && after.cap && !after.title && isSpaceGap(text, next.end, after.start);
      return joins ? pos + 2 : -1;
    }
    if (!/^,[ \t]{1,3}$/.test(gap) || !isListWord(next)) return -1;
    pos++;
    for (let words = 1; words < 3; words++) {
      const more = tokens[pos + 1];
      if (!more || !isListWord(more) || !isSpaceGap(text, tokens[pos].end, more.start)) break;
      pos++;
    }
  }
  return -1;
}

function isListWord(t: Token): boolean {
  return t.cap && !t.title && !t.possessive && !NOT_ACTORS.has(t.word);
}

/** "Defence Secretary": a modifier is a title word only when a title word follows it. Mutates `run`. */
function markTitleModifiers(run: Token[]): void {
  for (let i = run.length - 2; i >= 0; i--) {
    const t = run[i];
    if (!t.title && TITLE_MODIFIERS.has(t.word) && run[i + 1].title) t.title = true;
  }
}

function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\u00a0') return false;
  }
  return true;
}
