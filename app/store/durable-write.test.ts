import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingFile, openBriefing } from './briefing-store';
import { realFs, writeFileDurably } from './durable-write';
import type { StoreFs } from './durable-write';
import { StoreError } from './errors';
import { makeReadOnly, mountTinyTmpfs } from './testing/fs-shims';
import { sampleAnnotation, sampleBriefingFile } from './testing/sample-briefing';
import { cleanUpTempDirs, makeTempDir } from './testing/temp-dir';

const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
  cleanUpTempDirs();
});

/** Records the fs calls a write makes, in order. */
function tracingFs(): { fs: StoreFs; calls: string[] } {
  const calls: string[] = [];
  const name = (p: unknown): string =>
    path.basename(String(p)).replace(/\.\d+-[0-9a-f]+\.tmp$/, '.TMP');
  const fs: StoreFs = {
    ...realFs,
    open: (async (file: string, flags?: string) => {
      const handle = await realFs.open(file, flags);
      calls.push(`open ${name(file)} ${flags}`);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        calls.push(`fsync ${name(file)}`);
        await sync();
      };
      return handle;
    }) as StoreFs['open'],
    rename: async (from, to) => {
      calls.push(`rename ${name(from)} → ${name(to)}`);
      await realFs.rename(from, to);
    },
    link: async (from, to) => {
      calls.push(`link ${name(from)} → ${name(to)}`);
      await realFs.link(from, to);
    },
  };
  return { fs, calls };
}

describe('writeFileDurably', () => {
  it('writes temp → fsync → .bak link → rename → folder fsync, in that order', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old');
    const { fs, calls } = tracingFs();
    await writeFileDurably(file, Buffer.from('new'), { fs, backup: true });
    expect(calls).toEqual([
      'open .a.json.TMP wx',
      'fsync .a.json.TMP',
      'link a.json → .a.json.bak.TMP',
      'rename .a.json.bak.TMP → a.json.bak',
      'rename .a.json.TMP → a.json',
      `open ${path.basename(dir)} r`,
      `fsync ${path.basename(dir)}`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'a.json.bak']);
  });

  it('uses unique temp names, so concurrent writers never share one', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'a.json');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => writeFileDurably(file, Buffer.from(`v${i}`))),
    );
    expect(readFileSync(file, 'utf8')).toMatch(/^v\d+$/);
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

describe('real file-system failures', () => {
  it('read-only folder: clear "unwritable" error, old file intact', async (context) => {
    const dir = makeTempDir();
    const file = path.join(dir, 'x.briefing.json');
    await createBriefingFile(file, sampleBriefingFile());
    const handle = await openBriefing(file, { lock: true });
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const readOnly = makeReadOnly(dir);
    if ('reason' in readOnly) {
      console.log(`skipped the read-only folder case: ${readOnly.reason}`);
      await handle.close();
      context.skip();
      return;
    }
    undo.push(readOnly.undo);
    const error = await handle
      .update((d) => void d.annotations.push(sampleAnnotation(5)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('unwritable');
    expect((error as StoreError).message).toContain(
      `Could not save ${file}: the folder is not writable`,
    );
    expect(readFileSync(file)).toEqual(before);
    expect(statSync(file).mtimeMs).toBe(mtime);
    undo.pop()?.();
    await handle.close(); // retries the edit now that the folder is writable again
    expect(JSON.parse(readFileSync(file, 'utf8')).annotations).toHaveLength(3);
  });

  it('full disk (a 1 MB tmpfs): clear "disk-full" error, old file intact', async (context) => {
    const dir = path.join(makeTempDir(), 'tiny');
    mkdirSync(dir);
    const mounted = mountTinyTmpfs(dir, '1m');
    if ('reason' in mounted) {
      console.log(
        `skipped the tmpfs case (the ENOSPC shim case in briefing-store.test.ts still runs): ${mounted.reason}`,
      );
      context.skip();
      return;
    }
    undo.push(mounted.undo);
    const file = path.join(dir, 'x.briefing.json');
    await createBriefingFile(file, sampleBriefingFile({ annotations: 400 })); // ~250 KB
    const handle = await openBriefing(file);
    const before = readFileSync(file);
    writeFileSync(
      path.join(dir, 'filler'),
      Buffer.alloc(1024 * 1024 - before.length * 2 - 64 * 1024).fill(1),
    );
    const error = await handle
      .update(
        (d) =>
          void d.annotations.push(
            ...Array.from({ length: 400 }, (_, i) => sampleAnnotation(1000 + i)),
          ),
      )
      .catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('disk-full');
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await handle.close().catch(() => undefined);
  });
});
