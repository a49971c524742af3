/**
 * What each channel does. Plain async functions over the store, the generator and the
 * exporters; the dispatcher validates their payloads first. Node-side, never electron.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { editItemText } from '../core/annotations/edit-item';
import { updateArticle } from '../core/annotations/update-article';
import { generateBriefing } from '../core/generator/generate';
import type { BriefingFile } from '../core/briefing-file';
import { newBriefingFile } from '../core/new-briefing-file';
import { ExportError } from '../export/options';
import {
  articleFromString,
  decodeArticleFile,
  readArticleFile,
  type ArticleInput,
} from '../ingest/read-article';
import { finishExport, prepareExport, previewExport } from '../pdf/produce-export';
import type { ExportRequest, PrintFunction } from '../pdf/produce-export';
import { createBriefingFile, openBriefing, type BriefingHandle } from '../store/briefing-store';
import {
  listLibrary,
  listRecent,
  recordRecent,
  renameBriefing,
  restoreFromTrash,
  trashBriefing,
} from '../store/library';
import { createAnnotationSessions } from './annotation-sessions';
import type {
  AnchorCounts,
  BriefingChange,
  Channel,
  LibraryItem,
  OpenBriefing,
  Payload,
  Returns,
  UpdatedBriefing,
} from './contract';
import { createUiSettings } from './ui-settings';

export interface DispatcherDeps {
  /** The folder of briefing files. */
  libraryDir: string;
  /** The built-in article generated on first start. */
  seedArticlePath: string;
  /**
   * Asks where to save (the app's save dialog; a stub in tests). null = cancelled. `filters`
   * names the one file type being saved, for the dialog's type list.
   */
  chooseSavePath: (suggestedName: string, filters?: SaveFilter[]) => Promise<string | null>;
  /** Prints export HTML to PDF (Electron: a hidden window; web e2e: playwright-core). */
  printPdf?: PrintFunction;
  /** Shows a file in the OS file manager (Electron: shell.showItemInFolder; a stub in tests). */
  revealFile?: (path: string) => void | Promise<void>;
  /** Asks which file to open (the app's open dialog; a stub in tests). null = cancelled. */
  chooseOpenPath?: (kind: 'article' | 'briefing') => Promise<string | null>;
  /** Told after a briefing opens (Electron adds it to the OS recent documents). */
  onOpened?: (path: string) => void;
  /** Tells the window an open briefing changed on disk (main: webContents.send). */
  onBriefingChanged?: (change: BriefingChange) => void;
  /** Poll open files for outside changes (default true; tests that need silence turn it off). */
  watchFiles?: boolean;
  /** Where reading preferences and per-briefing UI state live (default: beside the library). */
  settingsPath?: string;
  now: () => string;
  newId: () => string;
  appVersion?: string;
}

