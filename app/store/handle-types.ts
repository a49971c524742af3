/** The public types of a briefing editing session (see briefing-handle.ts). */
import type { StoreFs } from './durable-write';
import type { StoreError } from './errors';

/** Deeply read-only: `handle.data` is a view; edit through `update()`. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type ExternalChange =
  /** Another program replaced the file while we had no unsaved edits; `data` now holds its version. */
  | { kind: 'reloaded'; path: string }
  /** Another program replaced the file while we had unsaved edits: ours went to `conflictPath`. */
  | { kind: 'conflict'; path: string; conflictPath: string; error: StoreError }
  /** The file was deleted behind our back; the next write recreates it. */
  | { kind: 'deleted'; path: string }
  /** Another process took the lock over (we looked crashed); further writes are refused. */
  | { kind: 'lock-lost'; path: string; error: StoreError };

export interface OpenBriefingOptions {
  /** Take the cross-process writer lock (default true). Without it, only use in tests. */
  lock?: boolean;
  fs?: StoreFs;
  /** Clock for `updatedAt`; tests pass a fixed one. */
  now?: () => Date;
  /** Wait this long after an edit before writing, to batch typing (default 0: next tick). */
  writeDelayMs?: number;
  /** Lock staleness (ms) after which a crashed holder's lock is taken over. */
  staleMs?: number;
  /** How long to wait for a lock another process holds before failing 'locked' (default 0). */
  lockWaitMs?: number;
  /** Called after each durable write with its size. */
  onWrite?: (bytes: number) => void;
  /**
   * Poll the file (fs.watchFile, every `intervalMs`, default 1000) and run
   * `checkForExternalChange()` when it changes, so `onExternalChange` fires without an edit.
   */
  watch?: boolean | { intervalMs?: number };
}
