/**
 * Writing an export where the user pointed `-o`: refusing targets that are briefing files (an
 * export would replace the notes with Markdown), and writing atomically with one-sentence
 * failures.
 */
import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isStoreError } from '../store/errors';
import { loadBriefing } from '../store/load';
import { BRIEFING_EXTENSION } from '../store/library';
import { CliError } from './command';

/**
 * Throws a CliError (exit 2) when `output` is the briefing being exported (also through a
 * symlink), has a `*.briefing.json` name, or is an existing regular file that reads as a
 * briefing (a copy, a `.bak`, or a damaged or newer briefing: those are worth keeping too).
 */
export async function refuseBriefingOutput(output: string, input: string): Promise<void> {
  const refuse = (what: string) =>
    new CliError(
      `Not writing the export to ${output}: it is ${what}, whose notes would be lost; choose another -o file.`,
      2,
    );
  const [realOutput, realInput] = await Promise.all([
    realpath(output).catch(() => output),
    realpath(input).catch(() => input),
  ]);
  if (realOutput === realInput) throw refuse('the briefing being exported');
  if (output.endsWith(BRIEFING_EXTENSION) || realOutput.endsWith(BRIEFING_EXTENSION))
    throw refuse(`named like a briefing file (*${BRIEFING_EXTENSION})`);
  const existing = await stat(output).catch(() => null);
  if (!existing?.isFile()) return;
  try {
    await loadBriefing(output);
  } catch (error) {
    if (!isStoreError(error, 'invalid', 'future-version')) return;
  }
  throw refuse('a briefing file');
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/**
 * The sentence for a failed write of `path`. ENOENT is only blamed on a missing folder when
 * the folder is really missing: a folder such as /proc exists but refuses new files.
 */
async function writeFailure(
  path: string,
  error: unknown,
  folder = dirname(path),
): Promise<CliError> {
  const code = errnoOf(error);
  let reason: string;
  if (code === 'ENOENT') {
    const folderStat = await stat(folder).catch(() => null);
    reason = folderStat?.isDirectory()
      ? `the folder ${folder} does not accept new files (ENOENT)`
      : 'its folder does not exist';
  } else if (code === 'EACCES' || code === 'EPERM') reason = 'permission denied';
  else if (code === 'EROFS') reason = 'the file system is read-only';
  else if (code === 'ENOSPC') reason = 'the disk is full';
  else if (code === 'ENOTDIR') reason = 'a part of the path is not a folder';
  else reason = error instanceof Error ? error.message : String(error);
  return new CliError(`Cannot write ${path}: ${reason}.`);
}

/** Throws "Cannot write <path>: its folder does not exist." (or the real reason) unless `path`'s folder is a folder. */
export async function requireFolderOf(path: string): Promise<void> {
  const folder = await stat(dirname(path)).catch((error: unknown) => error);
  if (folder instanceof Error) throw await writeFailure(path, folder);
  if (!(folder as { isDirectory(): boolean }).isDirectory()) {
    throw new CliError(`Cannot write ${path}: a part of the path is not a folder.`);
  }
}

/**
 * Writes `data` to `path` atomically: a temporary file in the same folder, then rename, so a
 * reader never sees half a file and a failure leaves any old file untouched. A symlink is
 * followed (the file it points to is replaced). A replaced file keeps its permission bits. An existing non-regular file (`/dev/stdout`, a
 * FIFO) is written in place: renaming over it would replace the device node itself.
 */
export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory())
    throw new CliError(`Cannot write ${path}: it is a folder; give a file name.`);
  if (existing && !existing.isFile()) {
    try {
      await writeFile(path, data);
    } catch (error) {
      throw await writeFailure(path, error);
    }
    return;
  }
  const target = existing ? await realpath(path) : path;
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // A file written over keeps its permission bits (a private 0600 export stays private); a
    // new one gets the default mode narrowed by the umask, as any program's output does.
    const mode = existing ? existing.mode & 0o7777 : 0o666;
    await writeFile(temp, data, { flag: 'wx', mode });
    if (existing) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw await writeFailure(path, error, dirname(target));
  }
}
