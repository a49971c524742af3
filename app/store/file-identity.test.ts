/**
 * What a save must keep about the file itself: its permission bits, a symlink's target, and
 * one writer per real file (the lock waits briefly, and says a stale holder may be to blame).
 */
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingFile, openBriefing, restoreBackup } from './briefing-store';
import type { BriefingHandle } from './briefing-store';
import { StoreError } from './errors';
import { sampleAnnotation, sampleBriefingFile } from './testing/sample-briefing';
import { cleanUpTempDirs, makeTempDir } from './testing/temp-dir';

const handles: BriefingHandle[] = [];
afterEach(async () => {
  for (const handle of handles.splice(0)) await handle.close().catch(() => undefined);
  cleanUpTempDirs();
});

async function newFile(dir = makeTempDir()): Promise<string> {
  const file = path.join(dir, 'x.briefing.json');
  await createBriefingFile(file, { ...sampleBriefingFile(), annotations: [] });
  return file;
}

const modeOf = (file: string): number => statSync(file).mode & 0o777;
const notesIn = (file: string): number =>
  (JSON.parse(readFileSync(file, 'utf8')) as { annotations: unknown[] }).annotations.length;

async function addNote(file: string, index = 1): Promise<void> {
  const handle = await openBriefing(file);
  try {
    await handle.update((d) => void (d.annotations = [...d.annotations, sampleAnnotation(index)]));
  } finally {
    await handle.close();
  }
}

describe('a save keeps the file’s permission bits', () => {
  it('a private (0600) briefing stays 0600 after an edit, and so does its .bak', async () => {
    const file = await newFile();
    chmodSync(file, 0o600);
    await addNote(file);
    expect(notesIn(file)).toBe(1);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}.bak`)).toBe(0o600);
    await addNote(file, 2);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}.bak`)).toBe(0o600);
  });

  it('keeps bits wider than the umask too, and overwrite and restore keep them', async () => {
    const file = await newFile();
    chmodSync(file, 0o664);
    await createBriefingFile(file, sampleBriefingFile(), { overwrite: true });
    expect(modeOf(file)).toBe(0o664);
    chmodSync(file, 0o640);
    await restoreBackup(file);
    expect(modeOf(file)).toBe(0o640);
  });
});

describe('a briefing reached through a symlink', () => {
  it('edits the real file; the link stays a link; the backup sits beside the real file', async () => {
    const dir = makeTempDir();
    mkdirSync(path.join(dir, 'real'));
    const real = await newFile(path.join(dir, 'real'));
    const link = path.join(dir, 'l.briefing.json');
    symlinkSync(path.relative(dir, real), link);
    await addNote(link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(realpathSync(link)).toBe(realpathSync(real));
    expect(notesIn(real)).toBe(1);
    expect(notesIn(`${real}.bak`)).toBe(0);
    expect(() => lstatSync(`${link}.bak`)).toThrow();
  });

  it('the link and the real file share one writer lock', async () => {
    const dir = makeTempDir();
    const real = await newFile(dir);
    const link = path.join(dir, 'l.briefing.json');
    symlinkSync(real, link);
    const first = await openBriefing(real);
    handles.push(first);
    await expect(openBriefing(link)).rejects.toMatchObject({ code: 'locked' });
  });
});

describe('the writer lock', () => {
  it('waits for a holder that lets go within lockWaitMs, and fails at once without it', async () => {
    const file = await newFile();
    const first = await openBriefing(file);
    handles.push(first);
    await expect(openBriefing(file)).rejects.toMatchObject({ code: 'locked' });
    setTimeout(() => void first.close(), 300);
    const second = await openBriefing(file, { lockWaitMs: 2000 });
    handles.push(second);
    expect(second.data.id).toBe('b-0001');
  });

  it('says the holder may be a process that stopped within the stale time', async () => {
    const file = await newFile();
    handles.push(await openBriefing(file));
    const error = (await openBriefing(file, { lockWaitMs: 200 }).catch(
      (e: unknown) => e,
    )) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toBe(
      `${file} is open in another Briefing Desk process (or in one that stopped less than 10 seconds ago). Close it there, or try again in a few seconds.`,
    );
  });
});

describe('createBriefingFile with refuseNotes', () => {
  it('counts the notes under the lock: a note saved while it waited is not replaced', async () => {
    const file = await newFile();
    const holder = await openBriefing(file);
    handles.push(holder);
    // The "annotate" holds the file; "generate --force" starts and waits for the lock.
    const data = { ...sampleBriefingFile(), id: 'b-new', annotations: [] };
    const create = createBriefingFile(file, data, {
      overwrite: true,
      lockWaitMs: 2000,
      refuseNotes: (count) => new Error(`has ${count} notes`),
    });
    await holder.update((d) => void (d.annotations = [sampleAnnotation(1)]));
    await holder.close();
    await expect(create).rejects.toThrow('has 1 notes');
    expect(notesIn(file)).toBe(1);
  });
});
