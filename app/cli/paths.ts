import { isAbsolute, resolve } from 'node:path';
import type { CliIo } from './command';

/** Resolves a path the user typed against the directory the CLI was started in. */
export function userPath(io: CliIo, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/** The default output name for an article: `<article base name>.briefing.json` beside it. */
export function briefingPathFor(articlePath: string): string {
  return articlePath.replace(/\.(txt|md|markdown|html?|text)$/i, '') + '.briefing.json';
}

/**
 * How long a CLI writer waits for a briefing another process is writing (an `annotate` run a
 * moment earlier, the app saving) before giving up with "open in another process".
 */
export const CLI_LOCK_WAIT_MS = 2000;
