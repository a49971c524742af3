/**
 * Writes data/fixtures/v1.briefing.json and v2.briefing.json from the sample briefing.
 * Run: `npx tsx app/store/testing/make-fixtures.ts`. The v1 file is the v2 sample taken
 * back to the old shape (no legend/handling/sourceGrade, annotation colour at top level),
 * with one annotation using a colour key the default legend lacks.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleBriefingFile } from './sample-briefing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const v2 = sampleBriefingFile({ annotations: 3 });
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
