/**
 * Writes data/fixtures/v2.briefing.json and v1.briefing.json from the seed article, with
 * the real generator and three real annotations. Run: `npx tsx app/store/testing/make-fixtures.ts`.
 * The v1 file is the v2 file taken back to the old shape (no legend/handling/sourceGrade,
 * annotation colour at the top level), its third annotation using a colour key the default
 * legend lacks, so the migration's legend extension is exercised.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLE_BLOCK_ID } from '../../core/annotation';
import type { Annotation } from '../../core/annotation';
import { createAnnotation } from '../../core/annotations/create';
import { generateBriefing } from '../../core/generator/generate';
import { newBriefingFile } from '../../core/new-briefing-file';
import { readArticleFile } from '../../ingest/read-article';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NOW = '2025-09-09T08:00:00.000Z';

const input = await readArticleFile(
  path.join(root, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt'),
);
const v2 = newBriefingFile(generateBriefing(input), 'fixture-0001', NOW);
const text = v2.article.text;
const notes: { quote: string; note: string; colour: string; tags: string[] }[] = [
  {
    quote: 'air defence',
    note: 'Core claim: check against the ministry statement.',
    colour: 'fact',
    tags: ['claim'],
  },
  {
    quote: 'Syria',
    note: 'Likely **follow-on** agreements; low confidence.',
    colour: 'assessment',
    tags: [],
  },
  {
    quote: 'Turkey',
    note: 'Unsourced <b>rumour</b> in regional press.',
    colour: 'disputed',
    tags: ['rumour'],
  },
];
v2.annotations = notes.map(({ quote, note, colour, tags }, index): Annotation => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`the seed article no longer contains "${quote}"`);
  const created = createAnnotation({
    id: `fixture-note-${index + 1}`,
    blockId: ARTICLE_BLOCK_ID,
    blockText: text,
    start,
    end: start + quote.length,
    note,
    tags,
    colour,
    visibility: index === 1 ? 'shared' : 'private',
    now: NOW,
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
});
v2.handling = 'TLP:AMBER';
v2.sourceGrade = 'B';

const { legend: _legend, handling: _handling, sourceGrade: _grade, annotations, ...rest } = v2;
const v1 = {
  ...rest,
  schemaVersion: 1,
  annotations: annotations.map(({ body, ...annotation }, index) => ({
    ...annotation,
    body: { note: body.note, tags: body.tags },
    colour: index === 2 ? 'rumour' : body.colour,
  })),
};
for (const [name, data] of [
  ['v1', v1],
  ['v2', v2],
] as const) {
  writeFileSync(
    path.join(root, 'data/fixtures', `${name}.briefing.json`),
    `${JSON.stringify(data, null, 2)}\n`,
  );
}
