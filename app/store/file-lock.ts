/**
 * One writer per briefing file across processes, with proper-lockfile: a `<file>.lock`
 * folder whose mtime the holder refreshes; a lock older than `staleMs` (its process
 * crashed) is taken over. Readers never look at it.
 */
import lockfile from 'proper-lockfile';
import path from 'node:path';
import { StoreError, errnoCode } from './errors';

/** Long enough to survive a busy event loop, short enough that a crash costs little. */
export const DEFAULT_STALE_MS = 10_000;

export interface FileLockOptions {
  /** A lock not refreshed for this long is stale (min 2000, proper-lockfile's floor). */
  staleMs?: number;
  /** Called when another process took the lock over or its folder vanished. */
  onCompromised?: (error: Error) => void;
}

/** Takes the lock or throws StoreError 'locked'. Resolves to the release function. */
export async function lockBriefingFile(
  file: string,
  options: FileLockOptions = {},
): Promise<() => Promise<void>> {
  const staleMs = Math.max(2000, options.staleMs ?? DEFAULT_STALE_MS);
  try {
    return await lockfile.lock(file, {
      realpath: false,
      stale: staleMs,
      update: Math.floor(staleMs / 2),
      retries: 0,
      onCompromised: options.onCompromised ?? (() => undefined),
    });
  } catch (error) {
    throw lockFailure(file, error);
  }
}

/** True when a live writer (not a stale lock) holds `file`. */
export async function isBriefingLocked(file: string, staleMs = DEFAULT_STALE_MS): Promise<boolean> {
  try {
    return await lockfile.check(file, { realpath: false, stale: Math.max(2000, staleMs) });
  } catch {
    return false;
  }
}

function lockFailure(file: string, error: unknown): StoreError {
  const code = errnoCode(error);
  if (code === 'ELOCKED') {
    return new StoreError(
      'locked',
      file,
      `${file} is open in another Briefing Desk process. Close it there first.`,
      { cause: error },
    );
  }
  if (code === 'ENOENT') {
    return new StoreError('not-found', file, `The folder ${path.dirname(file)} does not exist.`, {
      cause: error,
    });
  }
  if (code === 'ENOSPC') {
    return new StoreError(
      'disk-full',
      file,
      `Could not open ${file} for editing: the disk is full.`,
      {
        cause: error,
      },
    );
  }
  return new StoreError(
    'unwritable',
    file,
    `Could not open ${file} for editing: its folder is not writable (${code ?? String(error)}).`,
    { cause: error },
  );
}
