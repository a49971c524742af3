/**
 * The export channels: preview, run (build → leak check → save dialog → print → atomic write)
 * and reveal. No electron here: printing and the file manager come in through the deps.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExportError } from '../export/options';
import { finishExport, prepareExport, previewExport } from '../pdf/produce-export';
import type { ExportRequest } from '../pdf/produce-export';
import type { Returns } from './contract';
import {
  BRIEFING_SUFFIX,
  coded,
  type DispatcherDeps,
  type HandlersFor,
  type SaveFilter,
} from './deps';
import type { OpenBriefings } from './open-briefings';
import type { RunOnce } from './run-once';

const SAVE_FILTERS: Record<ExportRequest['format'], SaveFilter> = {
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML document', extensions: ['html'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

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

/** Runs `work`, giving an ExportError (a leak, a bad marking) the code 'export-refused'. */
function refusing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ExportError) throw Object.assign(error, { code: 'export-refused' });
    throw error;
  }
}

function noPrinter(): Promise<Uint8Array> {
  return Promise.reject(new Error('PDF printing is not available here.'));
}

export function createExportHandlers(
  deps: DispatcherDeps,
  briefings: OpenBriefings,
  once: RunOnce,
): HandlersFor<'export:preview' | 'export:run' | 'export:reveal'> {
  /** The export that finished last: the only file `export:reveal` shows. */
  let lastExported: string | null = null;

  const exportEnv = () => ({ now: deps.now(), appVersion: deps.appVersion ?? '0.1.0' });

  /**
   * Builds and leak-checks the export before asking where to save it, so a refused export
   * never shows a save dialog and writes nothing; then prints (pdf) and writes atomically.
   */
  async function runExport(path: string, request: ExportRequest): Promise<Returns<'export:run'>> {
    const file = await briefings.currentFile(path);
    const prepared = refusing(() => prepareExport(file, request, exportEnv()));
    const print = deps.printPdf;
    if (request.format === 'pdf' && !print)
      throw coded('unavailable', 'PDF printing is not available here.');
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

  return {
    async 'export:preview'({ path, notes, handling, paper }) {
      const file = await briefings.currentFile(path);
      return refusing(() => previewExport(file, { notes, handling, paper }, exportEnv()));
    },

    async 'export:run'({ path, format, notes, handling, paper }) {
      return once('export', 'An export', () => runExport(path, { format, notes, handling, paper }));
    },

    async 'export:reveal'({ file }) {
      if (file !== lastExported)
        throw coded('forbidden', 'Only the file just exported can be shown in its folder.');
      if (!deps.revealFile)
        throw coded('unavailable', 'Showing files in their folder is not available here.');
      await deps.revealFile(file);
      return null;
    },
  };
}
