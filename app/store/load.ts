/**
 * Reading a briefing file from disk: one open file descriptor for stat and bytes (so they
 * describe the same file even if it is being replaced), then parse → validate → migrate.
 */
import type { Stats } from 'node:fs';
import { backupPathFor, realFs } from './durable-write';
import type { StoreFs } from './durable-write';
import { StoreError, errnoCode } from './errors';
import { resolveBriefingPath } from './real-path';
import { parseBriefingBytes } from './schema';
import type { ParsedBriefing } from './schema';

/** What identifies one version of a file on disk. */
export interface Fingerprint {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface LoadedBriefing extends ParsedBriefing {
  bytes: Buffer;
  fingerprint: Fingerprint;
}

export function fingerprintOf(stats: Stats): Fingerprint {
  return { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs };
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** Reads bytes and stat through one descriptor. Throws StoreError 'not-found' | 'unreadable' | 'not-briefing'. */
export async function readBytes(
  file: string,
  fs: StoreFs = realFs,
): Promise<{ bytes: Buffer; fingerprint: Fingerprint }> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw readFailure(file, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) {
      throw new StoreError('not-briefing', file, `${file} is a folder, not a briefing file.`);
    }
    const bytes = await handle.readFile();
    return { bytes, fingerprint: fingerprintOf(stats) };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw readFailure(file, error);
  } finally {
    await handle.close();
  }
}

/** Read-only load: never writes, never locks. Errors say whether `<file>.bak` exists. */
export async function loadBriefing(file: string, fs: StoreFs = realFs): Promise<LoadedBriefing> {
  const { bytes, fingerprint } = await readBytes(file, fs);
  try {
    return { ...parseBriefingBytes(bytes, file), bytes, fingerprint };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    const note = await untouchedNote(file, fs);
    throw new StoreError(error.code, file, `${error.message} ${note}`, { cause: error.cause });
  }
}

/** "The file was left untouched; a backup exists at x.bak." (or "… there is no backup."). */
export async function untouchedNote(file: string, fs: StoreFs = realFs): Promise<string> {
  // A symlinked briefing is backed up beside the file it points to.
  const backup = backupPathFor(await resolveBriefingPath(file));
  return (await hasFile(backup, fs))
    ? `The file was left untouched; a backup exists at ${backup}.`
    : 'The file was left untouched; there is no backup of it.';
}

export async function hasFile(file: string, fs: StoreFs = realFs): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

function readFailure(file: string, error: unknown): StoreError {
  const code = errnoCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new StoreError('not-found', file, `${file} does not exist.`, { cause: error });
  }
  if (code === 'EISDIR') {
    return new StoreError('not-briefing', file, `${file} is a folder, not a briefing file.`, {
      cause: error,
    });
  }
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
  return new StoreError('unreadable', file, `${file} cannot be read (${why}).`, { cause: error });
}
