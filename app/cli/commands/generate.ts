import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { generateBriefing } from '../../core/generator/generate';
import { newBriefingFile } from '../../core/new-briefing-file';
import { readArticleFile } from '../../ingest/read-article';
import { createBriefingFile } from '../../store/briefing-store';
import { BRIEFING_EXTENSION } from '../../store/library';
import { CliError } from '../command';
import type { Command } from '../command';
import { requireFolderOf } from '../output-file';
import { CLI_LOCK_WAIT_MS, briefingPathFor, userPath } from '../paths';

/**
 * The refusal for `--force` over a briefing with notes: generating over it would discard them.
 * The store calls it under the file's writer lock, so a note another process saved just
 * before is counted.
 */
function notesWouldBeLost(output: string, count: number): CliError {
  return new CliError(
    `${output} has ${count === 1 ? '1 note' : `${count} notes`}; generating over it would discard ${count === 1 ? 'it' : 'them'}. Use \`briefing update-article\` to keep ${count === 1 ? 'it' : 'them'}, or remove the file first.`,
  );
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

export const generateCommand: Command = {
  name: 'generate',
  summary: 'generate a briefing file from a news article (.txt, .md or .html)',
  usage: 'briefing generate <article> [-o <file.briefing.json>] [--force]',
  help: `Arguments:
  <article>          the article: plain text, Markdown, or HTML saved from a browser

Options:
  -o, --output FILE  where to write the briefing (default: <article>.briefing.json beside it).
                     The name must end in .briefing.json and the folder must exist
      --force        replace FILE if it exists and has no notes (kept as FILE.bak). A file
                     that is not a briefing, or one with notes, is never replaced: use
                     "briefing update-article" to regenerate a briefing and keep its notes

Example:
  briefing generate resources/articles/turkey-syria-air-defence-2025-09-08.txt -o /tmp/x.briefing.json`,
  writesBriefing: true,
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const articlePath = userPath(io, positionals[0] ?? '');
    const output = userPath(
      io,
      typeof values.output === 'string' ? values.output : briefingPathFor(articlePath),
    );
    if (await isFolder(output)) {
      const inside = join(
        typeof values.output === 'string' ? values.output : output,
        basename(briefingPathFor(articlePath)),
      );
      throw new CliError(
        `${output} is a folder; to write the briefing in it, use -o ${inside}.`,
        2,
      );
    }
    if (!output.endsWith(BRIEFING_EXTENSION)) {
      const given = typeof values.output === 'string' ? values.output : output;
      const suggestion = given.replace(/(\.briefing)?(\.json)?$/, BRIEFING_EXTENSION);
      throw new CliError(
        `A briefing file's name must end in ${BRIEFING_EXTENSION} (Briefing Desk and \`briefing list\` see only those); use -o ${suggestion}.`,
        2,
      );
    }
    const input = await readArticleFile(articlePath);
    // createBriefingFile would make missing folders; a typo in -o should not.
    await requireFolderOf(output);
    const file = newBriefingFile(generateBriefing(input), randomUUID(), new Date().toISOString());
    await createBriefingFile(output, file, {
      overwrite: values.force === true,
      lockWaitMs: CLI_LOCK_WAIT_MS,
      refuseNotes: (count) => notesWouldBeLost(output, count),
    });
    const counts = file.briefing.sections.map((s) => `${s.heading} (${s.items.length})`).join(', ');
    io.stdout(`${output}\n`);
    io.stderr(`Generated "${file.briefing.title}": ${counts}.\n`);
    return 0;
  },
};
