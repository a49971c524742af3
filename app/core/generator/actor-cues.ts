/**
 * The words around a capitalised run that tell what it names: a speech verb after a person, an
 * organisation noun before a company, a locative phrase before a place. Small closed classes
 * (prepositions, reporting verbs, auxiliaries, place nouns), not tuned to any article.
 */

export const SPEECH =
  /^(?:said|says|told|tells|added|adds|insisted|argued|warned|stated|wrote|noted|explained|announced|declared|claimed|accused|denied)\b/;
export const ORG_NOUN_AFTER =
  /^\s+(?:party|group|company|firm|movement|coalition|alliance|bank|agency|ministry|militia|network|newspaper|broadcaster)\b/;
/** "carmaker X", "rival X": a company noun right before the name. */
export const ORG_NOUN_BEFORE =
  /\b(?:carmaker|car maker|firm|company|group|rival|bank|insurer|airline|retailer|broadcaster|newspaper|agency|giant|conglomerate|manufacturer|party|militia|supplier|startup|regulator)\s+$/;
/**
 * A job held in something: "chief executive of X", "a spokesperson for X", "an analyst at X".
 * Political jobs ("mayor of", "president of") are left out: what follows them is as often a place.
 */
const EMPLOYER_BEFORE =
  /\b(?:chief executive|executive|spokes(?:man|woman|person)|analyst|economist|chairman|chairwoman|founder|co-founder|boss|owner|shareholders?|investors?|employees?)\s+(?:of|for|at)(?:\s+the)?\s+$/;
/** What may follow an employer's name: an end of phrase, a verb of speech, or a clause link. */
const EMPLOYER_END =
  /^(?:\s*[,.;:)]|\s+(?:said|says|told|and|in|on|who|which|since|until|after|before)\b|\s*$)/;

/** Whether the words around a run make it the organisation someone works for. */
export function employerAround(head: string, tail: string): boolean {
  return EMPLOYER_BEFORE.test(head) && EMPLOYER_END.test(tail);
}
export const PERSON_NOUN_AFTER =
  /^\s+(?:administration|government|campaign|presidency|cabinet|family)\b/;
/** A preposition that makes the place after it a place, not a person's surname ("in Montenegro"). */
export const LOCATIVE_BEFORE =
  /\b(?:in|to|from|into|across|throughout|near|around|of|at|via|for|towards?|inside|outside)\s+(?:the\s+)?$/i;
/** A preposition right before a name: what follows it is governed, not the speaker ("a spokesperson for X said"). */
const PREPOSITION_BEFORE = /\b(?:of|for|at|from|in|into|by|with|to|on|near)\s+(?:the\s+)?$/;

/**
 * Strong place cues: "near X", "outside X", "the cities of X", "X region". A run with no person
 * evidence and one of these is a place.
 */
const PLACE_BEFORE =
  /\b(?:near|outside|(?:cities|towns|villages|city|town|village|port|suburbs?|districts?|provinces?)\s+of)\s+$/;
const PLACE_AFTER = /^\s+(?:region|province|district|county|municipality|prefecture|oblast)\b/;
/** A weak place cue: "in X". Stakes, shares and jobs are held "in" companies too, so it needs repeating. */
const IN_BEFORE = /\bin\s+$/;

/** How strongly the words around a run say it is a place: 2 strong, 1 "in X", 0 none. */
export function placeCue(head: string, tail: string): 0 | 1 | 2 {
  if (PLACE_BEFORE.test(head) || PLACE_AFTER.test(tail)) return 2;
  return IN_BEFORE.test(head) ? 1 : 0;
}

/**
 * Whether the words after a lone capitalised word make it a speaker, as a surname opening a
 * sentence is ("Walsh said", "Hudák, who denies"). Other verbs are left out: "Rain is expected"
 * and "Prices rose" open sentences too.
 */
export function actsAfter(tail: string): boolean {
  return SPEECH.test(tail.trimStart()) || /^,\s+who\b/.test(tail);
}

/** Person evidence around a name that needs no gazetteer: speech, "said X", ", who", an age. */
export function speaksAround(head: string, tail: string): boolean {
  return (
    (!PREPOSITION_BEFORE.test(head) && SPEECH.test(tail.trimStart())) ||
    /\bsaid\s+$/.test(head) ||
    /^,\s+(?:who\b|\d{1,3},)/.test(tail)
  );
}
