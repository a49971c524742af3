/**
 * The store's entry points for one briefing file: read (no lock, no writes), create, open
 * for editing, and the `.bak` helpers. Imports node:* and lowdb only through ./ modules;
 * never electron (the caller passes paths).
 */
import path from 'node:path';
import type { BriefingFile } from '../core/briefing-file';
import { BriefingHandle } from './briefing-handle';
import type { OpenBriefingOptions } from './briefing-handle';
import { serializeBriefing } from './durable-adapter';
import { backupPathFor, realFs, writeFileDurably } from './durable-write';
import type { StoreFs } from './durable-write';
import { StoreError, writeFailure } from './errors';
import { lockBriefingFile } from './file-lock';
import { loadBriefing } from './load';
import { resolveBriefingPath } from './real-path';
import { parseBriefingJson } from './schema';

export { BriefingHandle } from './briefing-handle';
export type { DeepReadonly, ExternalChange, OpenBriefingOptions } from './briefing-handle';

export interface StoreIoOptions {
  fs?: StoreFs;
}

/**
 * Reads, validates and migrates a briefing file. Read-only: never writes (not even the
 * migration), never waits for the writer lock; atomic renames mean it always sees a whole
 * file. Throws StoreError: 'not-found' | 'unreadable' | 'not-json' | 'not-briefing' |
 * 'invalid' | 'future-version', whose message says whether `<file>.bak` exists.
 */
export async function readBriefingFile(
  file: string,
  options: StoreIoOptions = {},
): Promise<BriefingFile> {
  return (await loadBriefing(file, options.fs ?? realFs)).file;
}

export interface CreateOptions extends StoreIoOptions {
  /** Replace an existing file, but only one that is itself a valid briefing (kept as `.bak`). */
  overwrite?: boolean;
  /** Lock staleness for the brief writer lock taken while creating. */
  staleMs?: number;
  /** How long to wait for a lock another process holds before failing 'locked' (default 0). */
  lockWaitMs?: number;
  /**
   * With `overwrite`: refuse to replace a briefing that holds notes. Checked after the writer
   * lock is taken, in the same critical section as the write, so a note saved by another
   * process a moment earlier is seen. Called with the note count; the error it returns is
   * thrown (nothing is written).
   */
  refuseNotes?: (count: number) => Error;
}

/**
 * Writes `data` durably as a new briefing file (creating its folder). Refuses with
 * 'exists' when the file exists and `overwrite` is not set; with `overwrite`, refuses to
 * replace a file that is not a valid briefing (its load error, plus "It was not replaced").
 * Throws 'locked' when the file is open for editing elsewhere, and 'invalid' when `data`
 * is not a valid current BriefingFile (nothing is written). With `refuseNotes`, a briefing
 * with notes is not replaced either (checked under the lock).
 */
export async function createBriefingFile(
  file: string,
  data: BriefingFile,
  options: CreateOptions = {},
): Promise<void> {
  const fs = options.fs ?? realFs;
  parseBriefingJson(data, file, 'Nothing was written.');
  const bytes = serializeBriefing(data);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
  } catch (error) {
    throw writeFailure(file, error, 'Nothing was written.');
  }
  const release = await lockBriefingFile(file, {
    staleMs: options.staleMs,
    waitMs: options.lockWaitMs,
  });
  try {
    let exists = true;
    let notes = 0;
    try {
      notes = (await loadBriefing(file, fs)).file.annotations.length;
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      if (error.code === 'not-found') exists = false;
      else if (!options.overwrite) throw existsError(file);
      else {
        // A load error already says "The file was left untouched" when it read the file.
        const message = error.message.includes('left untouched')
          ? error.message
          : `${error.message} It was not replaced.`;
        throw new StoreError(error.code, file, message, { cause: error });
      }
    }
    if (exists && !options.overwrite) throw existsError(file);
    if (notes > 0 && options.refuseNotes) throw options.refuseNotes(notes);
    try {
      await writeFileDurably(file, bytes, { fs, backup: exists, exclusive: !exists });
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') throw existsError(file);
      throw writeFailure(
        file,
        error,
        exists ? 'The existing file was left untouched.' : 'Nothing was written.',
      );
    }
  } finally {
    await release().catch(() => undefined);
  }
}

function existsError(file: string): StoreError {
  return new StoreError(
    'exists',
    file,
    `${file} already exists; choose another name or allow overwriting.`,
  );
}

/**
 * Opens a briefing for editing: takes the writer lock (unless `lock: false`), loads,
 * validates and migrates (a migrated file is written in the new format on the first edit,
 * the old file kept as `.bak`). Throws StoreError 'locked' when another process has it open.
 */
export async function openBriefing(
  file: string,
  options: OpenBriefingOptions = {},
): Promise<BriefingHandle> {
  const handle = new BriefingHandle(file, options);
  await handle.open(options);
  return handle;
}

/** Reads `<file>.bak` (read-only), e.g. to offer it when `file` is damaged. */
export async function openBackup(
  file: string,
  options: StoreIoOptions = {},
): Promise<BriefingFile> {
  return readBriefingFile(backupPathFor(await resolveBriefingPath(file)), options);
}

/**
 * Replaces a damaged or unwanted `file` with its valid `.bak`. The replaced file is not
 * deleted: it is kept as `<file>.damaged-<timestamp>`. Returns that path (null when `file`
 * did not exist). Throws the `.bak`'s load error when the backup itself is unusable.
 */
export async function restoreBackup(
  file: string,
  options: StoreIoOptions & { now?: () => Date; staleMs?: number } = {},
): Promise<string | null> {
  const fs = options.fs ?? realFs;
  // Through a symlink: the real file is set aside and replaced; the link stays.
  file = await resolveBriefingPath(file);
  const backup = backupPathFor(file);
  const loaded = await loadBriefing(backup, fs);
  const release = await lockBriefingFile(file, { staleMs: options.staleMs });
  try {
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[-:.]/g, '');
    const aside = `${file}.damaged-${stamp}`;
    let kept: string | null = aside;
    try {
      await fs.link(file, aside);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT') kept = null;
      else if (code === 'EPERM' || code === 'ENOTSUP') await fs.copyFile(file, aside);
      else throw writeFailure(file, error, 'Nothing was changed.');
    }
    try {
      // Same bytes as the backup: `.bak` stays a good copy, no re-serialisation.
      await writeFileDurably(file, loaded.bytes, { fs });
    } catch (error) {
      throw writeFailure(file, error, 'Nothing was changed.');
    }
    return kept;
  } finally {
    await release().catch(() => undefined);
  }
}
