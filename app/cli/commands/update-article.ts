import { updateArticle } from '../../core/annotations/update-article';
import { generateBriefing } from '../../core/generator/generate';
import { readArticleFile } from '../../ingest/read-article';
import { openBriefing } from '../../store/briefing-store';
import type { Command } from '../command';
import { CLI_LOCK_WAIT_MS, userPath } from '../paths';

export const updateArticleCommand: Command = {
  name: 'update-article',
  summary: 'regenerate a briefing from an updated article; every note follows its words',
  usage: 'briefing update-article <file.briefing.json> <new-article>',
  help: `When the news article was updated: reads the new version (.txt, .md or .html), regenerates
the briefing from it, and re-anchors every note. The briefing keeps its id, legend, handling
marking and source grade. Notes on the article are found in the new text; notes on a generated
item go to the new item with the same id if it still holds their words, else to the item of
the same kind that does. Nothing is deleted: a note whose words are gone is kept as orphaned.
Prints how many notes are anchored (same words, unchanged), moved (re-attached) and orphaned;
and, when items were rewritten in the app, how many rewrites were kept (the generator wrote the
same words again) or dropped (their sentence changed).
The previous version of the file is kept as <file>.bak.

Example:
  briefing update-article x.briefing.json turkey-syria-air-defence-updated.txt`,
  writesBriefing: true,
  options: {},
  positionals: { min: 2, max: 2 },
  async run({ positionals }, io) {
    const input = await readArticleFile(userPath(io, positionals[1] ?? ''));
    const generated = generateBriefing(input);
    const handle = await openBriefing(userPath(io, positionals[0] ?? ''), {
      lockWaitMs: CLI_LOCK_WAIT_MS,
    });
    try {
      let result: ReturnType<typeof updateArticle> | undefined;
      await handle.update((draft) => {
        result = updateArticle(draft, generated, new Date().toISOString());
        const { file } = result;
        draft.generator = file.generator;
        draft.article = file.article;
        draft.briefing = file.briefing;
        draft.annotations = file.annotations;
      });
      if (!result) throw new Error('the update was not applied');
      const { file, counts, rewrites } = result;
      const total = file.annotations.length;
      io.stdout(
        `${total} note${total === 1 ? '' : 's'}: ${counts.anchored} anchored, ${counts.moved} moved, ${counts.orphaned} orphaned.\n`,
      );
      if (rewrites.kept + rewrites.dropped > 0)
        io.stdout(
          `Item rewrites: ${rewrites.kept} kept, ${rewrites.dropped} dropped (their generated sentence changed).\n`,
        );
      return 0;
    } finally {
      // A failed save was reported as not saved: do not retry it on the way out.
      await handle.close({ retryFailed: false });
    }
  },
};
