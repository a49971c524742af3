import { randomUUID } from 'node:crypto';
import { ARTICLE_BLOCK_ID } from '../../core/annotation';
import { blockTextOf, itemBlocks } from '../../core/annotations/blocks';
import { createAnnotation } from '../../core/annotations/create';
import { openBriefing } from '../../store/briefing-store';
import { CliError } from '../command';
import type { Command } from '../command';
import { findQuoteLoosely } from '../find-quote';
import { CLI_LOCK_WAIT_MS, userPath } from '../paths';

/** A whole number from 1, or a CliError naming the option. */
function occurrenceOf(value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value === 'string' && /^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new CliError(
    `--occurrence must be a whole number from 1 (got "${typeof value === 'string' ? value : typeof value}").`,
    2,
  );
}

/**
 * The refusal for a `--block` that is not annotatable: actors and sources have ids in
 * `show --json` too, but notes go only on the article and on generated items.
 */
function unknownBlock(blockId: string, itemIds: readonly string[]): string {
  const shown = itemIds.slice(0, 12).join(', ');
  const more = itemIds.length > 12 ? `, … (${itemIds.length} items)` : '';
  return `This briefing has no annotatable block "${blockId}". Notes go on "article" or on a BLUF, section, timeline or key-figure item: ${shown}${more}.`;
}

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'add a highlight or note on words of the article or of a generated item',
  usage:
    'briefing annotate <file.briefing.json> --quote TEXT [--occurrence N] [--block ID] [--note TEXT] [--tags a,b] [--colour KEY] [--shared]',
  help: `Prints the new note's id on stdout.

Options:
  -q, --quote TEXT      the words to annotate, as they appear in the block. When they do
                        not occur exactly, straight and curly quotes (' ’ " ”), dashes
                        (- – —) and runs of spaces count as equal; the note is stored on the
                        block's own characters (printed on stderr when they differ)
      --occurrence N    which occurrence of the quote, counting from 1 (default 1); matches
                        count the same way as the quote was found
      --block ID        the block: "article" (default) or a generated item's id (bluf-1,
                        sec-concerns-2, tl-3 …: the ids of the bluf, sections, timeline and
                        keyFigures items in "briefing show --json"; actors take no notes)
      --note TEXT       the note text (default: none, a plain highlight). Stored as typed;
                        the app previews it as Markdown, exports show it literally. A note
                        starting with "-" works as written: --note "- first point"
      --tags a,b        comma-separated tags
      --colour KEY      a key of the briefing's colour legend (default: its first key)
      --shared          share the note in exports that include shared notes (default: private)

The file is opened for writing: it must not be open in Briefing Desk at the same time.

Example:
  briefing annotate x.briefing.json --quote "over 3,000 extrajudicial executions" --note "Check the SOHR figure" --colour disputed --tags hr,sohr`,
  writesBriefing: true,
  options: {
    quote: { type: 'string', short: 'q' },
    occurrence: { type: 'string' },
    block: { type: 'string' },
    note: { type: 'string' },
    tags: { type: 'string' },
    colour: { type: 'string' },
    shared: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const quote = typeof values.quote === 'string' ? values.quote : '';
    if (quote === '') throw new CliError('give the words to annotate with --quote "…".', 2);
    const occurrence = occurrenceOf(values.occurrence);
    const blockId = typeof values.block === 'string' ? values.block : ARTICLE_BLOCK_ID;
    const handle = await openBriefing(userPath(io, positionals[0] ?? ''), {
      lockWaitMs: CLI_LOCK_WAIT_MS,
    });
    try {
      const file = handle.data;
      const keys = file.legend.map((e) => e.key);
      const colour = typeof values.colour === 'string' ? values.colour : keys[0];
      if (colour === undefined || !keys.includes(colour)) {
        throw new CliError(
          `--colour must be a key of this briefing's legend: ${keys.join(', ')} (got "${colour ?? ''}").`,
          2,
        );
      }
      const blockText = blockTextOf(file, blockId);
      if (blockText === undefined) {
        throw new CliError(
          unknownBlock(
            blockId,
            itemBlocks(file.briefing).map((b) => b.id),
          ),
        );
      }
      const found = findQuoteLoosely(blockText, quote, occurrence);
      if (!found.ok) {
        const where = blockId === ARTICLE_BLOCK_ID ? 'the article' : `block ${blockId}`;
        throw new CliError(found.error.message.replace(/the text\.$/, `${where}.`));
      }
      const made = createAnnotation({
        id: randomUUID(),
        blockId,
        blockText,
        start: found.value.start,
        end: found.value.end,
        note: typeof values.note === 'string' ? values.note : '',
        tags: typeof values.tags === 'string' ? values.tags.split(',') : [],
        colour,
        visibility: values.shared === true ? 'shared' : 'private',
        now: new Date().toISOString(),
      });
      if (!made.ok) throw new CliError(made.error.message);
      const annotation = made.value;
      await handle.update((draft) => void (draft.annotations = [...draft.annotations, annotation]));
      io.stdout(`${annotation.id}\n`);
      const stored = annotation.target.quote.exact;
      if (stored !== quote) io.stderr(`Annotated the words as they are written: "${stored}".\n`);
      return 0;
    } finally {
      // A failed save was reported as not saved: do not retry it on the way out.
      await handle.close({ retryFailed: false });
    }
  },
};
