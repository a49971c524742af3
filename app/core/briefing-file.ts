/**
 * The persisted document: one `*.briefing.json` file per briefing. The store validates
 * and migrates it; everything else reads this shape.
 */
import type { Annotation, LegendEntry } from './annotation';
import type { Article, Briefing } from './briefing';

/** v1 → v2 (app/store/migrations.ts): added `legend`, `handling`, `sourceGrade`; annotation colour moved into `body`. */
export const CURRENT_SCHEMA_VERSION = 2;

export const HANDLING_LEVELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:RED'] as const;

/** Admiralty source reliability, A (completely reliable) … F (cannot be judged). */
export const SOURCE_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceGrade = (typeof SOURCE_GRADES)[number];

export interface BriefingFile {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  id: string;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
  generator: { name: string; version: string };
  article: Article;
  briefing: Briefing;
  annotations: Annotation[];
  legend: LegendEntry[];
  /** Handling marking for exports: a TLP level or custom text. */
  handling: string;
  sourceGrade: SourceGrade | null;
}
