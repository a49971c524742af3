import { readFile, stat } from 'node:fs/promises';
import { blockTextOf } from '../../core/annotations/blocks';
import { reanchorAll } from '../../core/annotations/reanchor';
import { mergeImported, parseW3C } from '../../core/annotations/w3c-import';
import type { SkippedItem } from '../../core/annotations/w3c-import';
import { openBriefing } from '../../store/briefing-store';
import { CliError } from '../command';
import type { Command } from '../command';
import { CLI_LOCK_WAIT_MS, userPath } from '../paths';

/**
 * The largest annotations file read. Our own export of a briefing with thousands of notes is a
 * few MB; past this the briefing itself would grow too large to open and save comfortably.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Reads the annotations file, refusing a folder or a file over MAX_IMPORT_BYTES in one sentence. */
async function readAnnotationsFile(source: string): Promise<string> {
  const info = await stat(source);
  if (info.isDirectory()) {
    throw new CliError(`${source} is a folder; give the annotations JSON file inside it.`);
  }
  if (info.size > MAX_IMPORT_BYTES) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    throw new CliError(
      `${source} is ${mb(info.size)} MB, over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit for an annotations file. Nothing was imported.`,
    );
  }
  return readFile(source, 'utf8');
}

/** Up to MAX_LISTED items as "  item 3: why", then "  … and N more". */
function itemLines(items: readonly SkippedItem[]): string {
  const lines = items.slice(0, MAX_LISTED).map((s) => `  item ${s.index + 1}: ${s.message}\n`);
  if (items.length > MAX_LISTED) lines.push(`  … and ${items.length - MAX_LISTED} more\n`);
  return lines.join('');
}

const MAX_LISTED = 10;

export const importNotesCommand: Command = {
  name: 'import-notes',
  summary: 'import notes from W3C Web Annotation JSON, re-anchored to the current text',
  usage: 'briefing import-notes <file.briefing.json> <annotations.json>',
  help: `Reads one Web Annotation, an array of them, an AnnotationPage or an AnnotationCollection
(as "briefing export --format w3c" writes, or from another tool: each needs a
TextQuoteSelector), up to 50 MB. Every imported note is re-anchored to the briefing's current
text; one whose words are not there is kept as orphaned, except an annotation from another
tool with no note or tags (it is about another document), which is skipped. Notes already in
the briefing (same id, or same words and body) are skipped, so importing a file twice adds
nothing. A colour not in this briefing's legend becomes the legend's first colour, and a date
that cannot be read becomes the time of the import. Prints the counts, and on stderr why items
were skipped or changed.

Example:
  briefing export a.briefing.json --format w3c --notes all -o notes.json
  briefing import-notes b.briefing.json notes.json`,
  writesBriefing: true,
  options: {},
  positionals: { min: 2, max: 2 },
  async run({ positionals }, io) {
    const source = userPath(io, positionals[1] ?? '');
    const json = await readAnnotationsFile(source);
    const handle = await openBriefing(userPath(io, positionals[0] ?? ''), {
      lockWaitMs: CLI_LOCK_WAIT_MS,
    });
    try {
      const now = new Date().toISOString();
      const blockText = (id: string): string | undefined => blockTextOf(handle.data, id);
      const legend = handle.data.legend.map((e) => e.key);
      const parsed = parseW3C(json, { now, blockText, legend });
      if (!parsed.ok) throw new CliError(`${source}: ${parsed.error.message}`);
      const { annotations: placed } = reanchorAll(parsed.value.annotations, blockText, now);
      let result = { added: 0, duplicates: 0, orphaned: 0 };
      await handle.update((draft) => {
        const merged = mergeImported(draft.annotations, placed);
        const added = merged.annotations.slice(draft.annotations.length);
        result = {
          added: merged.added,
          duplicates: merged.duplicates,
          orphaned: added.filter((a) => a.status === 'orphaned').length,
        };
        draft.annotations = merged.annotations;
      });
      const { skipped, adjusted } = parsed.value;
      const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
      io.stdout(
        `Added ${result.added}, skipped ${plural(result.duplicates, 'duplicate')}, ${result.orphaned} orphaned` +
          `${skipped.length > 0 ? `; ${plural(skipped.length, 'item')} not usable (${skipped[0]?.message ?? ''})` : ''}` +
          `${adjusted.length > 0 ? `; ${plural(adjusted.length, 'value')} replaced (${adjusted[0]?.message ?? ''})` : ''}.\n`,
      );
      if (skipped.length > 1) io.stderr(`Not imported:\n${itemLines(skipped)}`);
      if (adjusted.length > 1) io.stderr(`Replaced:\n${itemLines(adjusted)}`);
      return 0;
    } finally {
      // A failed save was reported as not saved: do not retry it on the way out.
      await handle.close({ retryFailed: false });
    }
  },
};
