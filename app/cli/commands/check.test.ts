import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingFile } from '../../store/briefing-store';
import { sampleBriefingFile } from '../../store/testing/sample-briefing';
import { cleanUpTempDirs, makeTempDir, repoRoot } from '../../store/testing/temp-dir';
import { CliError } from '../command';
import type { CliIo } from '../command';
import { checkCommand } from './check';

afterEach(() => cleanUpTempDirs());

function fakeIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    env: {},
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

describe('briefing check', () => {
  it('prints a one-line summary and exits 0 for a good file', async () => {
    const dir = makeTempDir();
    await createBriefingFile(
      path.join(dir, 'x.briefing.json'),
      sampleBriefingFile({ annotations: 3 }),
    );
    const io = fakeIo(dir);
    expect(await checkCommand.run({ values: {}, positionals: ['x.briefing.json'] }, io)).toBe(0);
    expect(io.out).toBe(
      `OK ${path.join(dir, 'x.briefing.json')}: "Turkey and Syria sign air defence pact", schema v2, 3 notes.\n`,
    );
  });

  it('says a v1 file will be upgraded, without touching it', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'v1.briefing.json');
    copyFileSync(path.join(repoRoot, 'data/fixtures/v1.briefing.json'), file);
    const before = readFileSync(file);
    const io = fakeIo(dir);
    expect(await checkCommand.run({ values: {}, positionals: [file] }, io)).toBe(0);
    expect(io.out).toContain('schema v1 (upgraded to v2 on next save), 3 notes.');
    expect(readFileSync(file)).toEqual(before);
  });

  it('fails with the problem for a damaged file', async () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'bad.briefing.json'), '{"schemaVersion": 2, "id"');
    const run = checkCommand.run({ values: {}, positionals: ['bad.briefing.json'] }, fakeIo(dir));
    await expect(run).rejects.toBeInstanceOf(CliError);
    // check never writes, so the store's "left untouched" reassurance is left out.
    await expect(run).rejects.toThrow(
      /bad\.briefing\.json is not valid JSON \(unexpected end at byte 25\)\.$/,
    );
    writeFileSync(path.join(dir, 'bad.briefing.json.bak'), '{}');
    const withBackup = fakeIo(dir);
    expect(
      await checkCommand.run(
        { values: { json: true }, positionals: ['bad.briefing.json'] },
        withBackup,
      ),
    ).toBe(1);
    expect((JSON.parse(withBackup.out) as { message: string }).message).toMatch(
      /byte 25\)\. A backup exists at .*bad\.briefing\.json\.bak\.$/,
    );
  });

  it('reports JSON with --json, exiting 1 on a problem', async () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'package.json'), '{"name":"x"}');
    const io = fakeIo(dir);
    expect(
      await checkCommand.run({ values: { json: true }, positionals: ['package.json'] }, io),
    ).toBe(1);
    expect(JSON.parse(io.out)).toMatchObject({ ok: false, code: 'not-briefing' });
  });
});
