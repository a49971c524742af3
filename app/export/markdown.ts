/**
 * BriefingFile → Markdown: the briefing as a classic analyst document (DESIGN.md, "The exported
 * briefing"). Pure: time and version arrive in `env`. Every string that came from the article,
 * the generator or an analyst is escaped (escape.ts), so it renders exactly as written.
 */
import type { Span } from '../core/briefing';
import type { BriefingFile } from '../core/briefing-file';
import { VERIFICATION_LABELS, verificationOf } from '../core/verification';
import { escapeBlock, escapeInline, yamlString } from './escape';
import { formatDate, SOURCE_GRADE_LABELS } from './labels';
import { renderNotesSection } from './notes-section';
import type { ExportEnv, ExportOptions } from './options';
import { resolveHandling, selectNotes } from './options';

/** Collects footnotes `[^n]` whose text quotes article spans. */
class Footnotes {
  private readonly definitions: string[] = [];
  constructor(private readonly text: string) {}

  /** Returns `[^n]` citing `spans`, or `''` when no span is usable. */
  cite(spans: readonly Span[]): string {
    const quotes = spans
      .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end)
      .map((s) => this.text.slice(Math.max(0, s.start), Math.min(this.text.length, s.end)))
      .filter((q) => q.trim() !== '')
      .map((q) => `“${escapeInline(q.trim())}”`);
    if (quotes.length === 0) return '';
    // Identical quotations share one footnote number.
    const definition = quotes.join(' … ');
    let index = this.definitions.indexOf(definition);
    if (index < 0) index = this.definitions.push(definition) - 1;
    return `[^${index + 1}]`;
  }

  lines(): string[] {
    return this.definitions.map((d, i) => `[^${i + 1}]: ${d}`);
  }
}

/** Finds the paragraph number (1-based, article blocks of kind paragraph) holding `offset`. */
function paragraphNumber(file: BriefingFile, offset: number): number | null {
  let n = 0;
  for (const block of file.article.blocks) {
    if (block.kind !== 'paragraph') continue;
    n += 1;
    if (offset >= block.start && offset < block.end) return n;
  }
  return null;
}

/** The sentence around `span`, bounded by sentence punctuation or a line end. */
function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start -= 1;
  while (start < span.start && /\s/.test(text[start])) start += 1;
  let end = span.end;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  return { start, end };
}

