/**
 * One writer per briefing file across processes, with proper-lockfile: a `<file>.lock`
 * folder whose mtime the holder refreshes; a lock older than `staleMs` (its process
 * crashed) is taken over. Readers never look at it.
 */
import lockfile from 'proper-lockfile';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { StoreError, errnoCode } from './errors';
import { resolveBriefingPath } from './real-path';

/** Long enough to survive a busy event loop, short enough that a crash costs little. */
export const DEFAULT_STALE_MS = 10_000;

export interface FileLockOptions {
  /** A lock not refreshed for this long is stale (min 2000, proper-lockfile's floor). */
  staleMs?: number;
  /** Called when another process took the lock over or its folder vanished. */
  onCompromised?: (error: Error) => void;
  /**
   * How long to wait for a lock another process holds before failing (default 0: fail at
   * once). The CLI waits a moment, so two commands run back to back both succeed.
   */
  waitMs?: number;
}

/** How often a waiting writer tries again. */
const RETRY_INTERVAL_MS = 100;

/**
 * Takes the lock or throws StoreError 'locked'. Resolves to the release function. The lock
 * is taken on the file's real path (see `resolveBriefingPath`), so a symlink and the file it
 * points to share one writer.
 */
export async function lockBriefingFile(
  file: string,
  options: FileLockOptions = {},
): Promise<() => Promise<void>> {
  const staleMs = Math.max(2000, options.staleMs ?? DEFAULT_STALE_MS);
  const waitMs = Math.max(0, options.waitMs ?? 0);
  const target = await resolveBriefingPath(file);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await lockfile.lock(target, {
        realpath: false,
        stale: staleMs,
        update: Math.floor(staleMs / 2),
        retries: 0,
        onCompromised: options.onCompromised ?? (() => undefined),
      });
    } catch (error) {
      // Only a lock held by another writer is worth waiting for; an unwritable folder is not.
      if (errnoCode(error) !== 'ELOCKED' || Date.now() >= deadline) {
        throw await lockFailure(file, error, staleMs);
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_INTERVAL_MS));
    }
  }
}

/** True when a live writer (not a stale lock) holds `file`. */
export async function isBriefingLocked(file: string, staleMs = DEFAULT_STALE_MS): Promise<boolean> {
  try {
    return await lockfile.check(await resolveBriefingPath(file), {
      realpath: false,
      stale: Math.max(2000, staleMs),
    });
  } catch {
    return false;
  }
}

async function lockFailure(file: string, error: unknown, staleMs: number): Promise<StoreError> {
  const code = errnoCode(error);
  if (code === 'ELOCKED') {
    // A crashed writer's lock looks live until it goes stale: say so, or the message sends
    // the user looking for a process that no longer exists.
    return new StoreError(
      'locked',
      file,
      `${file} is open in another Briefing Desk process (or in one that stopped less than ${Math.round(staleMs / 1000)} seconds ago). Close it there, or try again in a few seconds.`,
      { cause: error },
    );
  }
  const folder = path.dirname(file);
  if (code === 'ENOENT') {
    // A folder such as /proc exists but refuses new entries with ENOENT.
    const exists = await stat(folder).then(
      (s) => s.isDirectory(),
      () => false,
    );
    return exists
      ? new StoreError(
          'unwritable',
          file,
          `Cannot write ${file}: the folder ${folder} does not accept new files (ENOENT).`,
          { cause: error },
        )
      : new StoreError('not-found', file, `The folder ${folder} does not exist.`, {
          cause: error,
        });
  }
  if (code === 'ENOSPC') {
    return new StoreError('disk-full', file, `Cannot write ${file}: the disk is full.`, {
      cause: error,
    });
  }
  // The lock is a folder beside the file: failing to make it means the folder takes no writes.
  return new StoreError(
    'unwritable',
    file,
    `Cannot write ${file}: the folder ${folder} is not writable (${code ?? String(error)}).`,
    { cause: error },
  );
}
