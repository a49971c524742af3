import type { Item, Span } from '../briefing';
import type { Analysis, Sentence } from './analysis';
import { capitalise, cleanText } from './spans';

/** The marker text-structure strips from a bullet or numbered line, left on the line before the part. */
const LIST_MARKER_BEFORE = /^[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+$/;
/** How many words a lead-in with its list may run to as one item. */
const MAX_LIST_ITEM_WORDS = 80;

/** Lists found in the body: each lead-in ("The package includes:") with its list sentences. */
export interface BodyLists {
  /** Lead-in → the sentences of the list lines right after it. */
  leads: Map<Sentence, Sentence[]>;
  /** Sentences that are list lines of a lead-in, or lead-ins with no list after them. */
  absorbed: Set<Sentence>;
}

/** True when the paragraph holding `s` was a bullet or numbered line. */
function isListLine(text: string, s: Sentence, analysis: Analysis): boolean {
  const part = analysis.parts[s.part];
  const lineStart = text.lastIndexOf('\n', part.start - 1) + 1;
  return LIST_MARKER_BEFORE.test(text.slice(lineStart, part.start));
}

/**
 * Finds list lead-ins: body sentences ending in a colon. One followed by list lines owns them
 * (they become one item together); one with no list after it is absorbed (dropped), since a
 * lead-in alone says nothing. Linear in the number of body sentences.
 */
export function findBodyLists(analysis: Analysis): BodyLists {
  const { text, body } = analysis;
  const leads = new Map<Sentence, Sentence[]>();
  const absorbed = new Set<Sentence>();
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    if (!text.slice(s.start, s.end).trimEnd().endsWith(':')) continue;
    const items: Sentence[] = [];
    let j = i + 1;
    while (j < body.length && isListLine(text, body[j], analysis)) items.push(body[j++]);
    absorbed.add(s);
    if (!items.length) continue;
    leads.set(s, items);
    for (const item of items) absorbed.add(item);
    i = j - 1;
  }
  return { leads, absorbed };
}

/**
 * One item for a lead-in and its list: "The package includes: A; B; C", resting on the lead-in
 * and each list line it quotes. Stops adding lines past MAX_LIST_ITEM_WORDS (at least one).
 */
export function listItem(text: string, id: string, lead: Sentence, items: Sentence[]): Item {
  const sources: Span[] = [{ start: lead.start, end: lead.end }];
  const lines: string[] = [];
  let words = cleanText(text.slice(lead.start, lead.end)).split(' ').length;
  for (const s of items) {
    const line = cleanText(text.slice(s.start, s.end)).replace(/[\s.;,]+$/, '');
    const n = line.split(' ').length;
    if (lines.length && words + n > MAX_LIST_ITEM_WORDS) break;
    lines.push(line);
    words += n;
    sources.push({ start: s.start, end: s.end });
  }
  const leadText = cleanText(text.slice(lead.start, lead.end));
  return { id, text: capitalise(`${leadText} ${lines.join('; ')}`), sources };
}
