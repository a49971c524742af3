/**
 * The briefing files the dispatcher has open: one locked, watched store handle per path, and
 * the notes as the annotation session holds them (which may be ahead of the disk). No electron.
 */
import type { BriefingFile } from '../core/briefing-file';
import { openBriefing, type BriefingHandle } from '../store/briefing-store';
import { recordRecent } from '../store/library';
import type { createAnnotationSessions } from './annotation-sessions';
import type { OpenBriefing } from './contract';
import type { DispatcherDeps } from './deps';

export type AnnotationSessions = ReturnType<typeof createAnnotationSessions>;

export interface OpenBriefings {
  /** The open handle for `path`, opening (locking, watching) it on first use. */
  handleFor(path: string): Promise<BriefingHandle>;
  /** The handle for `path` when it is open already (never opens it). */
  opened(path: string): BriefingHandle | undefined;
  /** Opens `path` for the window: records it as recent and answers the file with its notes. */
  openPath(path: string): Promise<OpenBriefing>;
  /** The briefing with the notes as edited so far (the session may hold edits not on disk). */
  snapshot(handle: BriefingHandle): BriefingFile;
  /** As snapshot, after flushing what is queued for `path`. */
  currentFile(path: string): Promise<BriefingFile>;
  /** Releases our lock on `path` so the library may move the file. */
  release(path: string): Promise<void>;
  /** Flushes and releases every open file. */
  close(): Promise<void>;
}

export function createOpenBriefings(
  deps: DispatcherDeps,
  annotations: AnnotationSessions,
): OpenBriefings {
  const open = new Map<string, BriefingHandle>();

  async function handleFor(path: string): Promise<BriefingHandle> {
    const existing = open.get(path);
    if (existing) return existing;
    // Poll for changes made by other programs, so the user hears of a reload or a conflict
    // without having to edit first (the store never overwrites them silently).
    const handle = await openBriefing(path, {
      lock: true,
      // A CLI command saving the same file holds its lock for a moment: wait that out.
      lockWaitMs: 1500,
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

  function snapshot(handle: BriefingHandle): BriefingFile {
    return { ...(handle.data as BriefingFile), annotations: [...annotations.current(handle)] };
  }

  return {
    handleFor,
    snapshot,

    opened(path) {
      return open.get(path);
    },

    async openPath(path) {
      const handle = await handleFor(path);
      await recordRecent(deps.libraryDir, path, { now: () => new Date(deps.now()) }).catch(
        () => undefined,
      );
      deps.onOpened?.(path);
      return { path, file: snapshot(handle) };
    },

    async currentFile(path) {
      const handle = await handleFor(path);
      await handle.flush().catch(() => undefined);
      return snapshot(handle);
    },

    async release(path) {
      const handle = open.get(path);
      if (!handle) return;
      open.delete(path);
      await handle.close();
    },

    async close() {
      const handles = [...open.values()];
      open.clear();
      await Promise.all(handles.map((h) => h.close()));
    },
  };
}
