/**
 * Test helper: a dispatcher over a fresh temp library that has opened the seed briefing,
 * with a fixed clock and counting ids. Callers add the dependencies their channels need.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BriefingFile } from '../../core/briefing-file';
import type { OpenBriefing, Result } from '../contract';
import { createDispatcher, type Dispatcher, type DispatcherDeps } from '../dispatcher';

export const SEED_ARTICLE = resolve(
  import.meta.dirname,
  '../../../resources/articles/turkey-syria-air-defence-2025-09-08.txt',
);

/** The value of an ok Result; throws with the error's code and message otherwise. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export interface SeedDispatcher {
  dir: string;
  dispatcher: Dispatcher;
  /** The seed briefing's path and its file as first opened. */
  path: string;
  file: BriefingFile;
  /** Closes the dispatcher and removes the temp folder. */
  close(): Promise<void>;
}

export async function openSeedDispatcher(
  prefix: string,
  deps: Partial<DispatcherDeps> = {},
): Promise<SeedDispatcher> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  let id = 0;
  const dispatcher = createDispatcher({
    libraryDir: join(dir, 'library'),
    seedArticlePath: SEED_ARTICLE,
    settingsPath: join(dir, 'ui-state.json'),
    chooseSavePath: () => Promise.resolve(null),
    now: () => '2026-03-01T00:00:00.000Z',
    newId: () => `id-${(id += 1)}`,
    ...deps,
  });
  const opened = value<OpenBriefing>(await dispatcher.dispatch('briefing:start', undefined));
  return {
    dir,
    dispatcher,
    path: opened.path,
    file: opened.file,
    close: async () => {
      await dispatcher.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
