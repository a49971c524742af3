/**
 * Cheap grammatical evidence about one sentence, for choosing what becomes an item: does it
 * have a finite verb, does it name someone, is it a sentence at all. Closed word classes only.
 */

const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|has|have|had|does|do|did|won't|can't)$/;
/** Common irregular verbs, past and present, that carry a headline-style sentence. */
const IRREGULAR_VERB =
  /^(?:met|meets|said|says|told|tells|took|takes|made|makes|went|goes|came|comes|won|wins|lost|loses|left|leaves|held|holds|hit|hits|fell|falls|rose|rises|cut|cuts|set|sets|put|puts|saw|sees|gave|gives|got|gets|kept|keeps|led|leads|paid|pays|sent|sends|sold|sells|spent|spends|struck|strikes|fought|fights|brought|brings|began|begins|broke|breaks|ran|runs|chose|drew|grew|knew|shot|spoke|stood|wrote|warns|vows|faces|seeks|backs|calls|wants|plans|agrees|rejects|denies|claims|admits)$/;
const NOT_PARTICIPLE =
  /^(?:hundred|need|seed|speed|bed|red|bred|shed|feed|deed|creed|greed|steed|weed|sled|wed)$/;
/** Capitalised words that name no one: weekdays, months and sentence-opening function words. */
const NOT_A_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I|The|A|An|This|That|These|Those|It|He|She|They|We|You|In|On|At|But|And|Or|If|As|When|While|After|Before|For|With|By|From|Of|To)$/;

/** Verbs that follow a bare subject: "Warjiyo said", "Hudák has denied". */
const SUBJECT_VERB =
  /^(?:said|says|told|tells|added|adds|warned|warns|argued|argues|insisted|insists|is|was|has|had|will|would|could|did|does)$/;

function wordsOf(line: string): string[] {
  return line.match(/[\p{L}\p{N}][\p{L}\p{N}'’%.,-]*/gu) ?? [];
}

/** True when some word after the first is a finite verb: an auxiliary, a common irregular verb or a lower-case "-ed" word. */
export function hasFiniteVerb(line: string): boolean {
  return wordsOf(line)
    .slice(1)
    .some((raw) => {
      const w = raw.replace(/[.,]+$/, '');
      if (!/^\p{Ll}/u.test(w)) return false;
      if (AUXILIARY.test(w) || IRREGULAR_VERB.test(w)) return true;
      return /^\p{Ll}{3,}ed$/u.test(w) && !NOT_PARTICIPLE.test(w);
    });
}

/**
 * A line that reads as a sentence, not a ticker or list ("FTSE 100 down 0.93%; DAX down
 * 0.93%"): at least four words, no run of semicolon-separated fragments, and a finite verb.
 */
export function isFullSentence(line: string): boolean {
  if (wordsOf(line).length < 4) return false;
  const pieces = line.split(';').filter((p) => p.trim());
  if (pieces.length >= 2 && pieces.every((p) => p.trim().split(/\s+/).length <= 6)) return false;
  return hasFiniteVerb(line);
}

/**
 * True when the line names an actor: a capitalised word after the first (not a weekday, month
 * or function word), an acronym, an opening run of two capitalised words ("Jane Doe resigned"),
 * or a capitalised subject right before a reporting verb or an auxiliary ("Warjiyo said").
 */
export function namesActor(line: string): boolean {
  const words = wordsOf(line).map((w) => w.replace(/['’]s$|[.,]+$/g, ''));
  if (words.length >= 2 && /^\p{Lu}/u.test(words[0]) && !NOT_A_NAME.test(words[0])) {
    if (/^\p{Lu}/u.test(words[1]) || SUBJECT_VERB.test(words[1])) return true;
  }
  return words.slice(1).some((w) => /^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w));
}

/** Money, a share or a scaled number: "0.4%", "$1.8 billion", "5,000 tonnes" count as news. */
const FIGURE = /[$£€¥]\s?\d|\d\s?(?:%|per\s?cent\b|bn\b|billion|million|trillion|basis points)/;

/**
 * A sentence that reports something: a finite verb, and a named actor or a figure ("The
 * rupiah strengthened 0.4% after the announcement").
 */
export function isNewsSentence(line: string): boolean {
  return (namesActor(line) || FIGURE.test(line)) && isFullSentence(line);
}