function cell(text: string): string {
  return text.trim() === '' ? '—' : escapeInline(text);
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/**
 * Renders `file` as a Markdown briefing: YAML front matter, handling banner, title block, BLUF,
 * numbered sections with footnoted sources, actors, timeline, key figures, source and reliability,
 * the analyst notes chosen by `options.notes` (none by default), source excerpts and provenance.
 */
export function toMarkdown(file: BriefingFile, options: ExportOptions, env: ExportEnv): string {
  const { briefing, article } = file;
  const handling = resolveHandling(file, options);
  const notes = selectNotes(file, options.notes);
  const footnotes = new Footnotes(article.text);
  const out: string[] = [];
  const blank = () => out.push('');

  out.push(
    '---',
    `title: ${yamlString(briefing.title)}`,
    `dateline: ${briefing.dateline === null ? 'null' : yamlString(briefing.dateline)}`,
    `source: ${briefing.source.publisher === null ? 'null' : yamlString(briefing.source.publisher)}`,
    `verified: ${briefing.source.verified ? 'true' : 'false'}`,
    `source-grade: ${file.sourceGrade === null ? 'null' : yamlString(file.sourceGrade)}`,
    `handling: ${yamlString(handling)}`,
    `notes: ${yamlString(options.notes)}`,
    `generated-at: ${yamlString(env.now)}`,
    `app-version: ${yamlString(env.appVersion)}`,
    `article-sha256: ${yamlString(article.sha256)}`,
    '---',
    '',
    `**${escapeInline(handling)}**`,
    '',
    // No footnote in the heading: it would end up in the PDF outline entry ("…administration1").
    `# ${cell(briefing.title)}`,
    '',
  );

  const facts: string[] = [];
  const titleCitation = footnotes.cite(briefing.titleSources);
  if (titleCitation) facts.push(`**Title based on:** the article${titleCitation}`);
  if (briefing.dateline) facts.push(`**Dateline:** ${escapeInline(formatDate(briefing.dateline))}`);
  facts.push(`**Source:** ${cell(briefing.source.publisher ?? 'Unknown publisher')}`);
  facts.push(`**Verification:** ${VERIFICATION_LABELS[verificationOf(briefing.source)]}`);
  if (file.sourceGrade) {
    facts.push(
      `**Source grade (Admiralty):** ${file.sourceGrade} — ${SOURCE_GRADE_LABELS[file.sourceGrade]}`,
    );
  }
  facts.push(`**Prepared:** ${escapeInline(formatDate(env.now))}`);
  out.push(...facts.map((f, i) => (i < facts.length - 1 ? `${f}\\` : f)));
  blank();

  if (briefing.bluf.length > 0) {
    const sentences = briefing.bluf.map(
      (item) => escapeInline(item.text.trim()) + wording(item) + footnotes.cite(item.sources),
    );
    out.push('> **Bottom line**', '>', `> ${sentences.join(' ')}`);
    blank();
  }

  const sections = briefing.sections.filter((s) => s.items.length > 0);
  sections.forEach((section, index) => {
    out.push(`## ${index + 1}\\. ${escapeInline(section.heading)}`, '');
    section.items.forEach((item, i) => {
      out.push(
        `${i + 1}. ${cell(item.text.trim())}${wording(item)}${footnotes.cite(item.sources)}`,
      );
    });
    blank();
  });

  if (briefing.actors.length > 0) {
    out.push('## Actors', '');
    const rows = briefing.actors.map((actor) => {
      const first = [...actor.mentions].sort((a, b) => a.start - b.start)[0];
      let mention = '—';
      if (first) {
        const paragraph = paragraphNumber(file, first.start);
        const where = paragraph === null ? 'In the text' : `Paragraph ${paragraph}`;
        mention = where + footnotes.cite([sentenceAround(article.text, first)]);
      }
      return [cell(actor.name), actor.kind, cell(actor.role ?? ''), mention];
    });
    out.push(...table(['Name', 'Kind', 'Role', 'First mention'], rows), '');
  }

  if (briefing.timeline.length > 0) {
    out.push('## Timeline', '');
    const rows = briefing.timeline.map((event) => [
      cell(formatDate(event.date)),
      cell(event.text.trim()) + wording(event) + footnotes.cite(event.sources),
    ]);
    out.push(...table(['Date', 'Event'], rows), '');
  }

  if (briefing.keyFigures.length > 0) {
    out.push('## Key figures', '');
    const rows = briefing.keyFigures.map((figure) => [
      cell(figure.value),
      cell(figure.text.trim()) + wording(figure) + footnotes.cite(figure.sources),
    ]);
    out.push(...table(['Figure', 'What it counts'], rows), '');
  }

  out.push('## Source and reliability', '');
  const source = briefing.source;
  out.push(
    `**Publisher:** ${cell(source.publisher ?? 'Unknown publisher')}\\`,
    `**Verification:** ${VERIFICATION_LABELS[verificationOf(source)]}\\`,
    `**Source grade (Admiralty):** ${file.sourceGrade ? `${file.sourceGrade} — ${SOURCE_GRADE_LABELS[file.sourceGrade]}` : 'Not graded'}`,
    '',
  );
  if (source.disclaimer && source.disclaimer.trim() !== '') {
    out.push('Publisher’s disclaimer:', '');
    const quoted = escapeBlock(source.disclaimer, '> ');
    quoted[quoted.length - 1] += footnotes.cite(source.sources);
    out.push(...quoted, '');
  }

  if (options.notes !== 'none') {
    out.push(...renderNotesSection(file, notes.included, options.notes), '');
  }

  const footnoteLines = footnotes.lines();
  if (footnoteLines.length > 0) {
    out.push('## Source excerpts', '', ...footnoteLines.flatMap((l) => [l, '']));
  }

  out.push(
    '---',
    '',
    `*Provenance:* article SHA\\-256 ${escapeInline(article.sha256)} · Briefing Desk ${escapeInline(env.appVersion)} · generated at ${escapeInline(env.now)}`,
    '',
  );
  return out.join('\n');
}

/** Marks text the analyst rewrote, so a reader never takes it for the generator's summary. */
function wording(item: { rewrite?: unknown }): string {
  return item.rewrite ? ' *(analyst’s wording)*' : '';
}
