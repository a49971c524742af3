/**
 * What the dispatcher needs from its host: the library folder, the seed article, and the few
 * things only the host can do (dialogs, printing, the OS file manager). Electron main passes
 * the real ones; the CLI-free e2e bridge and the tests pass stubs. No electron here.
 */
import type { PrintFunction } from '../pdf/produce-export';
import type { BriefingChange, Channel, Payload, Returns } from './contract';

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

/** One async function per channel, taking the validated payload. */
export type Handlers = { [C in Channel]: (payload: Payload<C>) => Promise<Returns<C>> };

/** Some of the handlers: each handlers module implements one area's channels. */
export type HandlersFor<C extends Channel> = Pick<Handlers, C>;

/** The file name ending every briefing file in the library. */
export const BRIEFING_SUFFIX = '.briefing.json';

/** An Error carrying the code the dispatcher answers with. */
export function coded(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}
