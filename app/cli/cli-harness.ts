/** Test helper: runs the CLI in-process with captured output. */
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
