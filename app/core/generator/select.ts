import type { Section, SectionKind, Span } from '../briefing';
import { SECTION_KINDS } from '../briefing';
import type { Analysis, Sentence } from './analysis';
import { isSceneSetting } from './bluf-lead';
import { isFurniture } from './furniture-filter';
import { isNewsSentence } from './section-evidence';
import { item } from './section-items';
import { findBodyLists, listItem, type BodyLists } from './section-lists';
import { SECTION_HEADINGS, scoreSections } from './sections';
import { stripConnective } from './spans';

const MAX_SECTION_ITEMS = 6;
/** Parts that head the text; never a section item (the title is the briefing's title). */
const HEADING_ROLES = new Set(['title', 'heading', 'rule', 'marker']);
/** Minimum cue score for a sentence to count as evidence for a section. */
const MIN_SECTION_SCORE = 1.5;
/**
 * Score of a sentence that has no cue but reports something (names an actor, has a finite
 * verb): below every cue-based item, so it fills a section only while there is room.
 */
const REPORTED_SCORE = 0.5;

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
 * A sentence with no decisive cue still gets in when it reports something (an actor and a
 * finite verb): to key developments, or background when dated before the article, ranked
 * below every cued sentence so it only fills room; one that only sets a scene (bluf-lead.ts)
 * does not. Page furniture never becomes an item, a
 * list lead-in carries its list, and nothing the BLUF used (`used`, or a span overlapping
 * `taken`) is repeated; so an article that is only its lead may end with no section.
 */
export function selectSections(
  analysis: Analysis,
  used: Set<Sentence>,
  lists: BodyLists = findBodyLists(analysis),
  taken: readonly Span[] = [],
): Section[] {
  const { text, body } = analysis;
  const buckets = new Map<SectionKind, { s: Sentence; score: number }[]>();
  const firstParagraphs = body.length ? body[0].paragraph + 1 : 0;
  const month = analysis.dateline?.slice(0, 7) ?? null;
  for (const s of body) {
    if (used.has(s)) continue;
    const listed = lists.leads.get(s);
    if (lists.absorbed.has(s) && !listed) continue;
    const content = text.slice(s.start, s.end);
    if (isFurniture(content)) continue;
    const scores = { ...s.scores };
    for (const line of listed ?? [])
      for (const kind of SECTION_KINDS) scores[kind] += line.scores[kind];
    if (s.paragraph <= firstParagraphs) scores['key-developments'] += 1;
    const past = month !== null && s.dates.some((d) => d.date.slice(0, 7) < month);
    if (month) {
      for (const d of s.dates) {
        if (d.date.slice(0, 7) < month) scores.background += 1.5;
        else if (d.date.slice(0, 7) > month) scores.outlook += 1;
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
      if (isSceneSetting(content, s)) continue;
      if (s.order < 4) best = 'key-developments';
      else if (listed || isNewsSentence(content)) {
        best = past ? 'background' : 'key-developments';
        bestScore = REPORTED_SCORE;
      } else continue;
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
      items: kept.map((x, i) => {
        const listed = lists.leads.get(x.s);
        return listed
          ? listItem(text, `${id}-${i + 1}`, x.s, listed)
          : item(`${id}-${i + 1}`, text, stripConnective(text, x.s));
      }),
    });
  }
  if (!sections.length) {
    const free = (span: Span): boolean =>
      !taken.some((t) => t.start < span.end && t.end > span.start);
    const fits = (span: Span): boolean =>
      !used.has(span as Sentence) && free(span) && !isFurniture(text.slice(span.start, span.end));
    // Last resort, furniture or not: any other part of the page that is not a heading (the
    // title is already the briefing's title) and not the BLUF's own words.
    const fallback =
      body.find(fits) ??
      analysis.sentences.find((s) => s.role !== 'title' && fits(s)) ??
      analysis.parts.find(
        (p) => !HEADING_ROLES.has(p.role) && free(p) && text.slice(p.start, p.end).trim(),
      );
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
