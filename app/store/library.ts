/**
 * The library: the folder of `*.briefing.json` files the start screen lists, with a
 * `.trash/` folder (restorable) and a small `recent.json`. No electron here: the caller
 * passes `app.getPath('documents')` and friends.
 */
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { backupPathFor, realFs, syncDirectory, writeFileDurably } from './durable-write';
import type { StoreFs } from './durable-write';
import { StoreError, errnoCode, isStoreError, writeFailure } from './errors';
import { isBriefingLocked } from './file-lock';
import { fingerprintOf, hasFile, loadBriefing, sameFingerprint } from './load';
import type { Fingerprint } from './load';

export const BRIEFING_EXTENSION = '.briefing.json';
export const TRASH_DIR = '.trash';
export const RECENT_FILE = 'recent.json';
const TRASH_META = 'trashed.json';

/**
 * Where the library lives: `BRIEFING_DESK_HOME` if set, else `<documents>/Briefing Desk`,
 * else `<userData>/briefings`, else `~/Briefing Desk`. Returns an absolute path.
 */
export function defaultLibraryDir(
  env: Readonly<Record<string, string | undefined>>,
  platformDirs: { documents?: string; userData?: string } = {},
): string {
  const home = env['BRIEFING_DESK_HOME'];
  if (home && home.trim() !== '') return path.resolve(home);
  if (platformDirs.documents) return path.join(platformDirs.documents, 'Briefing Desk');
  if (platformDirs.userData) return path.join(platformDirs.userData, 'briefings');
  return path.join(os.homedir(), 'Briefing Desk');
}

export interface LibraryEntry {
  path: string;
  fileName: string;
  /** Null when the file could not be read; see `error`. */
  title: string | null;
  dateline: string | null;
  publisher: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  noteCount: number;
  /** File modification time (ISO), for sorting files that could not be read. */
  modifiedAt: string;
  /** True for `<name>.conflict-<time>.briefing.json` copies the store wrote. */
  isConflictCopy: boolean;
  /** Why the file could not be listed; the library still shows it. */
  error: { code: StoreError['code']; message: string } | null;
}

/**
 * Lists every `*.briefing.json` in `dir` (not subfolders), newest edit first, unreadable
 * files last. Never throws for one bad file: it is listed with `error`. A missing `dir`
 * lists as empty.
 */
export async function listLibrary(
  dir: string,
  options: { fs?: StoreFs } = {},
): Promise<LibraryEntry[]> {
  const fs = options.fs ?? realFs;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw new StoreError(
      'unreadable',
      dir,
      `The library folder ${dir} cannot be read (${errnoCode(error) ?? String(error)}).`,
      {
        cause: error,
      },
    );
  }
  const files = names
    .filter((name) => name.endsWith(BRIEFING_EXTENSION) && !name.startsWith('.'))
    .sort();
  const entries = await Promise.all(files.map((name) => describeFile(path.join(dir, name), fs)));
  return entries.sort(compareEntries);
}

/**
 * Entries of files listed before, by path, valid while the file's stat is unchanged: a
 * library of large briefings is parsed and validated once, not on every listing.
 */
const listed = new Map<string, { fingerprint: Fingerprint; entry: LibraryEntry }>();

async function describeFile(file: string, fs: StoreFs): Promise<LibraryEntry> {
  const fileName = path.basename(file);
  const base: LibraryEntry = {
    path: file,
    fileName,
    title: null,
    dateline: null,
    publisher: null,
    createdAt: null,
    updatedAt: null,
    noteCount: 0,
    modifiedAt: '',
    isConflictCopy: /\.conflict-\d{8}T\d{9}Z(-\d+)?\.briefing\.json$/.test(fileName),
    error: null,
  };
  try {
    const known = listed.get(file);
    if (known) {
      const now = await fs.stat(file).catch(() => null);
      if (now && sameFingerprint(fingerprintOf(now), known.fingerprint)) return known.entry;
    }
    const loaded = await loadBriefing(file, fs);
    const data = loaded.file;
    const entry: LibraryEntry = {
      ...base,
      title: data.briefing.title,
      dateline: data.briefing.dateline,
      publisher: data.briefing.source.publisher,
      createdAt: data.createdAt,
      updatedAt: data.updatedAt,
      noteCount: data.annotations.length,
      modifiedAt: new Date(loaded.fingerprint.mtimeMs).toISOString(),
    };
    listed.set(file, { fingerprint: loaded.fingerprint, entry });
    return entry;
  } catch (error) {
    const modifiedAt = await fs
      .stat(file)
      .then((s) => s.mtime.toISOString())
      .catch(() => '');
    const described = isStoreError(error)
      ? { code: error.code, message: error.message }
      : { code: 'unreadable' as const, message: `${file} cannot be read (${String(error)}).` };
    return { ...base, modifiedAt, error: described };
  }
}

