/**
 * The durable write primitive: unique temp file in the same folder → write → fsync →
 * (hard-link the old file to `<name>.bak`) → rename over the target → fsync the folder.
 * A crash at any point leaves either the old or the new complete file, never half of one.
 */
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errnoCode } from './errors';
import { resolveBriefingPath } from './real-path';

/** The slice of `node:fs/promises` the store uses; tests inject shims (ENOSPC, counters). */
export interface StoreFs {
  open: typeof nodeFs.open;
  readFile: (path: string) => Promise<Buffer>;
  rename: typeof nodeFs.rename;
  link: typeof nodeFs.link;
  unlink: typeof nodeFs.unlink;
  copyFile: typeof nodeFs.copyFile;
  stat: typeof nodeFs.stat;
  mkdir: typeof nodeFs.mkdir;
  readdir: (path: string) => Promise<string[]>;
  rm: typeof nodeFs.rm;
}

export const realFs: StoreFs = {
  open: nodeFs.open,
  readFile: (file) => nodeFs.readFile(file),
  rename: nodeFs.rename,
  link: nodeFs.link,
  unlink: nodeFs.unlink,
  copyFile: nodeFs.copyFile,
  stat: nodeFs.stat,
  mkdir: nodeFs.mkdir,
  readdir: (dir) => nodeFs.readdir(dir),
  rm: nodeFs.rm,
};

/** `x.briefing.json` → `x.briefing.json.bak`. */
export function backupPathFor(file: string): string {
  return `${file}.bak`;
}

/** Temp files are `.<name>.<random>.tmp` beside the target, so a rename never crosses devices. */
export function tempPathFor(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
  );
}

/** True for a temp file this module leaves behind only when a process is killed mid-write. */
export function isTempFileOf(file: string, candidate: string): boolean {
  const prefix = `.${path.basename(file)}.`;
  return candidate.startsWith(prefix) && candidate.endsWith('.tmp');
}

export interface DurableWriteOptions {
  fs?: StoreFs;
  /**
   * Keep the file being replaced as `<name>.bak` (hard link, copy when links are not
   * supported). Only pass true when the current file is known to be a good briefing.
   */
  backup?: boolean;
  /** Fail with EEXIST instead of replacing an existing file. */
  exclusive?: boolean;
  /**
   * Permission bits for a new file (default 0o666, narrowed by the umask). A file that exists
   * keeps its own bits, whatever this says.
   */
  mode?: number;
}

/**
 * Writes `bytes` to `file` durably. Resolves once the data and the rename are on disk
 * (file and folder fsynced). On failure the target is untouched and the temp file removed;
 * the fs error is rethrown for the caller to map. A symlink is followed: the file it points
 * to is replaced (and backed up beside itself), the link stays a link. The replaced file's
 * permission bits are kept (a private 0600 briefing stays private).
 */
export async function writeFileDurably(
  file: string,
  bytes: Uint8Array | readonly Uint8Array[],
  options: DurableWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? realFs;
  file = await resolveBriefingPath(file);
  const keptMode = await modeOf(fs, file);
  const temp = tempPathFor(file);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', keptMode ?? options.mode ?? 0o666);
    try {
      // open() narrows the mode by the umask; the file being replaced had exactly these bits.
      if (keptMode !== null) await handle.chmod(keptMode);
      await writeAll(handle, Array.isArray(bytes) ? bytes : [bytes as Uint8Array]);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup) await keepBackup(fs, file);
    if (options.exclusive) {
      // link() fails with EEXIST atomically, unlike a stat-then-rename.
      await fs.link(temp, file);
      await fs.unlink(temp);
    } else {
      await renameWithRetry(fs, temp, file);
    }
    renamed = true;
    await syncDirectory(fs, path.dirname(file));
  } finally {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
  }
}

/** The permission bits of `file`, or null when it does not exist (or is not a file). */
export async function modeOf(fs: StoreFs, file: string): Promise<number | null> {
  try {
    const stats = await fs.stat(file);
    return stats.isFile() ? stats.mode & 0o7777 : null;
  } catch {
    return null;
  }
}

/** IOV_MAX on Linux and macOS; libuv would split larger batches anyway. */
const WRITEV_BATCH = 1024;

/** Writes `chunks` in order with writev, handling short writes. */
async function writeAll(handle: nodeFs.FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  for (let start = 0; start < chunks.length; start += WRITEV_BATCH) {
    const batch = chunks.slice(start, start + WRITEV_BATCH);
    const expected = batch.reduce((sum, chunk) => sum + chunk.length, 0);
    if (expected === 0) continue;
    const { bytesWritten } = await handle.writev(batch);
    if (bytesWritten === expected) continue;
    // A short write: finish the rest of this batch the slow, simple way.
    const rest = Buffer.concat(batch).subarray(bytesWritten);
    let offset = 0;
    while (offset < rest.length) {
      const { bytesWritten: n } = await handle.write(rest, offset, rest.length - offset);
      offset += n;
    }
  }
}

/**
 * On Windows a rename over a file another program (antivirus, indexer, a reader) has open
 * fails with EPERM/EACCES/EBUSY for a moment; retry like steno does (lowdb#581): 10 × 100 ms.
 */
async function renameWithRetry(fs: StoreFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(errnoCode(error) ?? '');
      if (process.platform !== 'win32' || !transient || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Points `<file>.bak` at the current `file` (no data copied when hard links work). */
async function keepBackup(fs: StoreFs, file: string): Promise<void> {
  const backup = backupPathFor(file);
  const temp = tempPathFor(backup);
  try {
    await fs.link(file, temp);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return; // nothing to back up yet
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK')
      throw error;
    await fs.copyFile(file, temp);
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  try {
    await fs.rename(temp, backup);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * fsyncs a folder so a rename in it survives power loss. Windows cannot open folders for
 * sync (EPERM/EISDIR) and some file systems refuse (EINVAL); those are ignored.
 */
export async function syncDirectory(fs: StoreFs, dir: string): Promise<void> {
  let handle: nodeFs.FileHandle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (error) {
    if (['EISDIR', 'EPERM', 'EACCES', 'EINVAL'].includes(errnoCode(error) ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes(errnoCode(error) ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

/** Removes temp files a killed writer left beside `file`. Never touches anything else. */
export async function removeStaleTempFiles(file: string, fs: StoreFs = realFs): Promise<void> {
  file = await resolveBriefingPath(file);
  const dir = path.dirname(file);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  const targets = [file, backupPathFor(file)];
  await Promise.all(
    names
      .filter((name) => targets.some((target) => isTempFileOf(target, name)))
      .map((name) => fs.unlink(path.join(dir, name)).catch(() => undefined)),
  );
}
