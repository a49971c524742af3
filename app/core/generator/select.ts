import type { Item, Section, SectionKind, Span } from '../briefing';
import { SECTION_KINDS } from '../briefing';
import type { Analysis, Sentence } from './analysis';
import { groundedShare } from './briefing-invariants';
import { SECTION_HEADINGS, scoreSections } from './sections';
import { stripConnective, textAndSources } from './spans';

const BLUF_CUES =
  /\b(signals?|marks?|represents?|means|major|significant|key|first|deepening|growing|biggest|largest|landmark|historic|milestone|decisive)\b/i;
const MAX_SECTION_ITEMS = 6;
/** Minimum cue score for a sentence to count as evidence for a section. */
const MIN_SECTION_SCORE = 1.5;

/**
 * Bottom line up front: the lead sentence, then either the publisher's first highlight that is
 * a full sentence and adds to the lead (Daily Mail `@highlight` lines; never a market ticker or
 * a list), or up to two sentences that say why it matters. Returns the sentences used, so the
 * sections can leave them out.
 */
export function selectBluf(analysis: Analysis): { items: Item[]; used: Set<Sentence> } {
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
    if (any) return { items: [item('bluf-1', text, any)], used: new Set([any]) };
    const part = fallbackSpan(analysis);
    return { items: part ? [item('bluf-1', text, part)] : [], used: new Set() };
  }
  const lead = body[0];
  const leadText = text.slice(lead.start, lead.end);
  const highlight = highlights.find(
    (span) => groundedShare(text.slice(span.start, span.end), leadText) < REPEATS_LEAD,
  );
  if (highlight) {
    return {
      items: [item('bluf-1', text, lead), item('bluf-2', text, highlight)],
      used: new Set([lead]),
    };
  }
  const lastParagraph = body[body.length - 1].paragraph;
  const scored = body.slice(1, 400).map((s) => {
    const content = text.slice(s.start, s.end);
    const words = content.split(/\s+/).length;
    let score = 0;
    if (s.order === 1) score += 2;
    if (s.paragraph === body[0].paragraph) score += 1;
    if (s.paragraph === lastParagraph && body.length > 6) score += 0.5;
    if (BLUF_CUES.test(content)) score += 1.5;
    if (/^["“‘']/.test(content)) score -= 3;
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
  const chosen = [body[0], ...picked].sort((a, b) => a.order - b.order);
  return {
    items: chosen.map((s, i) => item(`bluf-${i + 1}`, text, s)),
    used: new Set(chosen),
  };
}

/**
 * The article's own subheading for a section, when the article has one that names the same
 * kind (by the same cue scoring, and unambiguously) and the section quotes at least one sentence
 * written under it: the author's words beat our taxonomy label ("A New Chapter in Military
 * Cooperation" rather than "Cooperation"). Markdown `#` markers are left out.
 */
function ownHeading(
  analysis: Analysis,
  kind: SectionKind,
  kept: readonly { s: Sentence }[],
): string | null {
  for (const { s } of kept) {
    const index = analysis.parts[s.part]?.heading ?? -1;
    const heading = index >= 0 ? analysis.parts[index] : undefined;
    if (!heading) continue;
    const words = analysis.text
      .slice(heading.start, heading.end)
      .replace(/^#{1,6}[ \t]+/, '')
      .trim();
    const scores = scoreSections(words);
    const best = Math.max(...SECTION_KINDS.map((k) => scores[k]));
    const winners = SECTION_KINDS.filter((k) => scores[k] === best);
    if (best > 0 && winners.length === 1 && winners[0] === kind && words.length <= 80) return words;
  }
  return null;
}

/**
 * Assigns each body sentence to the section kind its cues favour (ties go to the earlier
 * kind in SECTION_KINDS), keeps the strongest few per kind in text order, and drops empty kinds.
 */
export function selectSections(analysis: Analysis, used: Set<Sentence>): Section[] {
  const { text, body } = analysis;
  const buckets = new Map<SectionKind, { s: Sentence; score: number }[]>();
  const firstParagraphs = body.length ? body[0].paragraph + 1 : 0;
  for (const s of body) {
    if (used.has(s)) continue;
    const scores = { ...s.scores };
    if (s.paragraph <= firstParagraphs) scores['key-developments'] += 1;
    if (analysis.dateline) {
      for (const d of s.dates) {
        if (d.date.slice(0, 7) < analysis.dateline.slice(0, 7)) scores.background += 1.5;
        else if (d.date.slice(0, 7) > analysis.dateline.slice(0, 7)) scores.outlook += 1;
      }
    }
    let best: SectionKind | null = null;
    let bestScore = 0;
    for (const kind of SECTION_KINDS) {
      if (scores[kind] > bestScore) {
        best = kind;
        bestScore = scores[kind];
      }
    }
    if (!best || bestScore < MIN_SECTION_SCORE) {
      if (s.order < 4) best = 'key-developments';
      else continue;
    }
    const list = buckets.get(best) ?? [];
    list.push({ s, score: bestScore });
    buckets.set(best, list);
  }
  const sections: Section[] = [];
  for (const kind of SECTION_KINDS) {
    const list = buckets.get(kind);
    if (!list?.length) continue;
    const kept = [...list]
      .sort((a, b) => b.score - a.score || a.s.order - b.s.order)
      .slice(0, MAX_SECTION_ITEMS)
      .sort((a, b) => a.s.order - b.s.order);
    const id = `sec-${kind}`;
    sections.push({
      id,
      kind,
      heading: ownHeading(analysis, kind, kept) ?? SECTION_HEADINGS[kind],
      items: kept.map((x, i) => item(`${id}-${i + 1}`, text, stripConnective(text, x.s))),
    });
  }
  if (!sections.length) {
    const fallback =
      body.find((s) => !used.has(s)) ?? body[0] ?? analysis.sentences[0] ?? fallbackSpan(analysis);
    if (fallback) {
      sections.push({
        id: 'sec-key-developments',
        kind: 'key-developments',
        heading: SECTION_HEADINGS['key-developments'],
        items: [item('sec-key-developments-1', text, fallback)],
      });
    }
  }
  return sections;
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

/** Share of a highlight's words found in the lead above which it says nothing new. */
const REPEATS_LEAD = 0.7;
const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|has|have|had|does|do|did|won't|can't)$/;
/** Common irregular verbs, past and present, that carry a headline-style sentence. */
const IRREGULAR_VERB =
  /^(?:met|meets|said|says|told|tells|took|takes|made|makes|went|goes|came|comes|won|wins|lost|loses|left|leaves|held|holds|hit|hits|fell|falls|rose|rises|cut|cuts|set|sets|put|puts|saw|sees|gave|gives|got|gets|kept|keeps|led|leads|paid|pays|sent|sends|sold|sells|spent|spends|struck|strikes|fought|fights|brought|brings|began|begins|broke|breaks|ran|runs|chose|drew|grew|knew|shot|spoke|stood|wrote|warns|vows|faces|seeks|backs|calls|wants|plans|agrees|rejects|denies|claims|admits)$/;
const NOT_PARTICIPLE =
  /^(?:hundred|need|seed|speed|bed|red|bred|shed|feed|deed|creed|greed|steed|weed|sled|wed)$/;

/**
 * A line that reads as a sentence, not a ticker or list ("FTSE 100 down 0.93%; DAX down
 * 0.93%"): at least four words, no run of semicolon-separated fragments, and a verb — an
 * auxiliary, a common irregular verb or a lower-case "-ed" word.
 */
export function isFullSentence(line: string): boolean {
  const words = line.match(/[\p{L}\p{N}][\p{L}\p{N}'’%.,-]*/gu) ?? [];
  if (words.length < 4) return false;
  const pieces = line.split(';').filter((p) => p.trim());
  if (pieces.length >= 2 && pieces.every((p) => p.trim().split(/\s+/).length <= 6)) return false;
  return words.slice(1).some((raw) => {
    const w = raw.replace(/[.,]+$/, '');
    if (!/^\p{Ll}/u.test(w)) return false;
    if (AUXILIARY.test(w) || IRREGULAR_VERB.test(w)) return true;
    return /^\p{Ll}{3,}ed$/u.test(w) && !NOT_PARTICIPLE.test(w);
  });
}

/** With no sentence at all (only headings, rules or stamps), the first non-blank part of the text. */
function fallbackSpan(analysis: Analysis): Span | null {
  const part = analysis.parts.find((p) => analysis.text.slice(p.start, p.end).trim());
  return part ? { start: part.start, end: part.end } : null;
}

function item(id: string, text: string, span: Span): Item {
  return { id, ...textAndSources(text, span) };
}
