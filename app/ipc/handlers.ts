/**
 * What each channel does. Plain async functions over the store, the generator and the
 * exporters; the dispatcher validates their payloads first. Node-side, never electron.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { generateBriefing } from '../core/generator/generate';
import { newBriefingFile } from '../core/new-briefing-file';
import { toMarkdown } from '../export/markdown';
import { readArticleFile } from '../ingest/read-article';
import { createBriefingFile, openBriefing, type BriefingHandle } from '../store/briefing-store';
import { listLibrary } from '../store/library';
import type { Channel, LibraryItem, OpenBriefing, Payload, Returns } from './contract';

export interface DispatcherDeps {
  /** The folder of briefing files. */
  libraryDir: string;
  /** The built-in article generated on first start. */
  seedArticlePath: string;
  /** Asks where to save (the app's save dialog; a stub in tests). null = cancelled. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
  now: () => string;
  newId: () => string;
  appVersion?: string;
}

export type Handlers = { [C in Channel]: (payload: Payload<C>) => Promise<Returns<C>> };

const BRIEFING_SUFFIX = '.briefing.json';

/** Writes `data` to `path` through a temp file and a rename, so a reader never sees half. */
async function writeOutputAtomically(path: string, data: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export function createHandlers(deps: DispatcherDeps): { handlers: Handlers; close: () => Promise<void> } {
  const open = new Map<string, BriefingHandle>();

  async function handleFor(path: string): Promise<BriefingHandle> {
    const existing = open.get(path);
    if (existing) return existing;
    const handle = await openBriefing(path, { lock: true });
    open.set(path, handle);
    return handle;
  }

  async function openPath(path: string): Promise<OpenBriefing> {
    const handle = await handleFor(path);
    return { path, file: handle.data };
  }

  async function listItems(): Promise<LibraryItem[]> {
    await mkdir(deps.libraryDir, { recursive: true });
    const entries = await listLibrary(deps.libraryDir);
    return entries.map((e) => ({
      path: e.path,
      fileName: e.fileName,
      title: e.title ?? null,
      dateline: e.dateline ?? null,
      publisher: e.publisher ?? null,
      updatedAt: e.updatedAt ?? null,
      notes: e.notes ?? 0,
      problem: e.error ?? null,
    }));
  }

  const handlers: Handlers = {
    'library:list': listItems,

    async 'briefing:start'() {
      const items = (await listItems()).filter((i) => i.problem === null);
      if (items.length === 0) {
        const input = await readArticleFile(deps.seedArticlePath);
        const file = newBriefingFile(generateBriefing(input), deps.newId(), deps.now());
        const name = basename(deps.seedArticlePath).replace(/\.[^.]+$/, '') + BRIEFING_SUFFIX;
        const path = join(deps.libraryDir, name);
        const taken = (await readdir(deps.libraryDir)).includes(name);
        if (!taken) await createBriefingFile(path, file, { overwrite: false });
        return openPath(path);
      }
      const newest = [...items].sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''))[0];
      return newest ? openPath(newest.path) : null;
    },

    async 'briefing:open'({ path }) {
      return openPath(path);
    },

    async 'export:markdown'({ path, notes }) {
      const handle = await handleFor(path);
      const markdown = toMarkdown(handle.data, { notes }, { now: deps.now(), appVersion: deps.appVersion ?? '0.1.0' });
      const suggested = basename(path).replace(BRIEFING_SUFFIX, '') + '.md';
      const target = await deps.chooseSavePath(suggested);
      if (target === null) return null;
      await writeOutputAtomically(target, markdown);
      return { path: target, bytes: Buffer.byteLength(markdown), manifest: [] };
    },
  };

  async function close(): Promise<void> {
    const handles = [...open.values()];
    open.clear();
    await Promise.all(handles.map((h) => h.close()));
  }

  return { handlers, close };
}
