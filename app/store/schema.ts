/**
 * The persisted file format: parse → validate → migrate for `*.briefing.json`. The zod
 * schemas themselves live in zod-schemas.ts; every failure here is a StoreError whose
 * message names the file and the problem.
 */
import { CURRENT_SCHEMA_VERSION } from '../core/briefing-file';
import type { BriefingFile } from '../core/briefing-file';
import { StoreError } from './errors';
import { migrateV1ToV2 } from './migrations';
import { briefingFileV1Schema, briefingFileV2Schema, describeIssue } from './zod-schemas';

/** What a parsed file looked like before migration, for `check` and diagnostics. */
export interface ParsedBriefing {
  file: BriefingFile;
  /** The schema version stored on disk (before migration). */
  storedVersion: number;
}

/**
 * Parses file bytes. `label` names the file in messages; `note` is appended to each
 * message (e.g. "The file was left untouched; a backup exists at x.bak.").
 */
export function parseBriefingBytes(bytes: Uint8Array, label: string, note = ''): ParsedBriefing {
  const tail = note ? ` ${note}` : '';
  if (bytes.length === 0) {
    throw new StoreError(
      'not-json',
      label,
      `${label} is empty (0 bytes), so it holds no briefing.${tail}`,
    );
  }
  // Checked only when the first byte is NUL: scanning 10 MB byte by byte costs ~20 ms.
  if (bytes[0] === 0 && bytes.every((b) => b === 0)) {
    throw new StoreError(
      'not-json',
      label,
      `${label} contains only zero bytes (${bytes.length}); it was probably cut off by a crash or power loss.${tail}`,
    );
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new StoreError(
      'not-json',
      label,
      `${label} is not valid JSON (${describeJsonError(error, text)}).${tail}`,
      { cause: error },
    );
  }
  return parseBriefingJson(json, label, note);
}

/** Validates and migrates an already-parsed JSON value; see `parseBriefingBytes`. */
export function parseBriefingJson(json: unknown, label: string, note = ''): ParsedBriefing {
  const tail = note ? ` ${note}` : '';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new StoreError(
      'not-briefing',
      label,
      `${label} is not a briefing file (it holds a JSON ${Array.isArray(json) ? 'array' : json === null ? 'null' : typeof json}, not a briefing).${tail}`,
    );
  }
  const record = json as Record<string, unknown>;
  const version = record['schemaVersion'];
  if (version === undefined) {
    const looksLikeBriefing = 'article' in record && 'briefing' in record;
    throw new StoreError(
      looksLikeBriefing ? 'invalid' : 'not-briefing',
      label,
      looksLikeBriefing
        ? `${label} is damaged: it has no schemaVersion.${tail}`
        : `${label} is not a briefing file (it is JSON of another kind, with no schemaVersion).${tail}`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StoreError(
      'invalid',
      label,
      `${label} is damaged: schemaVersion ${JSON.stringify(version)} is not a version number.${tail}`,
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new StoreError(
      'future-version',
      label,
      `${label} was saved by a newer Briefing Desk (file format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Briefing Desk to open it.${tail}`,
    );
  }
  if (version === 1) {
    const result = briefingFileV1Schema.safeParse(json);
    if (!result.success) throw invalid(label, describeIssue(result.error), tail);
    return { file: migrateV1ToV2(result.data), storedVersion: 1 };
  }
  const result = briefingFileV2Schema.safeParse(json);
  if (!result.success) throw invalid(label, describeIssue(result.error), tail);
  // Return the input, not zod's copy: zod strips unknown keys, and a field a newer minor
  // release added must survive a round trip through this version.
  return { file: json as BriefingFile, storedVersion: version };
}

/**
 * parse → validate → migrate for a JSON value (already `JSON.parse`d). Throws StoreError
 * ('not-briefing' | 'invalid' | 'future-version') naming `label`.
 */
export function parseBriefingFile(json: unknown, label = 'The briefing data'): BriefingFile {
  return parseBriefingJson(json, label).file;
}

function invalid(label: string, issue: string, tail: string): StoreError {
  return new StoreError(
    'invalid',
    label,
    `${label} is not a valid briefing file (${issue}).${tail}`,
  );
}

/** "unexpected end at byte 1234" from a JSON.parse SyntaxError. */
function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position && Number(position[1]) < text.length) {
    const byte = Buffer.byteLength(text.slice(0, Number(position[1])));
    return `unexpected character at byte ${byte}`;
  }
  if (position) return `unexpected end at byte ${Buffer.byteLength(text)}`;
  if (/end of (JSON )?input|Unterminated/i.test(message)) {
    return `unexpected end at byte ${Buffer.byteLength(text)}`;
  }
  return message.split('\n')[0] ?? 'syntax error';
}

export {
  briefingFileV1Schema,
  briefingFileV2Schema,
  annotationSchema,
  legendEntrySchema,
} from './zod-schemas';
export type { BriefingFileV1, BriefingFileV2 } from './zod-schemas';