/** One entry of a save dialog's file type list, as Electron's FileFilter. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

const SAVE_FILTERS: Record<ExportRequest['format'], SaveFilter> = {
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML document', extensions: ['html'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

export type Handlers = { [C in Channel]: (payload: Payload<C>) => Promise<Returns<C>> };

const BRIEFING_SUFFIX = '.briefing.json';

/** Writes `data` to `path` through a temp file and a rename, so a reader never sees half. */
async function writeOutputAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export function createHandlers(deps: DispatcherDeps): {
  handlers: Handlers;
  close: () => Promise<void>;
} {
  const open = new Map<string, BriefingHandle>();

  async function handleFor(path: string): Promise<BriefingHandle> {
    const existing = open.get(path);
    if (existing) return existing;
    // Poll for changes made by other programs, so the user hears of a reload or a conflict
    // without having to edit first (the store never overwrites them silently).
    const handle = await openBriefing(path, {
      lock: true,
      watch: deps.watchFiles === false ? false : { intervalMs: 1000 },
    });
    handle.onExternalChange((change) =>
      deps.onBriefingChanged?.({
        path,
        kind: change.kind,
        conflictPath: change.kind === 'conflict' ? change.conflictPath : null,
      }),
    );
    open.set(path, handle);
    return handle;
  }

  async function openPath(path: string): Promise<OpenBriefing> {
    const handle = await handleFor(path);
    await recordRecent(deps.libraryDir, path, { now: () => new Date(deps.now()) }).catch(
      () => undefined,
    );
    deps.onOpened?.(path);
    // Annotations come from the session when one exists: it may hold edits not yet on disk.
    return {
      path,
      file: { ...(handle.data as BriefingFile), annotations: [...annotations.current(handle)] },
    };
  }

  async function listItems(): Promise<LibraryItem[]> {
    await mkdir(deps.libraryDir, { recursive: true });
    const [entries, recent] = await Promise.all([
      listLibrary(deps.libraryDir),
      listRecent(deps.libraryDir),
    ]);
    const opened = new Map(recent.map((r) => [r.path, r.openedAt]));
    return entries.map((e) => ({
      path: e.path,
      fileName: e.fileName,
      title: e.title,
      dateline: e.dateline,
      publisher: e.publisher,
      updatedAt: e.updatedAt,
      notes: e.noteCount,
      problem: e.error?.message ?? null,
      lastOpened: opened.get(e.path) ?? null,
    }));
  }

  const annotations = createAnnotationSessions(deps);
  const settings = createUiSettings(deps.settingsPath ?? join(deps.libraryDir, '.ui-state.json'));
  const running = new Set<string>();

  /** Long work runs once at a time: a second request while one runs is refused, not queued. */
  async function once<T>(key: string, what: string, work: () => Promise<T>): Promise<T> {
    if (running.has(key))
      throw Object.assign(new Error(`${what} is already running; wait for it to finish.`), {
        code: 'busy',
      });
    running.add(key);
    try {
      return await work();
    } finally {
      running.delete(key);
    }
  }

  /** Releases our lock on `path` so the library may move the file. */
  async function release(path: string): Promise<void> {
    const handle = open.get(path);
    if (!handle) return;
    open.delete(path);
    await handle.close();
  }

  function importText(fileName: string, text: string): Promise<OpenBriefing> {
    return importInput(articleFromString(text, fileName));
  }

  async function importInput(input: ArticleInput): Promise<OpenBriefing> {
    const fileName = input.fileName ?? 'article.txt';
    const file = newBriefingFile(generateBriefing(input), deps.newId(), deps.now());
    const stem =
      basename(fileName)
        .replace(/\.[^.]+$/, '')
        .replace(/[^\p{L}\p{N}._ -]+/gu, '-')
        .slice(0, 80) || 'article';
    await mkdir(deps.libraryDir, { recursive: true });
    for (let n = 1; n < 1000; n++) {
      const path = join(deps.libraryDir, `${n === 1 ? stem : `${stem}-${n}`}${BRIEFING_SUFFIX}`);
      try {
        await createBriefingFile(path, file, { overwrite: false });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'exists') continue;
        throw error;
      }
      return openPath(path);
    }
    throw Object.assign(new Error(`No free file name for ${stem} in the library.`), {
      code: 'exists',
    });
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
      // With several briefings the library is the start screen (null); with one, open it.
      if (items.length > 1) return null;
      const only = items[0];
      return only ? openPath(only.path) : null;
    },

    async 'briefing:open'({ path }) {
      return openPath(path);
    },

    async 'export:preview'({ path, notes, handling, paper }) {
      const file = await currentFile(path);
      return refusing(() => previewExport(file, { notes, handling, paper }, exportEnv()));
    },

    async 'export:run'({ path, format, notes, handling, paper }) {
      return once('export', 'An export', () => runExport(path, { format, notes, handling, paper }));
    },

    async 'export:reveal'({ file }) {
      if (file !== lastExported)
        throw Object.assign(new Error('Only the file just exported can be shown in its folder.'), {
          code: 'forbidden',
        });
      if (!deps.revealFile)
        throw Object.assign(new Error('Showing files in their folder is not available here.'), {
          code: 'unavailable',
        });
      await deps.revealFile(file);
      return null;
    },

    'article:decode'({ fileName, base64 }) {
      return Promise.resolve().then(() =>
        decodeArticleFile(Buffer.from(base64, 'base64'), fileName),
      );
    },

    async 'library:import'({ fileName, text }) {
      return once('import', 'An import', () => importText(fileName, text));
    },

    async 'library:choose-import'() {
      return once('import', 'An import', async () => {
        const chosen = await (deps.chooseOpenPath ?? (() => Promise.resolve(null)))('article');
        if (chosen === null) return null;
        // As a dropped file: decoded by its bytes (charset, binary refusal, size limit).
        return importInput(await readArticleFile(chosen));
      });
    },

    async 'library:rename'({ path, name }) {
      await release(path);
      return renameBriefing(path, name);
    },

    async 'library:trash'({ path }) {
      await release(path);
      return (await trashBriefing(path, { now: () => new Date(deps.now()) })).id;
    },

    async 'library:restore'({ id }) {
      return restoreFromTrash(deps.libraryDir, id);
    },

    async 'briefing:choose'() {
      const chosen = await (deps.chooseOpenPath ?? (() => Promise.resolve(null)))('briefing');
      return chosen === null ? null : openPath(chosen);
    },

    async 'briefing:set-grade'({ path, grade }) {
      const handle = await handleFor(path);
      await handle.update((draft) => void (draft.sourceGrade = grade));
      return grade;
    },

    async 'briefing:set-legend'({ path, legend }) {
      const handle = await handleFor(path);
      const keys = handle.data.legend.map((l) => l.key);
      if (legend.length !== keys.length || legend.some((l, i) => l.key !== keys[i]))
        throw Object.assign(
          new Error(`The legend's keys cannot change; they are ${keys.join(', ')}.`),
          { code: 'invalid-payload' },
        );
      const labels = legend.map((l) => l.label.trim().toLocaleLowerCase());
      if (new Set(labels).size !== labels.length)
        throw Object.assign(new Error('Two legend entries cannot have the same label.'), {
          code: 'invalid-payload',
        });
      const next = legend.map((l) => ({
        key: l.key,
        label: l.label.trim(),
        light: l.light.toUpperCase(),
        dark: l.dark.toUpperCase(),
      }));
      await handle.update((draft) => void (draft.legend = next));
      return next.map((l) => ({ ...l }));
    },

    async 'briefing:update-article'({ path, fileName, text }) {
      return once(`update-article:${path}`, 'An update of this article', async () => {
        const generated = generateBriefing(articleFromString(text, fileName));
        const handle = await handleFor(path);
        return replaceText(handle, (file) => updateArticle(file, generated, deps.now()));
      });
    },

    async 'briefing:edit-item'({ path, itemId, text }) {
      const handle = await handleFor(path);
      return replaceText(handle, (file) => {
        const edited = editItemText(file, itemId, text, deps.now());
        if (!edited.ok)
          throw Object.assign(new Error(edited.error.message), { code: edited.error.code });
        return edited.value;
      });
    },

    async 'briefing:flush'({ path }) {
      const handle = open.get(path);
      if (handle) await handle.flush();
      return deps.now();
    },

    async 'annotations:add'(p) {
      return annotations.add(await handleFor(p.path), p);
    },

    async 'annotations:update'(p) {
      return annotations.update(await handleFor(p.path), p);
    },

    async 'annotations:delete'({ path, id }) {
      return annotations.remove(await handleFor(path), id);
    },

    async 'annotations:undo'({ path }) {
      return annotations.undo(await handleFor(path));
    },

    async 'annotations:redo'({ path }) {
      return annotations.redo(await handleFor(path));
    },

    async 'settings:get'({ path }) {
      return settings.get(path);
    },

    async 'settings:save'(p) {
      return settings.save(p, deps.now());
    },
  };

  /**
   * Applies a change of article or item text, computed over the notes as edited so far, and
   * gives the session the re-anchored notes before anything else can edit them. Resolves once
   * the change is on disk.
   */
  async function replaceText(
    handle: BriefingHandle,
    change: (file: BriefingFile) => {
      file: BriefingFile;
      counts: AnchorCounts;
      rewrites?: UpdatedBriefing['rewrites'];
    },
  ): Promise<UpdatedBriefing> {
    const current = {
      ...(handle.data as BriefingFile),
      annotations: [...annotations.current(handle)],
    };
    const { file, counts, rewrites } = change(current);
    annotations.replace(handle, file.annotations);
    await handle.update((draft) => {
      draft.generator = file.generator;
      draft.article = file.article;
      draft.briefing = file.briefing;
      draft.annotations = [...file.annotations];
    });
    return {
      path: handle.path,
      file: { ...(handle.data as BriefingFile), annotations: [...annotations.current(handle)] },
      counts,
      ...(rewrites ? { rewrites } : {}),
    };
  }

  /** The export that finished last: the only file `export:reveal` shows. */
  let lastExported: string | null = null;

  const exportEnv = () => ({ now: deps.now(), appVersion: deps.appVersion ?? '0.1.0' });

  /** The briefing with the notes as edited so far (the session may hold edits not on disk). */
  async function currentFile(path: string): Promise<BriefingFile> {
    const handle = await handleFor(path);
    await handle.flush().catch(() => undefined);
    return { ...(handle.data as BriefingFile), annotations: [...annotations.current(handle)] };
  }

  /** Runs `work`, giving an ExportError (a leak, a bad marking) the code 'export-refused'. */
  function refusing<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (error instanceof ExportError) throw Object.assign(error, { code: 'export-refused' });
      throw error;
    }
  }

  /**
   * Builds and leak-checks the export before asking where to save it, so a refused export
   * never shows a save dialog and writes nothing; then prints (pdf) and writes atomically.
   */
  async function runExport(path: string, request: ExportRequest): Promise<Returns<'export:run'>> {
    const file = await currentFile(path);
    const prepared = refusing(() => prepareExport(file, request, exportEnv()));
    const print = deps.printPdf;
    if (request.format === 'pdf' && !print)
      throw Object.assign(new Error('PDF printing is not available here.'), {
        code: 'unavailable',
      });
    const filter = SAVE_FILTERS[request.format];
    const suggested = `${basename(path).replace(BRIEFING_SUFFIX, '')}.${filter.extensions[0]}`;
    const target = await deps.chooseSavePath(suggested, [filter]);
    if (target === null) return null;
    const produced = await finishExport(prepared, print ?? noPrinter);
    const data = produced.bytes ?? produced.text ?? '';
    await writeOutputAtomically(target, data);
    lastExported = target;
    return {
      path: target,
      bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength,
      manifest: produced.manifest,
    };
  }

  async function close(): Promise<void> {
    const handles = [...open.values()];
    open.clear();
    await Promise.all(handles.map((h) => h.close()));
  }

  return { handlers, close };
}

function noPrinter(): Promise<Uint8Array> {
  return Promise.reject(new Error('PDF printing is not available here.'));
}
