/**
 * zod 4 schemas for `*.briefing.json`, one per schema version. The current-version schema
 * must match `BriefingFile` exactly; the type assertions at the bottom fail to compile when
 * they drift. Use schema.ts (`parseBriefingFile`) to read a file.
 */
import { z } from 'zod';
import { CONFIDENCES, VISIBILITIES, ANCHOR_STATUSES } from '../core/annotation';
import type { Annotation, LegendEntry } from '../core/annotation';
import { ACTOR_KINDS, ARTICLE_FORMATS, SECTION_KINDS } from '../core/briefing';
import type { Article, Briefing } from '../core/briefing';
import { type CURRENT_SCHEMA_VERSION, SOURCE_GRADES } from '../core/briefing-file';
import type { BriefingFile } from '../core/briefing-file';

const offset = z.number().int().nonnegative();

export const spanSchema = z
  .object({ start: offset, end: offset })
  .refine((s) => s.start <= s.end, { message: 'span start is after its end' });

const spans = z.array(spanSchema);

/**
 * An analyst's rewrite of a generated item (optional, so every earlier v2 file is valid as it
 * is: no version bump for an addition that old files simply lack).
 */
export const rewriteSchema = z.object({ at: z.string(), generated: z.string() });

export const itemSchema = z.object({
  id: z.string(),
  text: z.string(),
  sources: spans,
  rewrite: rewriteSchema.optional(),
});

export const sectionSchema = z.object({
  id: z.string(),
  kind: z.enum(SECTION_KINDS),
  heading: z.string(),
  items: z.array(itemSchema),
});

export const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  role: z.string().optional(),
  mentions: spans,
});

export const timelineEventSchema = z.object({
  id: z.string(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  text: z.string(),
  sources: spans,
  rewrite: rewriteSchema.optional(),
});

export const keyFigureSchema = z.object({
  id: z.string(),
  value: z.string(),
  text: z.string(),
  sources: spans,
  rewrite: rewriteSchema.optional(),
});

export const sourceInfoSchema = z.object({
  publisher: z.string().nullable(),
  disclaimer: z.string().nullable(),
  verified: z.boolean(),
  sources: spans,
});

export const blockSchema = z.object({
  id: z.string(),
  kind: z.enum(['heading', 'paragraph']),
  start: offset,
  end: offset,
});

export const articleSchema = z.object({
  text: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case hex SHA-256'),
  fileName: z.string().nullable(),
  format: z.enum(ARTICLE_FORMATS),
  blocks: z.array(blockSchema),
});

export const briefingSchema = z.object({
  title: z.string(),
  titleSources: spans,
  dateline: z.string().nullable(),
  source: sourceInfoSchema,
  bluf: z.array(itemSchema),
  sections: z.array(sectionSchema),
  actors: z.array(actorSchema),
  timeline: z.array(timelineEventSchema),
  keyFigures: z.array(keyFigureSchema),
});

const targetSchema = z.object({
  blockId: z.string(),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({ start: offset, end: offset }),
});

const credibilitySchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);

export const annotationSchema = z.object({
  id: z.string().min(1),
  target: targetSchema,
  body: z.object({ note: z.string(), tags: z.array(z.string()), colour: z.string() }),
  visibility: z.enum(VISIBILITIES),
  credibility: credibilitySchema.optional(),
  confidence: z.enum(CONFIDENCES).optional(),
  status: z.enum(ANCHOR_STATUSES),
  created: z.string(),
  updated: z.string(),
});

export const legendEntrySchema = z.object({
  key: z.string().min(1),
  label: z.string(),
  light: z.string(),
  dark: z.string(),
});

const generatorSchema = z.object({ name: z.string(), version: z.string() });

/** Schema version 2: exactly `BriefingFile`. */
export const briefingFileV2Schema = z.object({
  schemaVersion: z.literal(2),
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  generator: generatorSchema,
  article: articleSchema,
  briefing: briefingSchema,
  annotations: z.array(annotationSchema),
  legend: z.array(legendEntrySchema),
  handling: z.string(),
  sourceGrade: z.enum(SOURCE_GRADES).nullable(),
});

/**
 * Schema version 1 (before the colour legend, handling marking and source grade): an
 * annotation kept its legend colour at the top level (`colour`), not in `body`.
 */
export const annotationV1Schema = annotationSchema.extend({
  body: z.object({ note: z.string(), tags: z.array(z.string()) }),
  colour: z.string(),
});

export const briefingFileV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  generator: generatorSchema,
  article: articleSchema,
  briefing: briefingSchema,
  annotations: z.array(annotationV1Schema),
});

export type BriefingFileV1 = z.infer<typeof briefingFileV1Schema>;
export type BriefingFileV2 = z.infer<typeof briefingFileV2Schema>;

/** A zod issue as one short phrase: `annotations[3].body.colour: expected string`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not match the briefing file format';
  const where = issue.path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where || 'the top level'}: ${issue.message}${more}`;
}

// Compile-time checks that the current schema and the TypeScript model agree both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<BriefingFileV2, BriefingFile> = true;
const annotationMatchesModel: Same<z.infer<typeof annotationSchema>, Annotation> = true;
const legendMatchesModel: Same<z.infer<typeof legendEntrySchema>, LegendEntry> = true;
const articleMatchesModel: Same<z.infer<typeof articleSchema>, Article> = true;
const briefingMatchesModel: Same<z.infer<typeof briefingSchema>, Briefing> = true;
const versionIsCurrent: Same<typeof CURRENT_SCHEMA_VERSION, 2> = true;
void [
  schemaMatchesModel,
  annotationMatchesModel,
  legendMatchesModel,
  articleMatchesModel,
  briefingMatchesModel,
  versionIsCurrent,
];
