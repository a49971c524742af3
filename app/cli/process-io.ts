/**
 * The CLI over real output streams. A reader that stops early (`briefing list | head -1`)
 * closes the pipe; the next write fails with EPIPE, which Node emits as an 'error' event that
 * crashes the process when nobody listens. Here a closed pipe ends the output quietly and
 * successfully, as `ls | head -1` does; any other write failure (a full disk behind `>`) is
 * reported and fails the run.
 */
import type { Writable } from 'node:stream';
import type { CliIo } from './command';
import { runCli } from './main';

/** Codes that mean the reader went away: nothing more can be written, nothing went wrong. */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

export interface GuardedWriter {
  /** Writes `text`; does nothing once the stream has failed or its reader has gone. */
  write: (text: string) => void;
  /** The write failure other than a closed pipe, if one happened. */
  failure: () => NodeJS.ErrnoException | null;
}

/** Listens for `stream`'s write errors so they never become unhandled 'error' events. */
export function guardWriter(stream: Writable): GuardedWriter {
  let ended = false;
  let failure: NodeJS.ErrnoException | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    ended = true;
    if (!CLOSED.has(error.code ?? '')) failure ??= error;
  });
  return {
    write: (text) => {
      if (!ended && !stream.destroyed) stream.write(text);
    },
    failure: () => failure,
  };
}

/** Runs the CLI writing to `streams`; resolves to the exit code (see the file comment). */
export async function runCliOnStreams(
  argv: readonly string[],
  streams: { stdout: Writable; stderr: Writable },
  where: Pick<CliIo, 'cwd' | 'env'>,
): Promise<number> {
  const stdout = guardWriter(streams.stdout);
  const stderr = guardWriter(streams.stderr);
  const code = await runCli(argv, { stdout: stdout.write, stderr: stderr.write, ...where });
  // A failed write is reported by an 'error' event a tick later.
  await new Promise((resolve) => setImmediate(resolve));
  const failure = stdout.failure();
  if (failure === null) return code;
  stderr.write(
    `briefing: could not write to standard output (${failure.code ?? failure.message}).\n`,
  );
  return code === 0 ? 1 : code;
}
