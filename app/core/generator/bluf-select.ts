import type { Item, Span } from '../briefing';
import type { Analysis, Sentence } from './analysis';
import { groundedShare } from './briefing-invariants';
import { isSceneSetting, newsValue, shortenLead } from './bluf-lead';
import { isFurniture } from './furniture-filter';
import { isFullSentence } from './section-evidence';
import { fallbackSpan, item } from './section-items';
import { findBodyLists, type BodyLists } from './section-lists';
import { stripConnective } from './spans';

const BLUF_CUES =
  /\b(signals?|marks?|represents?|means|major|significant|key|first|deepening|growing|biggest|largest|landmark|historic|milestone|decisive)\b/i;
/** Share of a highlight's words found in the lead above which it says nothing new. */
const REPEATS_LEAD = 0.7;
/** The lead is looked for in this many opening body paragraphs… */
const LEAD_PARAGRAPHS = 3;
/** …and among this many opening body sentences. */
const LEAD_SENTENCES = 8;
/** News value a sentence needs to replace a scene-setting lead: an actor and a verb, say. */
const HARD_NEWS = 2;

/**
 * Bottom line up front: the lead, then either the publisher's first highlight that is a full
 * sentence and adds to the lead (Daily Mail `@highlight` lines; never a market ticker or a
 * list), or up to two sentences that say why it matters. The lead is the first body sentence,
 * unless it sets a scene (a feature's opening portrait): then the sentence of the first few
 * paragraphs with the most news value (see bluf-lead.ts).
 * Furniture, pure quotations and list lead-ins are never chosen; items over MAX_BLUF_WORDS
 * words are cut at a clause break. Returns the sentences used, so the sections leave them out.
 */
export function selectBluf(
  analysis: Analysis,
  lists: BodyLists = findBodyLists(analysis),
): { items: Item[]; used: Set<Sentence> } {
  const { text } = analysis;
  const highlights = highlightSpans(analysis).filter((span) =>
    isFullSentence(text.slice(span.start, span.end)),
  );
  const body = analysis.body;
  if (!body.length) {
    if (highlights.length) {
      const items = highlights.slice(0, 3).map((span, i) => item(`bluf-${i + 1}`, text, span));
      return { items, used: new Set() };
    }
    const any = analysis.sentences[0];
    if (any) return { items: [blufItem(text, 1, any)], used: new Set([any]) };
    const part = fallbackSpan(analysis);
    return { items: part ? [item('bluf-1', text, part)] : [], used: new Set() };
  }
  const eligible = (s: Sentence): boolean => {
    const content = text.slice(s.start, s.end);
    return !lists.absorbed.has(s) && !isFurniture(content) && !/^["“‘']/.test(content);
  };
  const lead = chooseLead(analysis, eligible);
  const leadText = text.slice(lead.start, lead.end);
  const highlight = highlights.find(
    (span) => groundedShare(text.slice(span.start, span.end), leadText) < REPEATS_LEAD,
  );
  if (highlight) {
    return {
      items: [blufItem(text, 1, lead), item('bluf-2', text, highlight)],
      used: new Set([lead]),
    };
  }
  const lastParagraph = body[body.length - 1].paragraph;
  const scored = body
    .slice(0, 400)
    .filter((s) => s !== lead && eligible(s))
    .map((s) => {
      const content = text.slice(s.start, s.end);
      const words = content.split(/\s+/).length;
      let score = 0;
      if (s.order === lead.order + 1) score += 2;
      if (s.paragraph === lead.paragraph) score += 1;
      if (s.paragraph === lastParagraph && body.length > 6) score += 0.5;
      if (BLUF_CUES.test(content)) score += 1.5;
      if (isSceneSetting(content, s)) score -= 2;
      if (words < 8) score -= 2;
      if (words > 60) score -= 1;
      score -= s.order * 0.05;
      return { s, score };
    });
  const picked = scored
    .filter((x) => x.score >= 2)
    .sort((a, b) => b.score - a.score || a.s.order - b.s.order)
    .slice(0, 2)
    .map((x) => x.s);
  // The lead comes first even when a feature's chosen lead sits below the sentences it adds.
  const chosen = [lead, ...picked.sort((a, b) => a.order - b.order)];
  return {
    items: chosen.map((s, i) => blufItem(text, i + 1, s)),
    used: new Set(chosen),
  };
}

/**
 * The lead sentence: the first eligible full sentence of the first LEAD_PARAGRAPHS paragraphs,
 * unless it only sets a scene (a pronoun or a private person as subject, see bluf-lead.ts);
 * then the sentence there with the most news value, if it has at least HARD_NEWS (earlier wins
 * ties). A hard-news lead always stays first.
 */
function chooseLead(analysis: Analysis, eligible: (s: Sentence) => boolean): Sentence {
  const { text, body } = analysis;
  const lastParagraph = body[0].paragraph + LEAD_PARAGRAPHS - 1;
  const window = body
    .slice(0, LEAD_SENTENCES)
    .filter(
      (s) =>
        s.paragraph <= lastParagraph && eligible(s) && isFullSentence(text.slice(s.start, s.end)),
    );
  const first = window[0] ?? body.find(eligible) ?? body[0];
  if (!isSceneSetting(text.slice(first.start, first.end), first)) return first;
  let best = first;
  let bestValue = -1;
  for (const s of window) {
    const content = text.slice(s.start, s.end);
    if (isSceneSetting(content, s)) continue;
    const v = newsValue(content, s);
    if (v > bestValue) {
      best = s;
      bestValue = v;
    }
  }
  return bestValue >= HARD_NEWS ? best : first;
}

/** A BLUF item: the sentence without a leading connective, cut at a clause break when long. */
function blufItem(text: string, n: number, s: Span): Item {
  const { span, cut } = shortenLead(text, stripConnective(text, s));
  const it = item(`bluf-${n}`, text, span);
  return cut ? { ...it, text: `${it.text.replace(/[.,;:]+$/, '')} …` } : it;
}

/** One span per `@highlight` line (a line may hold several sentences), in order. */
function highlightSpans(analysis: Analysis): Span[] {
  const byPart = new Map<number, Span>();
  for (const s of analysis.sentences) {
    if (s.role !== 'highlight') continue;
    const prev = byPart.get(s.part);
    byPart.set(s.part, prev ? { start: prev.start, end: s.end } : { start: s.start, end: s.end });
  }
  return [...byPart.values()];
}
