/**
 * The library: the folder of `*.briefing.json` files the start screen lists. Trash and the
 * recent list live in trash.ts and recent-files.ts (re-exported here, the API callers use).
 * No electron here: the caller passes `app.getPath('documents')` and friends.
 */
import os from 'node:os';
import path from 'node:path';
import { backupPathFor, realFs, syncDirectory } from './durable-write';
import type { StoreFs } from './durable-write';
import { StoreError, errnoCode, isStoreError, writeFailure } from './errors';
import {
  BRIEFING_EXTENSION,
  moveNoClobber,
  refuseIfOpen,
  toBriefingFileName,
} from './library-paths';
import { fingerprintOf, loadBriefing, sameFingerprint } from './load';
import type { Fingerprint } from './load';
import { renameRecent } from './recent-files';

export { BRIEFING_EXTENSION, TRASH_DIR, toBriefingFileName } from './library-paths';
export { listTrash, restoreFromTrash, trashBriefing } from './trash';
export type { TrashEntry } from './trash';
export { listRecent, recordRecent, RECENT_FILE } from './recent-files';
export type { RecentEntry } from './recent-files';

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
