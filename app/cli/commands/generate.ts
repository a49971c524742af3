import { randomUUID } from 'node:crypto';
import { generateBriefing } from '../../core/generator/generate';
import { newBriefingFile } from '../../core/new-briefing-file';
import { readArticleFile } from '../../ingest/read-article';
import { createBriefingFile, readBriefingFile } from '../../store/briefing-store';
import { BRIEFING_EXTENSION } from '../../store/library';
import { CliError } from '../command';
import type { Command } from '../command';
import { requireFolderOf } from '../output-file';
import { briefingPathFor, userPath } from '../paths';

/** Throws when `output` is a briefing with notes: generating over it would discard them. */
async function refuseIfNotesWouldBeLost(output: string): Promise<void> {
  // Any read failure (no file, not a briefing) is left to createBriefingFile, which says it.
  const existing = await readBriefingFile(output).catch(() => null);
  const count = existing?.annotations.length ?? 0;
  if (count === 0) return;
  throw new CliError(
    `${output} has ${count === 1 ? '1 note' : `${count} notes`}; generating over it would discard ${count === 1 ? 'it' : 'them'}. Use \`briefing update-article\` to keep ${count === 1 ? 'it' : 'them'}, or remove the file first.`,
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
    if (values.force === true) await refuseIfNotesWouldBeLost(output);
    const file = newBriefingFile(generateBriefing(input), randomUUID(), new Date().toISOString());
    await createBriefingFile(output, file, { overwrite: values.force === true });
    const counts = file.briefing.sections.map((s) => `${s.heading} (${s.items.length})`).join(', ');
    io.stdout(`${output}\n`);
    io.stderr(`Generated "${file.briefing.title}": ${counts}.\n`);
    return 0;
  },
};
