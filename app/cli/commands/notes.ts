import type { Annotation, LegendEntry } from '../../core/annotation';
import { blockTexts, wordsNow } from '../../core/annotations/blocks';
import { readBriefingFile } from '../../store/briefing-store';
import type { Command } from '../command';
import { userPath } from '../paths';
import { jsonText } from '../terminal-text';

/** One note as a few lines: status, colour meaning, visibility, tags; then block and quote; then the note. */
export function noteLines(
  annotation: Annotation,
  legend: readonly LegendEntry[],
  texts?: ReadonlyMap<string, string>,
): string {
  const { body, target } = annotation;
  const label = legend.find((e) => e.key === body.colour)?.label ?? body.colour;
  const head = [
    annotation.status,
    label,
    annotation.visibility === 'private' ? '🔒 private' : 'shared',
    ...(body.tags.length > 0 ? [body.tags.map((t) => `#${t}`).join(' ')] : []),
  ];
  const quote = target.quote.exact.replace(/\s+/g, ' ');
  const lines = [
    `${annotation.id}  [${head.join(' · ')}]`,
    `  ${target.blockId}: "${clip(quote)}"`,
  ];
  // A note that followed changed words says what it is on now.
  const now = texts ? wordsNow(texts, annotation) : null;
  if (now !== null) lines.push(`  now on: "${clip(now.replace(/\s+/g, ' '))}"`);
  if (body.note !== '') lines.push(...body.note.split('\n').map((l) => `  > ${l}`));
  return lines.join('\n');
}

export const notesCommand: Command = {
  name: 'notes',
  summary: 'list the notes of a briefing: status, colour, visibility, tags, quote and note',
  usage: 'briefing notes <file.briefing.json> [--json]',
  help: `Each note shows its id; its status (anchored: on its words; moved: re-attached after the
text changed; orphaned: its words are gone, the note is kept); its colour's meaning; private
(🔒) or shared; its tags; the block and the words it was written on (and, when the text
changed under it, the words it is on now); and the note itself.

Options:
  --json   print the annotations array as stored in the file

Example:
  briefing notes x.briefing.json`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = await readBriefingFile(userPath(io, positionals[0] ?? ''));
    if (values.json === true) {
      io.stdout(`${jsonText(file.annotations)}\n`);
      return 0;
    }
    if (file.annotations.length === 0) {
      io.stdout('No notes.\n');
      return 0;
    }
    const orphans = file.annotations.filter((a) => a.status === 'orphaned').length;
    const count = `${file.annotations.length} note${file.annotations.length === 1 ? '' : 's'}`;
    io.stdout(`${count}${orphans > 0 ? `, ${orphans} orphaned` : ''}\n\n`);
    const texts = blockTexts(file);
    io.stdout(`${file.annotations.map((a) => noteLines(a, file.legend, texts)).join('\n\n')}\n`);
    return 0;
  },
};

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
