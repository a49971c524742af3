/**
 * Where a briefing really lives. A briefing opened through a symlink is locked, written and
 * backed up at the file the link points to: replacing the link itself would turn it into a
 * copy that the real file never sees, and locking the link's name would let the link and the
 * real file have two writers.
 */
import { lstat, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * `file` with symlinks resolved: the real path of the file, or (for a file not created yet)
 * the real path of its folder joined with its name. A dangling link resolves to where it
 * points, so creating through it makes the target. Never throws: an unreadable path is
 * returned as given, for the write itself to report.
 */
export async function resolveBriefingPath(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    // Not there yet (or a dangling link): resolve the folder, keep the name.
  }
  try {
    const link = await lstat(file).catch(() => null);
    if (link?.isSymbolicLink()) {
      const pointsTo = path.resolve(path.dirname(file), await readlink(file));
      return path.join(await realpath(path.dirname(pointsTo)), path.basename(pointsTo));
    }
    return path.join(await realpath(path.dirname(file)), path.basename(file));
  } catch {
    return file;
  }
}
