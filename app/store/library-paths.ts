/**
 * File names and moves shared by the library, trash and rename: never replace a file, never
 * move one another process is editing.
 */
import path from 'node:path';
import type { StoreFs } from './durable-write';
import { StoreError, errnoCode } from './errors';
import { isBriefingLocked } from './file-lock';
import { hasFile } from './load';

export const BRIEFING_EXTENSION = '.briefing.json';
export const TRASH_DIR = '.trash';

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

export async function refuseIfOpen(file: string, verb: string): Promise<void> {
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
export async function moveNoClobber(fs: StoreFs, from: string, to: string): Promise<void> {
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
