/** The recent-files list: `<dir>/recent.json`, newest first, at most 20, written durably. */
import path from 'node:path';
import { realFs, writeFileDurably } from './durable-write';
import type { StoreFs } from './durable-write';
import { writeFailure } from './errors';

export const RECENT_FILE = 'recent.json';

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

export async function renameRecent(
  dir: string,
  from: string,
  to: string,
  fs: StoreFs,
): Promise<void> {
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
