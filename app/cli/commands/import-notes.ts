import { readFile } from 'node:fs/promises';
import { blockTextOf } from '../../core/annotations/blocks';
import { reanchorAll } from '../../core/annotations/reanchor';
import { mergeImported, parseW3C } from '../../core/annotations/w3c-import';
import { openBriefing } from '../../store/briefing-store';
import { CliError } from '../command';
import type { Command } from '../command';
import { userPath } from '../paths';

export const importNotesCommand: Command = {
  name: 'import-notes',
  summary: 'import notes from W3C Web Annotation JSON, re-anchored to the current text',
  usage: 'briefing import-notes <file.briefing.json> <annotations.json>',
  help: `Reads one Web Annotation, an array of them, an AnnotationPage or an AnnotationCollection
(as "briefing export --format w3c" writes, or from another tool: each needs a
TextQuoteSelector). Every imported note is re-anchored to the briefing's current text; one whose
words are not there is kept as orphaned. Notes already in the briefing (same id, or same words
and body) are skipped, so importing a file twice adds nothing. Prints the counts.

Example:
  briefing export a.briefing.json --format w3c --notes all -o notes.json
  briefing import-notes b.briefing.json notes.json`,
  writesBriefing: true,
  options: {},
  positionals: { min: 2, max: 2 },
  async run({ positionals }, io) {
    const source = userPath(io, positionals[1] ?? '');
    const json = await readFile(source, 'utf8');
    const handle = await openBriefing(userPath(io, positionals[0] ?? ''));
    try {
      const now = new Date().toISOString();
      const blockText = (id: string): string | undefined => blockTextOf(handle.data, id);
      const parsed = parseW3C(json, { now, blockText });
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
      const skipped = parsed.value.skipped.length;
      io.stdout(
        `Added ${result.added}, skipped ${result.duplicates} duplicate${result.duplicates === 1 ? '' : 's'}, ${result.orphaned} orphaned` +
          `${skipped > 0 ? `; ${skipped} item${skipped === 1 ? '' : 's'} not usable (${parsed.value.skipped[0]?.message ?? ''})` : ''}.\n`,
      );
      return 0;
    } finally {
      await handle.close();
    }
  },
};
