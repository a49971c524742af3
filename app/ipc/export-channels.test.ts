/**
 * `export:preview`, `export:run`, `export:reveal` through the
 * dispatcher, over real files in a temp library, with a fake printer and save dialog.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingFile } from '../core/briefing-file';
import type { ExportPreview, OpenBriefing, Result, SavedFile } from './contract';
import { createDispatcher, type Dispatcher } from './dispatcher';
import type { SaveFilter } from './handlers';

const SEED = resolve(
  import.meta.dirname,
  '../../resources/articles/turkey-syria-air-defence-2025-09-08.txt',
);
const PRIVATE = 'Source hints radar deliveries start before winter arrives';
const SHARED = 'Joint training confirmed by a second ministry source';

let dir: string;
let dispatcher: Dispatcher;
let path: string;
let file: BriefingFile;
let savePath: string | null;
let saveCalls: { name: string; filters?: SaveFilter[] }[];
let printed: { html: string; paper: string }[];
let revealed: string[];
let releasePrint: (() => void) | null;

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function addNote(quote: string, note: string, visibility: 'private' | 'shared') {
  const start = file.article.text.indexOf(quote);
  value(
    await dispatcher.dispatch('annotations:add', {
      path,
      target: { blockId: 'article', start, end: start + quote.length },
      colour: 'fact',
      note,
      tags: [],
      visibility,
    }),
  );
}

const choices = (extra: Record<string, unknown> = {}) => ({
  path,
  notes: 'shared',
  handling: 'TLP:AMBER',
  paper: 'a4',
  ...extra,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ipc-export-'));
  savePath = join(dir, 'out.pdf');
  saveCalls = [];
  printed = [];
  revealed = [];
  releasePrint = null;
  let id = 0;
  dispatcher = createDispatcher({
    libraryDir: join(dir, 'library'),
    seedArticlePath: SEED,
    settingsPath: join(dir, 'ui-state.json'),
    chooseSavePath: (name, filters) => {
      saveCalls.push({ name, ...(filters ? { filters } : {}) });
      return Promise.resolve(savePath);
    },
    printPdf: async (html, options) => {
      printed.push({ html, ...options });
      if (releasePrint === null) await new Promise<void>((r) => (releasePrint = r));
      return new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    },
    revealFile: (p) => void revealed.push(p),
    now: () => '2026-03-01T00:00:00.000Z',
    newId: () => `id-${(id += 1)}`,
  });
  const opened = value<OpenBriefing>(await dispatcher.dispatch('briefing:start', undefined));
  path = opened.path;
  file = opened.file;
  await addNote('joint training, advisory support', PRIVATE, 'private');
  await addNote('official visit to Ankara', SHARED, 'shared');
});

afterEach(async () => {
  await dispatcher.close();
  await rm(dir, { recursive: true, force: true });
});

/** Lets the fake printer finish at once from now on. */
function printImmediately() {
  releasePrint = () => undefined;
}

describe('export:preview', () => {
  it('answers the sanitised HTML with unsaved notes, the manifest and the counts', async () => {
    const preview = value<ExportPreview>(await dispatcher.dispatch('export:preview', choices()));
    expect(preview.html).toContain('TLP:AMBER');
    expect(preview.html).toContain(SHARED);
    expect(preview.html).not.toContain(PRIVATE);
    expect(preview.manifest).toContain('1 private note excluded');
    expect(preview.counts).toEqual({ shared: 1, private: 1, total: 2 });
  });

  it('refuses a marking of two lines or over 80 characters', async () => {
    for (const handling of ['TLP:RED\nTLP:CLEAR', 'x'.repeat(81)]) {
      const r = await dispatcher.dispatch('export:preview', choices({ handling }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-payload');
    }
  });
});

describe('export:run', () => {
  it('prints a PDF, asks where with a .pdf name and filter, writes it, and can reveal it', async () => {
    printImmediately();
    const saved = value<SavedFile>(
      await dispatcher.dispatch('export:run', choices({ format: 'pdf' })),
    );
    expect(saved).toMatchObject({ path: savePath, bytes: 5 });
    expect(saved.manifest).toContain('1 private note excluded');
    expect(saveCalls).toEqual([
      {
        name: 'turkey-syria-air-defence-2025-09-08.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      },
    ]);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({ paper: 'a4' });
    // The banner travels in the document's own @page rule.
    expect(printed[0].html).toContain('@top-center { content: "TLP:AMBER";');
    expect(printed[0].html).not.toContain(PRIVATE);
    expect([...(await readFile(savePath!))]).toEqual([0x25, 0x50, 0x44, 0x46, 0x2d]);

    value(await dispatcher.dispatch('export:reveal', { file: savePath }));
    expect(revealed).toEqual([savePath]);
  });

  it('writes Markdown with all notes', async () => {
    savePath = join(dir, 'out.md');
    value(await dispatcher.dispatch('export:run', choices({ format: 'md', notes: 'all' })));
    const md = await readFile(savePath, 'utf8');
    expect(md).toContain(PRIVATE);
    expect(md).toContain(SHARED);
    expect(saveCalls[0].name).toMatch(/\.md$/);
  });

  it('refuses a leak before the save dialog and writes nothing', async () => {
    // A private note's words pasted into the custom marking would print on every page.
    const r = await dispatcher.dispatch(
      'export:run',
      choices({ format: 'pdf', handling: PRIVATE }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('export-refused');
    expect(saveCalls).toEqual([]);
    expect(printed).toEqual([]);
    expect(existsSync(savePath!)).toBe(false);
    expect((await readdir(dir)).filter((f) => f.startsWith('out'))).toEqual([]);
  });

  it('answers null and writes nothing when the save dialog is cancelled', async () => {
    savePath = null;
    const r = value<SavedFile | null>(
      await dispatcher.dispatch('export:run', choices({ format: 'html' })),
    );
    expect(r).toBeNull();
    expect(printed).toEqual([]);
  });

  it('runs one export at a time: a second one while printing is refused as busy', async () => {
    const first = dispatcher.dispatch('export:run', choices({ format: 'pdf' }));
    await expect.poll(() => printed.length).toBe(1);
    const second = await dispatcher.dispatch('export:run', choices({ format: 'md' }));
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.code).toBe('busy');
    releasePrint!();
    expect((await first).ok).toBe(true);
  });
});

describe('export:reveal', () => {
  it('refuses any file but the one just exported', async () => {
    const before = await dispatcher.dispatch('export:reveal', { file: join(dir, 'out.pdf') });
    expect(!before.ok && before.error.code).toBe('forbidden');
    printImmediately();
    value(await dispatcher.dispatch('export:run', choices({ format: 'pdf' })));
    for (const other of ['/etc/passwd', path, join(dir, 'other.pdf')]) {
      const r = await dispatcher.dispatch('export:reveal', { file: other });
      expect(!r.ok && r.error.code, other).toBe('forbidden');
    }
    expect(revealed).toEqual([]);
  });
});
