import { DEFAULT_LEGEND } from './annotation';
import type { Generated } from './briefing';
import { CURRENT_SCHEMA_VERSION, type BriefingFile } from './briefing-file';

export const GENERATOR_NAME = 'briefing-desk';
export const GENERATOR_VERSION = '0.1.0';

/**
 * Wraps a freshly generated briefing into a new file with no annotations.
 * `id` and `now` (ISO 8601) arrive as arguments so the result is reproducible.
 */
export function newBriefingFile(generated: Generated, id: string, now: string): BriefingFile {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    generator: { name: GENERATOR_NAME, version: GENERATOR_VERSION },
    article: generated.article,
    briefing: generated.briefing,
    annotations: [],
    legend: DEFAULT_LEGEND.map((entry) => ({ ...entry })),
    handling: 'TLP:CLEAR',
    sourceGrade: null,
  };
}
