import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingFile } from '../../store/briefing-store';
import { sampleBriefingFile } from '../../store/testing/sample-briefing';
import { cleanUpTempDirs, makeTempDir } from '../../store/testing/temp-dir';
import type { CliIo } from '../command';
import { listCommand } from './list';

afterEach(() => cleanUpTempDirs());

function fakeIo(cwd: string, env: Record<string, string> = {}): CliIo & { out: string } {
  const io = {
    out: '',
    cwd,
    env,
    stdout: (t: string) => void (io.out += t),
    stderr: () => undefined,
  };
  return io;
}

describe('briefing list', () => {
  it('lists the library from --data-dir, bad files marked, exit 0', async () => {
    const dir = makeTempDir();
    await createBriefingFile(
      path.join(dir, 'a.briefing.json'),
      sampleBriefingFile({ annotations: 1 }),
    );
    writeFileSync(path.join(dir, 'b.briefing.json'), '');
    const io = fakeIo('/');
    expect(await listCommand.run({ values: { 'data-dir': dir }, positionals: [] }, io)).toBe(0);
    expect(io.out).toContain(`${dir}: 2 briefing files, 1 unreadable`);
    expect(io.out).toContain(
      '   Turkey and Syria sign air defence pact\n     2025-09-08 · Example Wire · 1 note · edited 2025-09-09 08:00 · a.briefing.json',
    );
    expect(io.out).toContain('!  b.briefing.json: ');
    expect(io.out).toContain('is empty (0 bytes)');
    expect(io.out).not.toContain('untouched'); // listing never writes
  });

  it('uses BRIEFING_DESK_HOME, and says when the library is empty', async () => {
    const dir = makeTempDir();
    const io = fakeIo('/', { BRIEFING_DESK_HOME: dir });
    expect(await listCommand.run({ values: {}, positionals: [] }, io)).toBe(0);
    expect(io.out).toBe(`No briefings in ${dir}.\n`);
  });

  it('prints JSON with --json', async () => {
    const dir = makeTempDir();
    await createBriefingFile(path.join(dir, 'a.briefing.json'), sampleBriefingFile());
    const io = fakeIo(dir);
    await listCommand.run({ values: { 'data-dir': '.', json: true }, positionals: [] }, io);
    expect(JSON.parse(io.out)).toMatchObject([
      { fileName: 'a.briefing.json', noteCount: 2, error: null },
    ]);
  });

  it.runIf(process.platform === 'linux')(
    "defaults to the app's folder, Briefing Desk in the Documents folder",
    async () => {
      const documents = makeTempDir();
      const library = path.join(documents, 'Briefing Desk');
      mkdirSync(library);
      await createBriefingFile(path.join(library, 'a.briefing.json'), sampleBriefingFile());
      const io = fakeIo('/', { XDG_DOCUMENTS_DIR: documents });
      expect(await listCommand.run({ values: {}, positionals: [] }, io)).toBe(0);
      expect(io.out).toContain(`${library}: 1 briefing file\n`);
    },
  );

  it('says a folder that does not exist is missing, naming it, exit non-zero', async () => {
    const dir = makeTempDir();
    const missing = path.join(dir, 'nothere');
    await expect(
      listCommand.run({ values: { 'data-dir': 'nothere' }, positionals: [] }, fakeIo(dir)),
    ).rejects.toThrow(`The folder ${missing} does not exist.`);
    await expect(
      listCommand.run(
        { values: {}, positionals: [] },
        fakeIo(dir, { BRIEFING_DESK_HOME: missing }),
      ),
    ).rejects.toThrow(`The library folder ${missing} does not exist`);
    writeFileSync(path.join(dir, 'file'), '');
    await expect(
      listCommand.run({ values: { 'data-dir': 'file' }, positionals: [] }, fakeIo(dir)),
    ).rejects.toThrow('is not a folder');
  });
});
