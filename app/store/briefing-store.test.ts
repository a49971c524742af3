import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingFile } from '../core/briefing-file';
import {
  createBriefingFile,
  openBackup,
  openBriefing,
  readBriefingFile,
  restoreBackup,
} from './briefing-store';
import type { BriefingHandle, ExternalChange } from './briefing-store';
import { serializeBriefing } from './durable-adapter';
import { StoreError } from './errors';
import { shimFs } from './testing/fs-shims';
import { sampleAnnotation, sampleBriefingFile } from './testing/sample-briefing';
import { cleanUpTempDirs, makeTempDir, repoRoot } from './testing/temp-dir';

const handles: BriefingHandle[] = [];
afterEach(async () => {
  for (const handle of handles.splice(0)) await handle.close().catch(() => undefined);
  cleanUpTempDirs();
});

async function open(
  file: string,
  options: Parameters<typeof openBriefing>[1] = {},
): Promise<BriefingHandle> {
  const handle = await openBriefing(file, options);
  handles.push(handle);
  return handle;
}

async function newFile(data: BriefingFile = sampleBriefingFile()): Promise<string> {
  const file = path.join(makeTempDir(), 'x.briefing.json');
  await createBriefingFile(file, data);
  return file;
}

const onDisk = (file: string): BriefingFile =>
  JSON.parse(readFileSync(file, 'utf8')) as BriefingFile;

function snapshot(file: string): { bytes: Buffer; mtimeMs: number } {
  return { bytes: readFileSync(file), mtimeMs: statSync(file).mtimeMs };
}

async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a StoreError');
}

const strayFiles = (dir: string): string[] =>
  readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('createBriefingFile', () => {
  it('writes a file that reads back equal, leaving no temp files', async () => {
    const data = sampleBriefingFile();
    const file = await newFile(data);
    expect(await readBriefingFile(file)).toEqual(data);
    expect(strayFiles(path.dirname(file))).toEqual([]);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('refuses to replace an existing file unless told, and keeps the old one as .bak', async () => {
    const file = await newFile();
    expect((await storeError(createBriefingFile(file, sampleBriefingFile()))).code).toBe('exists');
    const replacement = { ...sampleBriefingFile(), id: 'b-0002' };
    await createBriefingFile(file, replacement, { overwrite: true });
    expect(onDisk(file).id).toBe('b-0002');
    expect((await openBackup(file)).id).toBe('b-0001');
  });

  it('never overwrites a corrupt or foreign file, even with overwrite', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'package.json');
    writeFileSync(file, JSON.stringify({ name: 'not-a-briefing', version: '1.0.0' }));
    const before = snapshot(file);
    const error = await storeError(
      createBriefingFile(file, sampleBriefingFile(), { overwrite: true }),
    );
    expect(error.code).toBe('not-briefing');
    expect(error.message).toMatch(/left untouched; there is no backup of it\.$/);
    expect(error.message).not.toContain('It was not replaced');
    expect(snapshot(file)).toEqual(before);
  });

  it('refuses data that is not a valid briefing and writes nothing', async () => {
    const file = path.join(makeTempDir(), 'bad.briefing.json');
    const data = { ...sampleBriefingFile(), handling: 42 } as unknown as BriefingFile;
    expect((await storeError(createBriefingFile(file, data))).code).toBe('invalid');
    expect(existsSync(file)).toBe(false);
  });
});

