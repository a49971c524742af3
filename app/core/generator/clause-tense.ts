/**
 * Whether the clause around a date speaks of the future or the past, for dates the text gives
 * without a year or week ("on Friday", "in December"). News reports what has happened, so the
 * callers read a date with no cue as the past; these cues are what can move it ahead.
 */

export type Tense = 'future' | 'past';

/**
 * Words that put a date ahead of the article. "Expected/due/set to", "expected", "scheduled"
 * and a bare "due" after was/were/been/had are past ("was expected to arrive on Friday"), so
 * the look-behind drops them, as it drops the noun in "a plan to". Modals ("could", "would",
 * "might") speak of what has not happened yet ("a treaty could be signed in February"); "may"
 * is left out, being also a month. Scheduling phrases in the present ("is due in March",
 * "takes effect in April", "comes into force in January") look ahead too.
 */
const FUTURE_CUE =
  /\b(?:will|shall|won['’]t|going to|(?<!\b(?:a|the|its|his|her|their|our|this|that)\s+)plans? to|planning to|plans? an?|intends? to|upcoming|forthcoming|could|would|might|expects?|(?:takes?|comes?|goes|enters?) (?:effect|into (?:force|effect))|(?<!\b(?:was|were|been|had)\s+)(?:(?:set|due|expected|slated|poised) to|expected|scheduled|due))\b|['’]ll\b/gi;
/**
 * Past-tense words that put a date behind it; a participle after "be", "is" or "are" is not
 * past. Besides a closed list of common irregular pasts, any word of five or more letters in "-ed" counts
 * ("voted", "raided"), except "-eed" words, "hundred" and the scheduling participles that are
 * future cues ("expected", "scheduled", "planned"). Pasts spelt like their present ("cut",
 * "hit") count only when no infinitive or modal comes right before them.
 */
const PAST_CUE =
  /\b(?:was|were|had|did|(?<!\b(?:be|being|is|are)\s+)(?:said|told|met|held|agreed|spoke|began|took|came|went|rose|fell|grew|won|lost|left|paid|sold|made|gave|saw|became|struck|fought|fled|led|built|brought|bought|kept|sent|spent|wrote|chose|ran|sought|(?<!\b(?:to|will|would|could|can|may|might|must|should|shall|not)\s+)(?:cut|hit|put|shut|quit|spread|cost)|(?!(?:expected|scheduled|planned|slated|proposed|hundred)\b)\p{Ll}{2,}[^e\s]ed))\b/giu;
/**
 * Where a date's clause ends: strong punctuation, quotation marks, dashes, another date word.
 * A colon between digits is a clock time ("will meet at 10:00 GMT on Wednesday"), not a break.
 * Commas do not end it, so a list ("will meet in Rome, Paris and Berlin on Friday") keeps its
 * verb. Month names are matched with their capital only, so the modal "may" is no break.
 */
const CLAUSE_BREAK =
  /[;()“”"—–]|(?<!\d):|:(?!\d)|\s-\s|\b(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)(?:['’]s)?\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
/**
 * Looking forward, a coordinated clause is another event: in "cut jobs in January and will
 * hire in March" the "will" is March's, not January's.
 */
const NEXT_CLAUSE = /\b(?:and|but|while|whereas|although|though)\b/;

/**
 * How far from a date we look for its cues, in characters. A clause rarely runs longer, and
 * the bound keeps a sentence with thousands of dates linear.
 */
const CLAUSE_WINDOW = 200;

/**
 * The tense of the clause around `sentence[start, end)`: the nearest cue before it in its
 * clause decides ("will meet on Friday", "said on Friday"); with none, the first cue after it
 * in the same clause ("Friday's summit is expected to…", "In March, ministers will vote");
 * with none at all, null.
 */
export function clauseTense(sentence: string, start: number, end: number): Tense | null {
  return (
    nearestTense(clauseBefore(sentence, start), 'last') ??
    nearestTense(clauseAfter(sentence, end), 'first')
  );
}

/** The words of `sentence` from the last clause break before `at` up to `at`. */
function clauseBefore(sentence: string, at: number): string {
  const words = sentence.slice(Math.max(0, at - CLAUSE_WINDOW), at);
  let start = 0;
  for (const m of words.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return words.slice(start);
}

/** The words of `sentence` from `at` up to the next clause break or coordinated clause. */
function clauseAfter(sentence: string, at: number): string {
  let words = sentence.slice(at, at + CLAUSE_WINDOW);
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(words);
  if (m) words = words.slice(0, m.index);
  const next = words.search(NEXT_CLAUSE);
  return next >= 0 ? words.slice(0, next) : words;
}

/** The tense of the last (or first) future or past cue in `words`, or null if there is none. */
function nearestTense(words: string, which: 'first' | 'last'): Tense | null {
  const cues: { at: number; tense: Tense }[] = [];
  for (const m of words.matchAll(FUTURE_CUE)) cues.push({ at: m.index, tense: 'future' });
  for (const m of words.matchAll(PAST_CUE)) cues.push({ at: m.index, tense: 'past' });
  if (!cues.length) return null;
  cues.sort((a, b) => a.at - b.at);
  return (which === 'first' ? cues[0] : cues[cues.length - 1]).tense;
}
