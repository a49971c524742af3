import type { SectionKind } from '../briefing';
import { CUES } from './section-cues';

export const SECTION_HEADINGS: Record<SectionKind, string> = {
  'key-developments': 'Key developments',
  cooperation: 'Cooperation',
  'regional-implications': 'Regional implications',
  concerns: 'Concerns',
  background: 'Background',
  outlook: 'Outlook',
};

/**
 * Every cue of every kind in one table keyed by its words, built once. Scoring walks the
 * sentence's words and looks up phrases of one to MAX_PHRASE words: one pass, no big regex.
 * A cue ending in a space-free prefix like "in 20" matches "in 2017" (see YEARISH).
 */
const CUE_KINDS = new Map<string, [SectionKind, number][]>();
let MAX_PHRASE = 1;
const PHRASE_STARTS = new Set<string>();
for (const kind of Object.keys(CUES) as SectionKind[]) {
  for (const [cue, weight] of Object.entries(CUES[kind])) {
    const list = CUE_KINDS.get(cue);
    if (list) list.push([kind, weight]);
    else CUE_KINDS.set(cue, [[kind, weight]]);
    MAX_PHRASE = Math.max(MAX_PHRASE, cue.split(' ').length);
    if (cue.includes(' ')) PHRASE_STARTS.add(cue.split(' ')[0]);
  }
}
/** Cues are ASCII, so ASCII words suffice; letters outside ASCII only split words. */
const WORD = /[a-z0-9]+(?:[-'’][a-z0-9]+)*/g;
const YEARISH = /^(19|20)\d\d$/;

/** Auxiliaries that put the verb after them in the past: "had expected", "was forecast". */
const PAST_AUXILIARY = /^(?:had|was|were|been|'d|’d)$/;
/** Reporting verbs: after one, "was expected" is backshifted speech, not a past frame. */
const REPORTING = /^(?:said|says|told|warned|added|announced|predicted|believes|believed)$/;
/**
 * Outlook cues that are verbs or participles: after a past auxiliary they report what was
 * once expected ("had expected a move"), which is not outlook; nor is an -ing form of one
 * later in the same sentence ("…, with the rest forecasting no change").
 */
const OUTLOOK_VERB =
  /^(?:expected|expecting|forecast|forecasting|planned|planning|intended|likely|set|going)$/;

/**
 * Scores a piece of text against every section kind. Outlook verbs in a past frame (see
 * OUTLOOK_VERB) score nothing, for any kind.
 */
export function scoreSections(text: string): Record<SectionKind, number> {
  const scores: Record<SectionKind, number> = {
    'key-developments': 0,
    cooperation: 0,
    'regional-implications': 0,
    concerns: 0,
    background: 0,
    outlook: 0,
  };
  const words = text.toLowerCase().match(WORD) ?? [];
  let pastContext = false;
  let reported = false;
  for (let i = 0; i < words.length; i++) {
    // "had expected a move, with the rest forecasting no change": a past frame, not a forecast.
    // "He said the toll was expected to rise" is reported speech, still looking ahead.
    if (REPORTING.test(words[i])) reported = true;
    const auxiliary = PAST_AUXILIARY.test(words[i - 1] ?? '')
      ? words[i - 1]
      : PAST_AUXILIARY.test(words[i - 2] ?? '') && /^(?:not|also|long)$|ly$/.test(words[i - 1])
        ? words[i - 2]
        : null;
    const pastFrame = auxiliary !== null && !(reported && /^(?:was|were)$/.test(auxiliary));
    if (OUTLOOK_VERB.test(words[i]) && (pastFrame || (pastContext && words[i].endsWith('ing')))) {
      pastContext = true;
      continue;
    }
    let phrase = '';
    const longest = PHRASE_STARTS.has(words[i]) ? MAX_PHRASE : 1;
    for (let n = 0; n < longest && i + n < words.length; n++) {
      const word = words[i + n];
      phrase = n === 0 ? word : `${phrase} ${word}`;
      const hits =
        CUE_KINDS.get(phrase) ??
        (YEARISH.test(word) && n > 0
          ? CUE_KINDS.get(`${phrase.slice(0, -word.length)}${word.slice(0, 2)}`)
          : undefined);
      if (hits) for (const [kind, weight] of hits) scores[kind] += weight;
    }
  }
  return scores;
}