describe('damaged files are reported, never rewritten', () => {
  const valid = serializeBriefing(sampleBriefingFile());
  const cases: [string, Buffer, StoreError['code'], RegExp][] = [
    [
      'truncated',
      valid.subarray(0, 700),
      'not-json',
      /is not valid JSON \(unexpected end at byte 700\)/,
    ],
    ['empty', Buffer.alloc(0), 'not-json', /is empty \(0 bytes\)/],
    ['NUL-filled', Buffer.alloc(valid.length), 'not-json', /only zero bytes/],
    [
      'foreign JSON',
      readFileSync(path.join(repoRoot, 'package.json')),
      'not-briefing',
      /is not a briefing file/,
    ],
    [
      'future schema',
      Buffer.from(JSON.stringify({ ...sampleBriefingFile(), schemaVersion: 99 })),
      'future-version',
      /newer Briefing Desk \(file format 99/,
    ],
  ];

  it.each(cases)(
    '%s file: clear StoreError, bytes and mtime unchanged',
    async (_name, bytes, code, pattern) => {
      const dir = makeTempDir();
      const file = path.join(dir, 'x.briefing.json');
      writeFileSync(file, bytes);
      utimesSync(file, new Date('2025-01-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z'));
      const before = snapshot(file);
      for (const attempt of [
        () => readBriefingFile(file),
        () => open(file),
        () => createBriefingFile(file, sampleBriefingFile(), { overwrite: true }),
      ]) {
        const error = await storeError(attempt());
        expect(error.code).toBe(code);
        expect(error.path).toBe(file);
        expect(error.message).toMatch(pattern);
        expect(error.message).toContain(file);
        expect(error.message).toContain('there is no backup');
      }
      expect(snapshot(file)).toEqual(before);
      expect(readdirSync(dir)).toEqual(['x.briefing.json']); // no lock, temp or backup left behind
    },
  );

  it('says a backup exists and restoreBackup brings it back, keeping the damaged file aside', async () => {
    const file = await newFile();
    const handle = await open(file);
    await handle.update((d) => void d.annotations.push(sampleAnnotation(7)));
    await handle.close();
    writeFileSync(file, '{"schemaVersion": 2, "id": "trunc');
    const error = await storeError(readBriefingFile(file));
    expect(error.message).toContain(`a backup exists at ${file}.bak`);
    expect((await openBackup(file)).annotations).toHaveLength(2);
    const aside = await restoreBackup(file, { now: () => new Date('2025-09-10T00:00:00Z') });
    expect(aside).toBe(`${file}.damaged-20250910T000000000Z`);
    expect(readFileSync(aside!, 'utf8')).toBe('{"schemaVersion": 2, "id": "trunc');
    expect((await readBriefingFile(file)).annotations).toHaveLength(2);
  });
});

describe('openBriefing / update', () => {
  it('resolves an update only when it is durable, bumps updatedAt and keeps .bak', async () => {
    const file = await newFile();
    const handle = await open(file, { now: () => new Date('2026-01-02T03:04:05.000Z') });
    await handle.update((d) => void d.annotations.push(sampleAnnotation(10)));
    const disk = onDisk(file);
    expect(disk.annotations.map((a) => a.id)).toContain('n-00010');
    expect(disk.updatedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(handle.data.updatedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(onDisk(`${file}.bak`).annotations).toHaveLength(2);
    expect(strayFiles(path.dirname(file))).toEqual([]);
  });

  it('coalesces 100 un-awaited updates into a few writes; each resolves after its data is on disk', async () => {
    const file = await newFile();
    let writes = 0;
    const handle = await open(file, { onWrite: () => writes++ });
    const checks: Promise<void>[] = [];
    for (let i = 0; i < 100; i++) {
      const id = sampleAnnotation(1000 + i).id;
      checks.push(
        handle
          .update((d) => void d.annotations.push(sampleAnnotation(1000 + i)))
          .then(() => expect(onDisk(file).annotations.some((a) => a.id === id)).toBe(true)),
      );
    }
    await Promise.all(checks);
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThanOrEqual(3);
    expect(onDisk(file).annotations).toHaveLength(102);
  });

  it('keeps coalescing while a write is in flight', async () => {
    const file = await newFile();
    let writes = 0;
    const handle = await open(file, { onWrite: () => writes++ });
    const all: Promise<void>[] = [];
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20; i++)
        all.push(handle.update((d) => void d.annotations.push(sampleAnnotation(round * 100 + i))));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(all);
    expect(writes).toBeLessThanOrEqual(10);
    expect(onDisk(file).annotations).toHaveLength(102);
  });

  it('rolls back an edit whose mutate throws, and saves the others', async () => {
    const file = await newFile();
    const handle = await open(file);
    const good = handle.update((d) => void d.annotations.push(sampleAnnotation(1)));
    const bad = handle.update((d) => {
      d.annotations.length = 0;
      throw new Error('boom');
    });
    const good2 = handle.update((d) => void (d.handling = 'TLP:RED'));
    await expect(bad).rejects.toThrow('boom');
    await Promise.all([good, good2]);
    expect(onDisk(file).annotations).toHaveLength(3);
    expect(onDisk(file).handling).toBe('TLP:RED');
    expect(handle.data.annotations).toHaveLength(3);
  });

  it('annotations are frozen: an in-place edit is refused and rolled back, a replacement is saved', async () => {
    const file = await newFile();
    const handle = await open(file);
    const inPlace = handle.update((d) => {
      d.handling = 'TLP:RED';
      d.annotations[0].body.note = 'edited in place';
    });
    await expect(inPlace).rejects.toBeInstanceOf(TypeError);
    expect(handle.data.handling).toBe('TLP:AMBER');
    await handle.update((d) => {
      const old = d.annotations[0];
      d.annotations[0] = { ...old, body: { ...old.body, note: 'replaced' } };
    });
    expect(onDisk(file).annotations[0].body.note).toBe('replaced');
    expect(onDisk(file).handling).toBe('TLP:AMBER');
  });

  it('rejects updates after close, and flush waits for every edit', async () => {
    const file = await newFile();
    const handle = await open(file);
    void handle.update((d) => void (d.sourceGrade = 'A'));
    await handle.flush();
    expect(onDisk(file).sourceGrade).toBe('A');
    await handle.close();
    expect((await storeError(handle.update(() => undefined))).code).toBe('unwritable');
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('migrates a v1 file on open and writes v2 on the first edit, keeping v1 as .bak', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'old.briefing.json');
    const v1 = readFileSync(path.join(repoRoot, 'data/fixtures/v1.briefing.json'));
    writeFileSync(file, v1);
    const handle = await open(file);
    expect(handle.storedVersion).toBe(1);
    expect(handle.data.schemaVersion).toBe(2);
    expect(readFileSync(file)).toEqual(v1); // opening alone writes nothing
    await handle.update((d) => void (d.handling = 'TLP:GREEN'));
    expect(onDisk(file).schemaVersion).toBe(2);
    expect(onDisk(file).annotations[2].body.colour).toBe('rumour');
    expect(readFileSync(`${file}.bak`)).toEqual(v1);
  });
});

describe('one writer per file', () => {
  it('gives the second writer a clear locked error, and readers never block', async () => {
    const file = await newFile();
    const first = await open(file);
    const error = await storeError(open(file));
    expect(error.code).toBe('locked');
    expect(error.message).toBe(
      `${file} is open in another Briefing Desk process (or in one that stopped less than 10 seconds ago). Close it there, or try again in a few seconds.`,
    );
    expect(
      (await storeError(createBriefingFile(file, sampleBriefingFile(), { overwrite: true }))).code,
    ).toBe('locked');
    expect((await readBriefingFile(file)).id).toBe('b-0001');
    await first.close();
    await open(file); // free again
  });

  it('reports a lost lock and stops writing instead of racing the new owner', async () => {
    const file = await newFile();
    const handle = await open(file, { staleMs: 2000 });
    const lost = new Promise<ExternalChange>((resolve) => handle.onExternalChange(resolve));
    rmSync(`${file}.lock`, { recursive: true }); // what a takeover by another process looks like
    expect((await lost).kind).toBe('lock-lost');
    const before = readFileSync(file);
    const error = await storeError(handle.update((d) => void (d.sourceGrade = 'E')));
    expect(error.code).toBe('locked');
    expect(readFileSync(file)).toEqual(before);
  });

  it('takes over a stale lock left by a crashed process', async () => {
    const file = await newFile();
    mkdirSync(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    const handle = await open(file, { staleMs: 2000 });
    await handle.update((d) => void (d.handling = 'TLP:RED'));
    expect(onDisk(file).handling).toBe('TLP:RED');
  });
});

describe('external changes', () => {
  function writeTheirs(file: string, change: (d: BriefingFile) => void): Buffer {
    const theirs = onDisk(file);
    change(theirs);
    const bytes = serializeBriefing(theirs);
    writeFileSync(`${file}.theirs`, bytes);
    // Another program saving atomically (new inode), like our own writer or most editors.
    renameSync(`${file}.theirs`, file);
    return bytes;
  }

  it('with nothing pending: reloads their version, notifies, and applies our edit on top', async () => {
    const file = await newFile();
    const handle = await open(file);
    const events: ExternalChange[] = [];
    handle.onExternalChange((e) => events.push(e));
    await handle.update((d) => void d.annotations.push(sampleAnnotation(3)));
    writeTheirs(file, (d) => void (d.briefing.title = 'Retitled elsewhere'));
    await handle.update((d) => void d.annotations.push(sampleAnnotation(4)));
    expect(events.map((e) => e.kind)).toEqual(['reloaded']);
    expect(onDisk(file).briefing.title).toBe('Retitled elsewhere');
    expect(onDisk(file).annotations.map((a) => a.id)).toEqual([
      'n-00000',
      'n-00001',
      'n-00003',
      'n-00004',
    ]);
  });

  it('checkForExternalChange reloads an idle handle; unsubscribe stops events', async () => {
    const file = await newFile();
    const handle = await open(file);
    const events: string[] = [];
    const unsubscribe = handle.onExternalChange((e) => events.push(e.kind));
    expect(await handle.checkForExternalChange()).toBe(false);
    writeTheirs(file, (d) => void (d.handling = 'TLP:RED'));
    expect(await handle.checkForExternalChange()).toBe(true);
    expect(handle.data.handling).toBe('TLP:RED');
    unsubscribe();
    writeTheirs(file, (d) => void (d.handling = 'TLP:GREEN'));
    expect(await handle.checkForExternalChange()).toBe(true);
    expect(events).toEqual(['reloaded']);
  });

  it('with watch: on, an idle handle notices a change without an edit', async () => {
    const file = await newFile();
    const handle = await open(file, { watch: { intervalMs: 20 } });
    const reloaded = new Promise<ExternalChange>((resolve) => handle.onExternalChange(resolve));
    await handle.update((d) => void (d.sourceGrade = 'D')); // our own write is not an external change
    writeTheirs(file, (d) => void (d.briefing.title = 'Seen by polling'));
    expect((await reloaded).kind).toBe('reloaded');
    expect(handle.data.briefing.title).toBe('Seen by polling');
    expect(handle.data.sourceGrade).toBe('D');
  });

  it('a touch without a content change is not a change', async () => {
    const file = await newFile();
    const handle = await open(file);
    const events: string[] = [];
    handle.onExternalChange((e) => events.push(e.kind));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    await handle.update((d) => void (d.sourceGrade = 'C'));
    expect(events).toEqual([]);
    expect(onDisk(file).sourceGrade).toBe('C');
  });

  it('with edits pending: keeps theirs, writes ours to a conflict copy, and reports it', async () => {
    const file = await newFile();
    const when = new Date('2026-03-04T05:06:07.089Z');
    const handle = await open(file, { writeDelayMs: 150, now: () => when });
    const events: ExternalChange[] = [];
    handle.onExternalChange((e) => events.push(e));
    const pending = handle.update((d) => void d.annotations.push(sampleAnnotation(42)));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const theirs = writeTheirs(file, (d) => void (d.briefing.title = 'Their title'));
    const error = await storeError(pending);
    const conflictPath = path.join(
      path.dirname(file),
      'x.conflict-20260304T050607089Z.briefing.json',
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      `${file} was changed by another program while you were editing. It keeps the other version; your version was saved as ${conflictPath}.`,
    );
    expect(readFileSync(file)).toEqual(theirs);
    const ours = await readBriefingFile(conflictPath);
    expect(ours.annotations.map((a) => a.id)).toContain('n-00042');
    expect(ours.briefing.title).not.toBe('Their title');
    expect(events).toEqual([{ kind: 'conflict', path: file, conflictPath, error }]);
    expect(handle.data.briefing.title).toBe('Their title');
    // The handle carries on from their version.
    await handle.update((d) => void d.annotations.push(sampleAnnotation(43)));
    expect(onDisk(file).briefing.title).toBe('Their title');
  });

  it('a second conflict in the same millisecond gets its own copy', async () => {
    const file = await newFile();
    const handle = await open(file, {
      writeDelayMs: 60,
      now: () => new Date('2026-03-04T05:06:07.089Z'),
    });
    const copies: string[] = [];
    handle.onExternalChange(
      (e) => void (e.kind === 'conflict' && copies.push(path.basename(e.conflictPath))),
    );
    for (const title of ['First', 'Second']) {
      const pending = handle.update((d) => void (d.sourceGrade = 'A'));
      await new Promise((resolve) => setTimeout(resolve, 10));
      writeTheirs(file, (d) => void (d.briefing.title = title));
      expect((await storeError(pending)).code).toBe('conflict');
    }
    expect(copies).toEqual([
      'x.conflict-20260304T050607089Z.briefing.json',
      'x.conflict-20260304T050607089Z-2.briefing.json',
    ]);
  });

  it('an external change to a non-briefing is never overwritten', async () => {
    const file = await newFile();
    const handle = await open(file);
    writeFileSync(file, 'garbage');
    const before = snapshot(file);
    const error = await storeError(handle.update((d) => void (d.handling = 'TLP:RED')));
    expect(error.code).toBe('not-json');
    expect(error.message).toContain('was changed by another program');
    expect(snapshot(file)).toEqual(before);
  });

  it('recreates a file deleted behind our back and says so', async () => {
    const file = await newFile();
    const handle = await open(file);
    const events: string[] = [];
    handle.onExternalChange((e) => events.push(e.kind));
    unlinkSync(file);
    await handle.update((d) => void (d.handling = 'TLP:RED'));
    expect(events).toEqual(['deleted']);
    expect(onDisk(file).handling).toBe('TLP:RED');
  });
});

describe('write failures leave the old file intact', () => {
  it('disk full (ENOSPC shim): clear error, old bytes kept, no temp file, edit retried later', async () => {
    const file = await newFile();
    const shim = shimFs();
    const handle = await open(file, { fs: shim.fs });
    const before = snapshot(file);
    shim.failWritesWith = 'ENOSPC';
    const error = await storeError(
      handle.update((d) => void d.annotations.push(sampleAnnotation(99))),
    );
    expect(error.code).toBe('disk-full');
    expect(error.message).toMatch(
      new RegExp(
        `^Could not save ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the disk is full\\.`,
      ),
    );
    expect(snapshot(file)).toEqual(before);
    expect(strayFiles(path.dirname(file))).toEqual([]);
    expect(handle.hasUnsavedChanges).toBe(false);
    shim.failWritesWith = null;
    await handle.update((d) => void (d.handling = 'TLP:RED'));
    const disk = onDisk(file);
    expect(disk.annotations.map((a) => a.id)).toContain('n-00099');
    expect(disk.handling).toBe('TLP:RED');
  });

  it('an edit that throws after a failed write does not drop the failed edit from memory', async () => {
    const file = await newFile();
    const shim = shimFs();
    const handle = await open(file, { fs: shim.fs });
    shim.failWritesWith = 'ENOSPC';
    await expect(handle.update((d) => void (d.sourceGrade = 'F'))).rejects.toThrow('disk is full');
    shim.failWritesWith = null;
    await expect(
      handle.update(() => {
        throw new Error('bad edit');
      }),
    ).rejects.toThrow('bad edit');
    expect(handle.data.sourceGrade).toBe('F');
    await handle.update((d) => void (d.handling = 'TLP:RED'));
    expect(onDisk(file)).toMatchObject({ sourceGrade: 'F', handling: 'TLP:RED' });
  });

  it('close() retries edits a failed write left in memory', async () => {
    const file = await newFile();
    const shim = shimFs();
    const handle = await openBriefing(file, { fs: shim.fs });
    shim.failWritesWith = 'ENOSPC';
    await expect(handle.update((d) => void (d.sourceGrade = 'F'))).rejects.toThrow('disk is full');
    shim.failWritesWith = null;
    await handle.close();
    expect(onDisk(file).sourceGrade).toBe('F');
  });
});