function compareEntries(a: LibraryEntry, b: LibraryEntry): number {
  if (!!a.error !== !!b.error) return a.error ? 1 : -1;
  const at = a.updatedAt ?? a.modifiedAt;
  const bt = b.updatedAt ?? b.modifiedAt;
  return at === bt ? a.fileName.localeCompare(b.fileName) : at < bt ? 1 : -1;
}

/** Adds `.briefing.json` when missing; rejects names with folders in them. */
export function toBriefingFileName(name: string): string {
  const trimmed = name.trim();
  if (
    trimmed === '' ||
    trimmed !== path.basename(trimmed) ||
    trimmed.includes('/') ||
    trimmed.includes('\\') ||
    trimmed.startsWith('.')
  ) {
    throw new StoreError('invalid', name, `"${name}" is not a usable file name.`);
  }
  return trimmed.endsWith(BRIEFING_EXTENSION)
    ? trimmed
    : `${trimmed.replace(/\.json$/, '')}${BRIEFING_EXTENSION}`;
}

async function refuseIfOpen(file: string, verb: string): Promise<void> {
  if (await isBriefingLocked(file)) {
    throw new StoreError(
      'locked',
      file,
      `${file} is open in another Briefing Desk process; close it before you ${verb} it.`,
    );
  }
}

/**
 * Moves `from` onto `to` without ever replacing an existing `to` (link + unlink where the
 * file system allows, else a checked rename).
 */
async function moveNoClobber(fs: StoreFs, from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
    await fs.unlink(from);
    return;
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST' || code === 'ENOENT') throw error;
  }
  if (await hasFile(to, fs)) throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST' });
  await fs.rename(from, to);
}

/**
 * Renames a briefing within its folder (its `.bak` follows). `newName` is a file name,
 * `.briefing.json` added when missing. Refuses 'exists' rather than replacing a file, and
 * 'locked' while the briefing is open elsewhere. Returns the new path.
 */
export async function renameBriefing(
  file: string,
  newName: string,
  options: { fs?: StoreFs } = {},
): Promise<string> {
  const fs = options.fs ?? realFs;
  const target = path.join(path.dirname(file), toBriefingFileName(newName));
  if (target === file) return file;
  await refuseIfOpen(file, 'rename');
  try {
    await moveNoClobber(fs, file, target);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST')
      throw new StoreError('exists', target, `${target} already exists; choose another name.`);
    if (code === 'ENOENT') throw new StoreError('not-found', file, `${file} does not exist.`);
    throw writeFailure(file, error, 'The file keeps its old name.');
  }
  await moveNoClobber(fs, backupPathFor(file), backupPathFor(target)).catch(() => undefined);
  await syncDirectory(fs, path.dirname(file));
  await renameRecent(path.dirname(file), file, target, fs).catch(() => undefined);
  return target;
}

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

export interface RecentEntry {
  path: string;
  /** ISO 8601. */
  openedAt: string;
}

const MAX_RECENT = 20;

/** Recently opened briefings from `<dir>/recent.json`, newest first. A damaged list reads as empty. */
export async function listRecent(
  dir: string,
  options: { fs?: StoreFs } = {},
): Promise<RecentEntry[]> {
  const fs = options.fs ?? realFs;
  try {
    const json: unknown = JSON.parse(
      (await fs.readFile(path.join(dir, RECENT_FILE))).toString('utf8'),
    );
    const list = (json as { recent?: unknown }).recent;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (e): e is RecentEntry =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as RecentEntry).path === 'string' &&
        typeof (e as RecentEntry).openedAt === 'string',
    );
  } catch {
    return [];
  }
}

/** Puts `file` at the top of the recent list (kept to 20), written durably. */
export async function recordRecent(
  dir: string,
  file: string,
  options: { fs?: StoreFs; now?: () => Date } = {},
): Promise<RecentEntry[]> {
  const fs = options.fs ?? realFs;
  const absolute = path.resolve(file);
  const openedAt = (options.now?.() ?? new Date()).toISOString();
  const list = [
    { path: absolute, openedAt },
    ...(await listRecent(dir, { fs })).filter((e) => e.path !== absolute),
  ].slice(0, MAX_RECENT);
  await saveRecent(dir, list, fs);
  return list;
}

async function renameRecent(dir: string, from: string, to: string, fs: StoreFs): Promise<void> {
  const list = await listRecent(dir, { fs });
  const absolute = path.resolve(from);
  if (!list.some((e) => e.path === absolute)) return;
  await saveRecent(
    dir,
    list.map((e) => (e.path === absolute ? { ...e, path: path.resolve(to) } : e)),
    fs,
  );
}

async function saveRecent(dir: string, list: RecentEntry[], fs: StoreFs): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
    await writeFileDurably(
      path.join(dir, RECENT_FILE),
      Buffer.from(`${JSON.stringify({ recent: list }, null, 2)}\n`),
      { fs },
    );
  } catch (error) {
    throw writeFailure(path.join(dir, RECENT_FILE), error, 'The recent list was not updated.');
  }
}
