/**
 * Export options shared by every exporter, and the one rule deciding which notes go out.
 */
import type { Annotation } from '../core/annotation';
import type { BriefingFile } from '../core/briefing-file';

/** Which analyst notes an export carries: none (clean, the default), shared only, or all. */
export type NoteProfile = 'none' | 'shared' | 'all';
export type Paper = 'a4' | 'letter';

export const NOTE_PROFILES: readonly NoteProfile[] = ['none', 'shared', 'all'];
export const PAPERS: readonly Paper[] = ['a4', 'letter'];

export interface ExportOptions {
  notes: NoteProfile;
  /** Handling marking printed on the export; defaults to `file.handling`. */
  handling?: string;
  paper?: Paper;
}

/** What the caller supplies so the exporter stays pure. `now` is ISO 8601. */
export interface ExportEnv {
  now: string;
  appVersion: string;
}

/** Thrown when an export must not be finished (e.g. an excluded note leaked into it). */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

/** True when `annotation` goes out under `profile`. */
export function isNoteIncluded(annotation: Annotation, profile: NoteProfile): boolean {
  switch (profile) {
    case 'none':
      return false;
    case 'shared':
      return annotation.visibility === 'shared';
    case 'all':
      return true;
    default:
      return assertNever(profile);
  }
}

/** Splits the file's annotations into those the export carries and those it leaves out. */
export function selectNotes(
  file: BriefingFile,
  profile: NoteProfile,
): { included: Annotation[]; excluded: Annotation[] } {
  const included: Annotation[] = [];
  const excluded: Annotation[] = [];
  for (const annotation of file.annotations) {
    (isNoteIncluded(annotation, profile) ? included : excluded).push(annotation);
  }
  return { included, excluded };
}

/** The handling marking to print: the option when given and not blank, else the file's. */
export function resolveHandling(file: BriefingFile, options: ExportOptions): string {
  const chosen = options.handling?.trim();
  return chosen ? chosen : file.handling;
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
