/**
 * What an export carries and leaves out (shown before writing), and the after-the-fact check
 * that no left-out note text made it into the output anyway.
 */
import type { Annotation } from '../core/annotation';
import type { BriefingFile } from '../core/briefing-file';
import type { ExportOptions } from './options';
import { ExportError, selectNotes } from './options';

export interface ExportManifest {
  included: { notes: number; shared: number; private: number };
  excluded: { private: number; shared: number };
  /** One human sentence per fact, e.g. "12 private notes excluded". */
  lines: string[];
}

function count(n: number, word: string): string {
  return `${n} ${word} note${n === 1 ? '' : 's'}`;
}

/** Counts the notes `options` includes and excludes, with sentences for the export dialog/CLI. */
export function exportManifest(file: BriefingFile, options: ExportOptions): ExportManifest {
  const { included, excluded } = selectNotes(file, options.notes);
  const isPrivate = (a: Annotation) => a.visibility === 'private';
  const manifest: ExportManifest = {
    included: {
      notes: included.length,
      shared: included.filter((a) => !isPrivate(a)).length,
      private: included.filter(isPrivate).length,
    },
    excluded: {
      private: excluded.filter(isPrivate).length,
      shared: excluded.filter((a) => !isPrivate(a)).length,
    },
    lines: [],
  };
  const { lines } = manifest;
  if (options.notes === 'none') lines.push('Clean export: no analyst notes');
  if (manifest.included.shared > 0)
    lines.push(`${count(manifest.included.shared, 'shared')} included`);
  if (manifest.included.private > 0)
    lines.push(`${count(manifest.included.private, 'private')} included`);
  if (manifest.excluded.shared > 0)
    lines.push(`${count(manifest.excluded.shared, 'shared')} excluded`);
  if (manifest.excluded.private > 0)
    lines.push(`${count(manifest.excluded.private, 'private')} excluded`);
  const orphaned = included.filter((a) => a.status === 'orphaned').length;
  if (orphaned > 0) lines.push(`${count(orphaned, 'orphaned')} included, listed as orphaned`);
  if (file.annotations.length === 0) lines.push('This briefing has no notes');
  return manifest;
}

/** Minimum words in a note before the leak check considers it (shorter texts recur by chance). */
export const LEAK_MIN_WORDS = 5;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi,
    (m, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
      if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : m;
      return NAMED_ENTITIES[name!.toLowerCase()] ?? m;
    },
  );
}

/**
 * Reduces text to lower-case words separated by single spaces, so a note is found whether it
 * leaked raw, as escaped Markdown, or as HTML: entities are decoded until nothing changes (a
 * literal "&lt;" in a note is "&amp;lt;" in HTML), then anything tag-shaped is dropped (our markup,
 * and the same characters in the note itself), then every run of non-letters becomes one space.
 */
export function normaliseForLeakCheck(text: string): string {
  let decoded = text;
  for (let i = 0; i < 3; i += 1) {
    const next = decodeEntities(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  return decoded
    .replace(/<[^<>]*>/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Text an export may legitimately contain: the article, the generated briefing, included notes. */
function legitimateText(file: BriefingFile, included: readonly Annotation[]): string {
  const b = file.briefing;
  const parts = [
    file.article.text,
    b.title,
    b.dateline ?? '',
    b.source.publisher ?? '',
    b.source.disclaimer ?? '',
    ...b.bluf.map((i) => i.text),
    ...b.sections.flatMap((s) => [s.heading, ...s.items.map((i) => i.text)]),
    ...b.actors.flatMap((a) => [a.name, a.role ?? '']),
    ...b.timeline.map((e) => e.text),
    ...b.keyFigures.flatMap((k) => [k.value, k.text]),
    ...file.legend.map((l) => l.label),
    ...included.flatMap((a) => [a.body.note, a.target.quote.exact, ...a.body.tags]),
  ];
  return parts.map(normaliseForLeakCheck).join(' \u0000 ');
}

/**
 * Returns the texts of notes that `options` excludes but that appear in `output` (Markdown or
 * HTML). Callers must refuse to finish the export when the result is non-empty.
 *
 * The rule: an excluded note counts only when its normalised text has at least LEAK_MIN_WORDS
 * words and does not occur in the legitimate content (article, generated briefing, legend,
 * included notes): a note that merely repeats the article ("Kadıoğlu hosted Hawary") cannot be
 * told apart from the article and is not a leak. Comparison is on normalised word sequences
 * (see normaliseForLeakCheck), so escaping or markup does not hide a leak. The highlighted
 * words and tags of excluded notes are not checked: they are article words and short labels.
 * For a PDF, check the HTML that is printed.
 */
export function findLeaks(output: string, file: BriefingFile, options: ExportOptions): string[] {
  const { included, excluded } = selectNotes(file, options.notes);
  if (excluded.length === 0) return [];
  const candidates = excluded
    .map((a) => ({ text: a.body.note, needle: normaliseForLeakCheck(a.body.note) }))
    .filter((c) => c.needle.split(' ').length >= LEAK_MIN_WORDS);
  if (candidates.length === 0) return [];
  const haystack = ` ${normaliseForLeakCheck(output)} `;
  let legitimate: string | null = null;
  const leaks: string[] = [];
  for (const { text, needle } of candidates) {
    if (!haystack.includes(` ${needle} `)) continue;
    legitimate ??= ` ${legitimateText(file, included)} `;
    if (legitimate.includes(` ${needle} `)) continue;
    leaks.push(text);
  }
  return leaks;
}

/** Throws ExportError naming how many excluded notes appear in `output` (see findLeaks). */
export function assertNoLeaks(output: string, file: BriefingFile, options: ExportOptions): void {
  const leaks = findLeaks(output, file, options);
  if (leaks.length > 0) {
    throw new ExportError(
      `Export stopped: ${leaks.length} note${leaks.length === 1 ? '' : 's'} meant to be left out appeared in the output.`,
    );
  }
}
