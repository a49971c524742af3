import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCapturing } from './cli-harness';
import { guardWriter, runCliOnStreams } from './process-io';

const seed = resolve(
  import.meta.dirname,
  '../../resources/articles/turkey-syria-air-defence-2025-09-08.txt',
);

/** A stream whose writes fail with `code`, as stdout does once `head` has exited. */
function failingStream(code: string): Writable & { text: string } {
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        stream.text += chunk.toString();
        callback(Object.assign(new Error(`write ${code}`), { code }));
      },
    }),
    { text: '' },
  );
  return stream;
}

function collectingStream(): Writable & { text: string } {
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        stream.text += chunk.toString();
        callback();
      },
    }),
    { text: '' },
  );
  return stream;
}

describe('the CLI on real streams', () => {
  it('ends quietly and successfully when the reader of a real pipe has gone (| head -1)', async () => {
    const head = spawn('head', ['-n', '1'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const writer = guardWriter(head.stdin);
    writer.write('first line\n');
    await once(head, 'exit');
    for (let i = 0; i < 100; i++) writer.write(`line ${i}\n`);
    await new Promise((r) => setTimeout(r, 20));
    expect(writer.failure()).toBeNull();
  });

  it('exits 0 with nothing on stderr when stdout is closed under `notes`', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pipe-'));
    const file = join(dir, 'x.briefing.json');
    expect((await runCapturing(['generate', seed, '-o', file])).code).toBe(0);
    expect((await runCapturing(['annotate', file, '--quote', 'Turkey'])).code).toBe(0);
    const stdout = failingStream('EPIPE');
    const stderr = collectingStream();
    const code = await runCliOnStreams(['notes', file], { stdout, stderr }, { cwd: dir, env: {} });
    expect(code).toBe(0);
    expect(stderr.text).toBe('');
  });

  it('reports any other failure to write standard output, exit 1', async () => {
    const stdout = failingStream('ENOSPC');
    const stderr = collectingStream();
    const code = await runCliOnStreams(['--help'], { stdout, stderr }, { cwd: '/', env: {} });
    expect(code).toBe(1);
    expect(stderr.text).toBe('briefing: could not write to standard output (ENOSPC).\n');
  });
});
