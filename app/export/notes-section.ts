/**
 * The "Analyst notes" section of a Markdown export: the colour legend, then each included
 * highlight quoted with its note. Analyst Markdown is escaped: notes appear exactly as typed.
 */
import { ARTICLE_BLOCK_ID } from '../core/annotation';
import type { Annotation } from '../core/annotation';
import type { BriefingFile } from '../core/briefing-file';
import { blockTexts, wordsNow } from '../core/annotations/blocks';
import { escapeBlock, escapeInline } from './escape';
import { CREDIBILITY_LABELS, statusLabel } from './labels';
import type { NoteProfile } from './options';

/** Where a highlight sits, in words: "the article", "Bottom line", "Section 2, claim 3". */
function describeBlock(file: BriefingFile, blockId: string): string {
  if (blockId === ARTICLE_BLOCK_ID) return 'the article';
  const blufIndex = file.briefing.bluf.findIndex((i) => i.id === blockId);
  if (blufIndex >= 0) return `Bottom line, sentence ${blufIndex + 1}`;
  const sections = file.briefing.sections.filter((s) => s.items.length > 0);
  for (const [si, section] of sections.entries()) {
    const ii = section.items.findIndex((i) => i.id === blockId);
    if (ii >= 0) return `Section ${si + 1}, claim ${ii + 1}`;
  }
  for (const event of file.briefing.timeline) if (event.id === blockId) return 'the timeline';
  for (const figure of file.briefing.keyFigures) if (figure.id === blockId) return 'key figures';
  return 'the briefing';
}

/**
 * Orders notes as a reader meets their words: notes on generated items in briefing order
 * (bottom line, sections, timeline, key figures), then notes on the article by position.
 * Stable, so notes on the same words keep the file's order.
 */
function sortByPlace(file: BriefingFile, notes: Annotation[]): Annotation[] {
  const b = file.briefing;
  const itemIds = [
    ...b.bluf.map((i) => i.id),
    ...b.sections.flatMap((s) => s.items.map((i) => i.id)),
    ...b.timeline.map((e) => e.id),
    ...b.keyFigures.map((k) => k.id),
  ];
  const order = new Map(itemIds.map((id, index) => [id, index]));
  const rank = (n: Annotation) =>
    n.target.blockId === ARTICLE_BLOCK_ID
      ? itemIds.length
      : (order.get(n.target.blockId) ?? itemIds.length + 1);
  return [...notes].sort(
    (a, b2) => rank(a) - rank(b2) || a.target.position.start - b2.target.position.start,
  );
}

function renderNote(
  file: BriefingFile,
  texts: ReadonlyMap<string, string>,
  note: Annotation,
  number: number,
): string[] {
  const legend = file.legend.find((l) => l.key === note.body.colour);
  const meaning = legend ? legend.label : note.body.colour;
  const visibility = note.visibility === 'private' ? '🔒 Private' : 'Shared';
  const out = [
    `**Note ${number}** · ${escapeInline(meaning)} · ${visibility} · on ${escapeInline(describeBlock(file, note.target.blockId))}`,
    '',
  ];
  const quote = escapeBlock(note.target.quote.exact, '> ');
  if (quote.length > 0) out.push(...quote, '');
  const now = wordsNow(texts, note);
  if (now !== null) out.push(`*The text changed; the note is now on:* “${escapeInline(now)}”`, '');
  const body = escapeBlock(note.body.note);
  out.push(...(body.length > 0 ? body : ['*No note text.*']), '');
  const facts: string[] = [];
  if (note.body.tags.length > 0) {
    facts.push(`*Tags:* ${note.body.tags.map((t) => escapeInline(t)).join(', ')}`);
  }
  if (note.credibility) {
    facts.push(`*Credibility:* ${note.credibility} — ${CREDIBILITY_LABELS[note.credibility]}`);
  }
  if (note.confidence) facts.push(`*Confidence:* ${note.confidence}`);
  facts.push(`*Status:* ${statusLabel(note, texts.get(note.target.blockId))}`);
  out.push(facts.join(' · '), '');
  return out;
}

/**
 * Returns the Markdown lines of the notes section for the `included` annotations. Orphaned notes
 * follow the others under their own heading, never dropped (DESIGN principle 4).
 */
export function renderNotesSection(
  file: BriefingFile,
  included: readonly Annotation[],
  profile: Exclude<NoteProfile, 'none'>,
): string[] {
  const out = ['## Analyst notes', ''];
  out.push(
    profile === 'all'
      ? 'All notes are included, private ones marked 🔒 Private.'
      : 'Shared notes only; private notes are left out.',
    '',
  );
  out.push('### Colour legend', '', '| Colour | Meaning |', '| --- | --- |');
  for (const entry of file.legend) {
    out.push(
      `| ${escapeInline(entry.key)} (${escapeInline(entry.light)}) | ${escapeInline(entry.label)} |`,
    );
  }
  out.push('');
  if (included.length === 0) {
    out.push('*No notes to include.*', '');
    return out;
  }
  const attached = sortByPlace(
    file,
    included.filter((n) => n.status !== 'orphaned'),
  );
  const orphaned = included.filter((n) => n.status === 'orphaned');
  const texts = blockTexts(file);
  let number = 0;
  if (attached.length > 0) {
    out.push('### Highlights and notes', '');
    for (const note of attached) out.push(...renderNote(file, texts, note, ++number));
  }
  if (orphaned.length > 0) {
    out.push('### Orphaned notes', '', 'These notes could not be re-attached to the text.', '');
    for (const note of orphaned) out.push(...renderNote(file, texts, note, ++number));
  }
  return out;
}
