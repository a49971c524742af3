import { randomUUID } from 'node:crypto';
import { generateBriefing } from '../../core/generator/generate';
import { newBriefingFile } from '../../core/new-briefing-file';
import { readArticleFile } from '../../ingest/read-article';
import { createBriefingFile } from '../../store/briefing-store';
import type { Command } from '../command';
import { briefingPathFor, userPath } from '../paths';

export const generateCommand: Command = {
  name: 'generate',
  summary: 'generate a briefing file from a news article (.txt, .md or .html)',
  usage: 'briefing generate <article> [-o <file.briefing.json>] [--force]',
  help: `Arguments:
  <article>          the article: plain text, Markdown, or HTML saved from a browser

Options:
  -o, --output FILE  where to write the briefing (default: <article>.briefing.json beside it)
      --force        replace FILE if it exists (a file that is not a briefing is never replaced)

Example:
  briefing generate resources/articles/turkey-syria-air-defence-2025-09-08.txt -o /tmp/x.briefing.json`,
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
    const input = await readArticleFile(articlePath);
    const file = newBriefingFile(generateBriefing(input), randomUUID(), new Date().toISOString());
    await createBriefingFile(output, file, { overwrite: values.force === true });
    const counts = file.briefing.sections.map((s) => `${s.heading} (${s.items.length})`).join(', ');
    io.stdout(`${output}\n`);
    io.stderr(`Generated "${file.briefing.title}": ${counts}.\n`);
    return 0;
  },
};
