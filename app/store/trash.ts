/**
 * The library's trash: `<dir>/.trash/<id>/` holds the briefing, its `.bak` and a
 * `trashed.json` saying where it came from. Nothing is deleted.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { backupPathFor, realFs, syncDirectory, writeFileDurably } from './durable-write';
import type { StoreFs } from './durable-write';
import { StoreError, errnoCode, writeFailure } from './errors';
import { BRIEFING_EXTENSION, TRASH_DIR, moveNoClobber, refuseIfOpen } from './library-paths';
import { hasFile, loadBriefing } from './load';

const TRASH_META = 'trashed.json';

export interface TrashEntry {
  /** Folder name inside `.trash/`; pass it to `restoreFromTrash`. */
  id: string;
  originalPath: string;
  fileName: string;
  title: string | null;
  trashedAt: string;
}

/**
 * Moves a briefing (and its `.bak`) into `<dir>/.trash/<id>/` with a `trashed.json`
 * saying where it came from. Nothing is deleted. Refuses 'locked' while it is open.
 */
export async function trashBriefing(
  file: string,
  options: { fs?: StoreFs; now?: () => Date } = {},
): Promise<TrashEntry> {
  const fs = options.fs ?? realFs;
  await refuseIfOpen(file, 'move to the trash');
  if (!(await hasFile(file, fs)))
    throw new StoreError('not-found', file, `${file} does not exist.`);
  const dir = path.dirname(file);
  const when = options.now?.() ?? new Date();
  const id = `${when.toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`;
  const folder = path.join(dir, TRASH_DIR, id);
  let title: string | null = null;
  try {
    title = (await loadBriefing(file, fs)).file.briefing.title;
  } catch {
    // A damaged file can still be trashed; it just has no title to show.
  }
  const entry: TrashEntry = {
    id,
    originalPath: file,
    fileName: path.basename(file),
    title,
    trashedAt: when.toISOString(),
  };
  try {
    await fs.mkdir(folder, { recursive: true });
    await writeFileDurably(
      path.join(folder, TRASH_META),
      Buffer.from(`${JSON.stringify(entry, null, 2)}\n`),
      { fs },
    );
    await fs.rename(file, path.join(folder, entry.fileName));
    await fs
      .rename(backupPathFor(file), path.join(folder, `${entry.fileName}.bak`))
      .catch(() => undefined);
    await syncDirectory(fs, folder);
    await syncDirectory(fs, dir);
  } catch (error) {
    throw writeFailure(file, error, 'The briefing was not moved.');
  }
  return entry;
}

/** What is in `<dir>/.trash/`, most recently trashed first. Damaged entries are skipped. */
export async function listTrash(
  dir: string,
  options: { fs?: StoreFs } = {},
): Promise<TrashEntry[]> {
  const fs = options.fs ?? realFs;
  const trash = path.join(dir, TRASH_DIR);
  let ids: string[];
  try {
    ids = await fs.readdir(trash);
  } catch {
    return [];
  }
  const entries = await Promise.all(
    ids.map(async (id) => {
      try {
        const meta = JSON.parse(
          (await fs.readFile(path.join(trash, id, TRASH_META))).toString('utf8'),
        ) as TrashEntry;
        return { ...meta, id };
      } catch {
        return null;
      }
    }),
  );
  return entries
    .filter((e): e is TrashEntry => e !== null)
    .sort((a, b) => (a.trashedAt < b.trashedAt ? 1 : -1));
}

/**
 * Moves a trashed briefing back to its original folder. If its old name is taken, it comes
 * back as `<name> (restored).briefing.json` (then `(restored 2)` …). Returns the new path.
 */
export async function restoreFromTrash(
  dir: string,
  id: string,
  options: { fs?: StoreFs } = {},
): Promise<string> {
  const fs = options.fs ?? realFs;
  const folder = path.join(dir, TRASH_DIR, path.basename(id));
  const entry = (await listTrash(dir, { fs })).find((e) => e.id === path.basename(id));
  if (!entry)
    throw new StoreError('not-found', folder, `Nothing in the trash of ${dir} has the id ${id}.`);
  const targetDir = path.dirname(entry.originalPath);
  const stem = entry.fileName.endsWith(BRIEFING_EXTENSION)
    ? entry.fileName.slice(0, -BRIEFING_EXTENSION.length)
    : entry.fileName;
  const from = path.join(folder, entry.fileName);
  for (let attempt = 0; attempt < 100; attempt++) {
    const name =
      attempt === 0
        ? entry.fileName
        : `${stem} (restored${attempt === 1 ? '' : ` ${attempt}`})${BRIEFING_EXTENSION}`;
    const target = path.join(targetDir, name);
    try {
      await fs.mkdir(targetDir, { recursive: true });
      await moveNoClobber(fs, from, target);
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') continue;
      throw writeFailure(target, error, 'It is still in the trash.');
    }
    await moveNoClobber(fs, `${from}.bak`, backupPathFor(target)).catch(() => undefined);
    await syncDirectory(fs, targetDir);
    await fs.rm(folder, { recursive: true, force: true });
    return target;
  }
  throw new StoreError(
    'exists',
    entry.originalPath,
    `Could not find a free name to restore ${entry.fileName} in ${targetDir}.`,
  );
}
