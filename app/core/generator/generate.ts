import type { ArticleFormat, Block, Generated, Span } from '../briefing';
import { analyseArticle } from './analysis';
import { findActors } from './actors';
import { findKeyFigures } from './figures';
import { headlineFromLead } from './headline';
import { selectBluf } from './bluf-select';
import { findBodyLists } from './section-lists';
import { selectSections } from './select';
import { buildSourceInfo } from './source-info';
import { spanText } from './spans';
import { selectTimeline } from './timeline';

export interface GeneratorInput {
  /** Normalised article text (see app/ingest); every span in the result points into it. */
  text: string;
  fileName: string | null;
  format: ArticleFormat;
  sha256: string;
}

/**
 * Turns one article into a briefing. Pure and deterministic: no clock, no randomness, no I/O.
 * `article.text` is `input.text` unchanged. Runs in time linear in the text length; the
 * per-section, timeline, figure and actor lists are capped so huge inputs stay readable.
 */
export function generateBriefing(input: GeneratorInput): Generated {
  const { text } = input;
  const analysis = analyseArticle(text);
  const { parts } = analysis;

  const blocks: Block[] = [];
  for (const part of parts) {
    if (part.role === 'rule' || part.role === 'marker') continue;
    const kind = part.role === 'title' || part.role === 'heading' ? 'heading' : 'paragraph';
    blocks.push({ id: `blk-${blocks.length + 1}`, kind, start: part.start, end: part.end });
  }

  const titlePart = parts.find((p) => p.role === 'title');
  let title = '';
  let titleSources: Span[] = [];
  if (titlePart) {
    title = spanText(text, titlePart);
    titleSources = [{ start: titlePart.start, end: titlePart.end }];
  } else {
    const lead = analysis.body[0] ?? analysis.sentences[0];
    if (lead) ({ title, sources: titleSources } = headlineFromLead(text, lead));
  }
  if (!title) title = input.fileName ?? 'Untitled article';

  const disclaimers = analysis.sentences
    .filter((s) => s.isDisclaimer)
    .map(({ start, end }) => ({ start, end }));
  const bylines = parts
    .filter((p) => p.role === 'meta' && /^By\b/.test(text.slice(p.start, p.end)))
    .map(({ start, end }) => ({ start, end }));
  const source = buildSourceInfo(text, disclaimers, bylines, analysis.agency);

  const lists = findBodyLists(analysis);
  const { items: bluf, used } = selectBluf(analysis, lists);
  const sections = selectSections(
    analysis,
    used,
    lists,
    bluf.flatMap((i) => i.sources),
  );
  const timeline = selectTimeline(analysis);
  const actors = findActors(analysis);
  const keyFigures = findKeyFigures(analysis);

  return {
    article: { text, sha256: input.sha256, fileName: input.fileName, format: input.format, blocks },
    briefing: {
      title,
      titleSources,
      dateline: analysis.dateline,
      source,
      bluf,
      sections,
      actors,
      timeline,
      keyFigures,
    },
  };
}
