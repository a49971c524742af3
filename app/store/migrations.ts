/**
 * Schema migrations for `*.briefing.json`, oldest first. Each step takes a file already
 * validated against its version's schema and returns the next version. Pure functions over
 * plain data: no fs, no clock (a migration must give the same result every time it runs).
 */
import { DEFAULT_LEGEND } from '../core/annotation';
import type { Annotation, LegendEntry } from '../core/annotation';
import type { BriefingFile } from '../core/briefing-file';
import type { BriefingFileV1 } from './zod-schemas';

/**
 * The handling marking given to files written before markings existed. AMBER (limited
 * disclosure) rather than CLEAR: a briefing that never said how it may be shared must not
 * become shareable by an upgrade. The analyst can lower it.
 */
export const MIGRATED_HANDLING = 'TLP:AMBER';

/** Neutral colours for a legend key a v1 annotation used but the default legend lacks. */
const UNKNOWN_KEY_COLOURS = { light: '#E5E7EB', dark: '#374151' };

/**
 * v1 → v2: adds the colour legend (the default legend plus any key v1 annotations used),
 * the handling marking (`MIGRATED_HANDLING`) and an empty source grade, and moves each
 * annotation's `colour` into its `body`. Does not mutate `file`; `updatedAt` is kept (a
 * migration is not an edit).
 */
export function migrateV1ToV2(file: BriefingFileV1): BriefingFile {
  const legend: LegendEntry[] = DEFAULT_LEGEND.map((entry) => ({ ...entry }));
  const known = new Set(legend.map((entry) => entry.key));
  const annotations: Annotation[] = file.annotations.map((old) => {
    const { colour, body, ...rest } = old;
    if (!known.has(colour)) {
      known.add(colour);
      legend.push({ key: colour, label: colour, ...UNKNOWN_KEY_COLOURS });
    }
    return { ...rest, body: { ...body, colour } };
  });
  return {
    schemaVersion: 2,
    id: file.id,
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
    generator: file.generator,
    article: file.article,
    briefing: file.briefing,
    annotations,
    legend,
    handling: MIGRATED_HANDLING,
    sourceGrade: null,
  };
}
