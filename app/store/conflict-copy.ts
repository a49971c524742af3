/**
 * Where our version goes when another program changed the file under us: a durable,
 * never-overwriting copy beside it, named by the time of the conflict.
 */
import path from 'node:path';
import { modeOf, writeFileDurably, type StoreFs } from './durable-write';
import { errnoCode, writeFailure } from './errors';

/** `a/x.briefing.json` → `a/x.conflict-20261125T164700123Z.briefing.json`. */
export function conflictPathFor(file: string, when: Date): string {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const stamp = when.toISOString().replace(/[-:.]/g, '');
  const match = /^(.*?)(\.briefing\.json|\.json)?$/.exec(base);
  const stem = match?.[1] ?? base;
  return path.join(dir, `${stem}.conflict-${stamp}.briefing.json`);
}

/**
 * Writes `ours` to a new conflict copy beside `file` (`-2`, `-3`… when the name is taken) and
 * resolves its path. Rejects with a StoreError saying the file was left as it is.
 */
export async function writeConflictCopy(
  file: string,
  ours: Uint8Array,
  when: Date,
  fs: StoreFs,
): Promise<string> {
  let conflictPath = conflictPathFor(file, when);
  // The copy holds the same notes: as private as the file it came from.
  const mode = (await modeOf(fs, file)) ?? undefined;
  try {
    for (let n = 2; ; n++) {
      try {
        await writeFileDurably(conflictPath, ours, { fs, exclusive: true, mode });
        return conflictPath;
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST' || n > 100) throw error;
        conflictPath = conflictPath.replace(/(-\d+)?\.briefing\.json$/, `-${n}.briefing.json`);
      }
    }
  } catch (error) {
    throw writeFailure(
      conflictPath,
      error,
      `${file} was changed by another program and was left as it is; your unsaved edits are only in memory.`,
    );
  }
}
