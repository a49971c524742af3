/**
 * The library channels: list, first start on the seed article, open, import (text, dropped or
 * chosen file), rename, trash and restore. No electron here.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { generateBriefing } from '../core/generator/generate';
import { newBriefingFile } from '../core/new-briefing-file';
import {
  articleFromString,
  decodeArticleFile,
  readArticleFile,
  type ArticleInput,
} from '../ingest/read-article';
import { createBriefingFile } from '../store/briefing-store';
import {
  listLibrary,
  listRecent,
  renameBriefing,
  restoreFromTrash,
  trashBriefing,
} from '../store/library';
import type { LibraryItem, OpenBriefing } from './contract';
import { BRIEFING_SUFFIX, coded, type DispatcherDeps, type HandlersFor } from './deps';
import type { OpenBriefings } from './open-briefings';
import type { RunOnce } from './run-once';

type LibraryChannel =
  | 'library:list'
  | 'briefing:start'
  | 'briefing:open'
  | 'briefing:choose'
  | 'article:decode'
  | 'library:import'
  | 'library:choose-import'
  | 'library:rename'
  | 'library:trash'
  | 'library:restore';

export function createLibraryHandlers(
  deps: DispatcherDeps,
  briefings: OpenBriefings,
  once: RunOnce,
): HandlersFor<LibraryChannel> {
  const choose = deps.chooseOpenPath ?? (() => Promise.resolve(null));

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

  /** Generates a briefing from `input` into a new file of the library (never over one). */
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
        // Taken: on disk, or held open by this window (a second paste of the same name).
        const code = (error as { code?: unknown }).code;
        if (code === 'exists' || code === 'locked') continue;
        throw error;
      }
      return briefings.openPath(path);
    }
    throw coded('exists', `No free file name for ${stem} in the library.`);
  }

  return {
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
        return briefings.openPath(path);
      }
      // With several briefings the library is the start screen (null); with one, open it.
      if (items.length > 1) return null;
      const only = items[0];
      return only ? briefings.openPath(only.path) : null;
    },

    async 'briefing:open'({ path }) {
      return briefings.openPath(path);
    },

    async 'briefing:choose'() {
      const chosen = await choose('briefing');
      return chosen === null ? null : briefings.openPath(chosen);
    },

    'article:decode'({ fileName, base64 }) {
      return Promise.resolve().then(() => {
        const text = decodeArticleFile(Buffer.from(base64, 'base64'), fileName);
        // Said here, in words, rather than by the import channel's "at least 1 character".
        if (text.trim() === '')
          throw coded('empty', `${fileName} is empty: there is no article text in it.`);
        return text;
      });
    },

    async 'library:import'({ fileName, text }) {
      return once('import', 'An import', () => importInput(articleFromString(text, fileName)));
    },

    async 'library:choose-import'() {
      return once('import', 'An import', async () => {
        const chosen = await choose('article');
        if (chosen === null) return null;
        // As a dropped file: decoded by its bytes (charset, binary refusal, size limit).
        return importInput(await readArticleFile(chosen));
      });
    },

    async 'library:rename'({ path, name }) {
      await briefings.release(path);
      return renameBriefing(path, name);
    },

    async 'library:trash'({ path }) {
      await briefings.release(path);
      return (await trashBriefing(path, { now: () => new Date(deps.now()) })).id;
    },

    async 'library:restore'({ id }) {
      return restoreFromTrash(deps.libraryDir, id);
    },
  };
}
