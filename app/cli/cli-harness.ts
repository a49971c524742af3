/** Test helper: runs the CLI in-process with captured output. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from './main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCapturing(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

/** The built-in seed article, the article most CLI tests generate from. */
export const SEED_ARTICLE = join(
  resolve(import.meta.dirname, '../..'),
  'resources/articles/turkey-syria-air-defence-2025-09-08.txt',
);

/** `briefing generate <seed> -o out`; throws with its stderr if it fails. Resolves `out`. */
export async function generateSeed(out: string): Promise<string> {
  const run = await runCapturing(['generate', SEED_ARTICLE, '-o', out]);
  if (run.code !== 0) throw new Error(`generate failed (${run.code}): ${run.stderr}`);
  return out;
}

/** A new seed briefing, `x.briefing.json` in a new temp folder named from `prefix`. */
export async function freshSeedBriefing(prefix: string): Promise<string> {
  return generateSeed(join(await mkdtemp(join(tmpdir(), prefix)), 'x.briefing.json'));
}
