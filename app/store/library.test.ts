import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingFile, openBriefing, readBriefingFile } from './briefing-store';
import { StoreError } from './errors';
import {
  defaultLibraryDir,
  listLibrary,
  listRecent,
  listTrash,
  recordRecent,
  renameBriefing,
  restoreFromTrash,
  trashBriefing,
} from './library';
import { sampleBriefingFile } from './testing/sample-briefing';
import { cleanUpTempDirs, makeTempDir } from './testing/temp-dir';

afterEach(() => cleanUpTempDirs());

async function library(): Promise<string> {
  const dir = makeTempDir();
  await createBriefingFile(path.join(dir, 'older.briefing.json'), {
    ...sampleBriefingFile(),
    updatedAt: '2025-01-01T00:00:00.000Z',
  });
  const newer = sampleBriefingFile({ annotations: 5 });
  newer.briefing.title = 'Newer one';
  newer.updatedAt = '2025-06-01T00:00:00.000Z';
  await createBriefingFile(path.join(dir, 'newer.briefing.json'), newer);
  return dir;
}

describe('defaultLibraryDir', () => {
  it('prefers BRIEFING_DESK_HOME, then documents, then user data', () => {
    expect(defaultLibraryDir({ BRIEFING_DESK_HOME: '/x/y' }, { documents: '/docs' })).toBe('/x/y');
    expect(defaultLibraryDir({ BRIEFING_DESK_HOME: '' }, { documents: '/docs' })).toBe(
      path.join('/docs', 'Briefing Desk'),
    );
    expect(defaultLibraryDir({}, { userData: '/ud' })).toBe(path.join('/ud', 'briefings'));
    expect(path.isAbsolute(defaultLibraryDir({}))).toBe(true);
  });
});

describe('listLibrary', () => {
  it('lists briefings newest first, with bad files listed (not thrown) at the end', async () => {
    const dir = await library();
    writeFileSync(path.join(dir, 'broken.briefing.json'), '{"schemaVersion": 2,');
    writeFileSync(path.join(dir, 'notes.txt'), 'not listed');
    writeFileSync(path.join(dir, '.x.briefing.json.123-abc.tmp'), 'not listed');
    const entries = await listLibrary(dir);
    expect(entries.map((e) => e.fileName)).toEqual([
      'newer.briefing.json',
      'older.briefing.json',
      'broken.briefing.json',
    ]);
    expect(entries[0]).toMatchObject({
      title: 'Newer one',
      dateline: '2025-09-08',
      publisher: 'Example Wire',
      noteCount: 5,
      createdAt: '2025-09-09T08:00:00.000Z',
      updatedAt: '2025-06-01T00:00:00.000Z',
      error: null,
      isConflictCopy: false,
    });
    expect(entries[2].error?.code).toBe('not-json');
    expect(entries[2].error?.message).toContain('broken.briefing.json is not valid JSON');
  });

  it('sees a changed file on the next listing (the cache is keyed by stat)', async () => {
    const dir = await library();
    expect((await listLibrary(dir))[0].noteCount).toBe(5);
    const file = path.join(dir, 'newer.briefing.json');
    const handle = await openBriefing(file);
    await handle.update((d) => void d.annotations.pop());
    await handle.close();
    expect((await listLibrary(dir)).find((e) => e.path === file)!.noteCount).toBe(4);
  });

  it('lists a missing folder as empty', async () => {
    expect(await listLibrary(path.join(makeTempDir(), 'nope'))).toEqual([]);
  });
});

describe('rename, trash and restore', () => {
  it('renames with the .bak, refusing to replace another file or an open one', async () => {
    const dir = await library();
    const file = path.join(dir, 'older.briefing.json');
    await createBriefingFile(file, sampleBriefingFile(), { overwrite: true }); // makes a .bak
    await recordRecent(dir, file);
    const renamed = await renameBriefing(file, 'Ankara pact');
    expect(renamed).toBe(path.join(dir, 'Ankara pact.briefing.json'));
    expect(existsSync(`${renamed}.bak`)).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect((await listRecent(dir))[0].path).toBe(renamed);
    await expect(renameBriefing(renamed, 'newer')).rejects.toMatchObject({ code: 'exists' });
    await expect(renameBriefing(renamed, '../escape')).rejects.toMatchObject({ code: 'invalid' });
    const handle = await openBriefing(renamed);
    await expect(renameBriefing(renamed, 'other')).rejects.toMatchObject({ code: 'locked' });
    await handle.close();
  });

  it('trashes into .trash/ with metadata and restores, even when the old name was taken', async () => {
    const dir = await library();
    const file = path.join(dir, 'newer.briefing.json');
    const bytes = readFileSync(file);
    const entry = await trashBriefing(file, { now: () => new Date('2026-02-03T04:05:06.007Z') });
    expect(existsSync(file)).toBe(false);
    expect(entry).toMatchObject({
      originalPath: file,
      title: 'Newer one',
      trashedAt: '2026-02-03T04:05:06.007Z',
    });
    expect((await listLibrary(dir)).map((e) => e.fileName)).toEqual(['older.briefing.json']);
    expect(await listTrash(dir)).toEqual([entry]);
    await createBriefingFile(file, sampleBriefingFile()); // someone reused the name
    const restored = await restoreFromTrash(dir, entry.id);
    expect(restored).toBe(path.join(dir, 'newer (restored).briefing.json'));
    expect(readFileSync(restored)).toEqual(bytes);
    expect(await listTrash(dir)).toEqual([]);
    expect(readdirSync(path.join(dir, '.trash'))).toEqual([]);
  });

  it('trashes a damaged file too, and refuses an open one', async () => {
    const dir = await library();
    const broken = path.join(dir, 'broken.briefing.json');
    writeFileSync(broken, 'garbage');
    expect((await trashBriefing(broken)).title).toBeNull();
    const file = path.join(dir, 'older.briefing.json');
    const handle = await openBriefing(file);
    const error = await trashBriefing(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('locked');
    await handle.close();
    expect((await readBriefingFile(file)).id).toBe('b-0001');
  });
});

describe('recent files', () => {
  it('keeps the newest first, without duplicates, at most 20', async () => {
    const dir = makeTempDir();
    let t = 0;
    const now = (): Date => new Date(Date.UTC(2026, 0, 1, 0, 0, t++));
    for (let i = 0; i < 25; i++)
      await recordRecent(dir, path.join(dir, `f${i}.briefing.json`), { now });
    await recordRecent(dir, path.join(dir, 'f10.briefing.json'), { now });
    const recent = await listRecent(dir);
    expect(recent).toHaveLength(20);
    expect(recent[0].path).toBe(path.join(dir, 'f10.briefing.json'));
    expect(recent.filter((r) => r.path.endsWith('f10.briefing.json'))).toHaveLength(1);
  });

  it('reads a damaged recent.json as empty and repairs it on the next record', async () => {
    const dir = makeTempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'recent.json'), '\0\0\0');
    expect(await listRecent(dir)).toEqual([]);
    await recordRecent(dir, 'a.briefing.json');
    expect(await listRecent(dir)).toHaveLength(1);
  });
});
