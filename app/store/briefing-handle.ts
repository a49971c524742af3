/**
 * An editing session on one briefing file: lowdb `Low` over the durable adapter, one
 * writer per file (lock), coalesced writes, and external-change handling.
 *
 * Durability guarantee: the promise from `update()` resolves only after a write containing
 * that edit (and every earlier one) has been fsynced and renamed into place and the folder
 * fsynced. It rejects if that edit is not on disk (disk full, folder unwritable, conflict,
 * lock lost); the edit then stays in memory and is retried by the next write, except after
 * a conflict (the edit is in the conflict copy instead).
 */
import { unwatchFile, watchFile } from 'node:fs';
import { Low } from 'lowdb';
import type { BriefingFile } from '../core/briefing-file';
import { DiskChanged, DurableBriefingAdapter } from './durable-adapter';
import { writeConflictCopy } from './conflict-copy';
import { realFs, removeStaleTempFiles } from './durable-write';
import type { StoreFs } from './durable-write';
import { StoreError } from './errors';
import { lockBriefingFile } from './file-lock';
import { untouchedNote } from './load';
import { parseBriefingBytes } from './schema';
import type { DeepReadonly, ExternalChange, OpenBriefingOptions } from './handle-types';
import { freezeAnnotations } from './serialize';

export type { DeepReadonly, ExternalChange, OpenBriefingOptions } from './handle-types';

interface Edit {
  mutate: (draft: BriefingFile) => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class BriefingHandle {
  private readonly db: Low<BriefingFile>;
  private readonly adapter: DurableBriefingAdapter;
  private readonly listeners = new Set<(change: ExternalChange) => void>();
  private readonly now: () => Date;
  private readonly writeDelayMs: number;
  private readonly fs: StoreFs;
  /** Edits waiting for the idle external-change check before they are applied. */
  private queued: Edit[] = [];
  /** Edits applied to `data` that are not yet durable. */
  private unsaved: Edit[] = [];
  private pump: Promise<void> | null = null;
  private closed = false;
  /** Set when writes must stop (lock lost, disk holds a file we may not overwrite). */
  private blocked: StoreError | null = null;
  private release: (() => Promise<void>) | null = null;
  private readonly outstanding = new Set<Promise<void>>();

  /** Use `openBriefing()`. */
  constructor(
    readonly path: string,
    options: OpenBriefingOptions,
  ) {
    this.fs = options.fs ?? realFs;
    this.adapter = new DurableBriefingAdapter(path, { fs: this.fs, onWrite: options.onWrite });
    // lowdb requires default data; it is replaced by read() before anyone sees the handle.
    this.db = new Low<BriefingFile>(this.adapter, null as unknown as BriefingFile);
    this.now = options.now ?? (() => new Date());
    this.writeDelayMs = options.writeDelayMs ?? 0;
  }

  /** @internal Opens the session: lock, then load. */
  async open(options: OpenBriefingOptions): Promise<void> {
    if (options.lock ?? true) {
      this.release = await lockBriefingFile(this.path, {
        staleMs: options.staleMs,
        waitMs: options.lockWaitMs,
        onCompromised: (cause) => this.lockLost(cause),
      });
    }
    try {
      await this.db.read();
      freezeAnnotations(this.db.data);
      if (this.release) await removeStaleTempFiles(this.path, this.fs);
      if (options.watch)
        this.startWatching(options.watch === true ? 1000 : (options.watch.intervalMs ?? 1000));
    } catch (error) {
      await this.releaseLock();
      throw error;
    }
  }

  /** The current document. Read-only: edit it with `update()`. */
  get data(): DeepReadonly<BriefingFile> {
    return this.db.data;
  }

  /** The schema version the file had on disk when opened (before migration). */
  get storedVersion(): number {
    return this.adapter.storedVersion;
  }

  /** True while edits are not yet durable. */
  get hasUnsavedChanges(): boolean {
    return this.queued.length > 0 || this.unsaved.length > 0;
  }

  /**
   * Applies `mutate` to the document, bumps `updatedAt`, and resolves once the edit is
   * durable on disk (see the guarantee at the top of this file). Edits made while a write is
   * in flight are written together in the next one, so a burst costs a few writes. If
   * `mutate` throws, that edit is rolled back and its promise rejects with the error.
   *
   * Annotations in the document are deeply frozen (so each one is serialised once, not on
   * every save): replace one rather than editing it in place, e.g.
   * `draft.annotations[i] = patchAnnotation(draft.annotations[i], patch, now)` or
   * `draft.annotations = applyOp(...).annotations`. An in-place edit throws a TypeError and
   * the update is rolled back. Everything else in the draft is ordinary mutable data.
   */
  update(mutate: (draft: BriefingFile) => void): Promise<void> {
    if (this.closed) {
      return Promise.reject(
        new StoreError('unwritable', this.path, `${this.path} is closed; reopen it to edit.`),
      );
    }
    const promise = new Promise<void>((resolve, reject) => {
      this.queued.push({ mutate, resolve, reject });
    });
    this.outstanding.add(promise);
    const forget = (): void => void this.outstanding.delete(promise);
    promise.then(forget, forget);
    this.schedule();
    return promise;
  }

  /** Resolves when every edit made so far is durable; rejects with the first failure. */
  async flush(): Promise<void> {
    const results = await Promise.allSettled([...this.outstanding]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /**
   * Flushes, then releases the lock. Safe to call twice; later updates reject. An edit whose
   * write failed gets one last attempt, unless `retryFailed` is false: a command-line run has
   * already told the user the change was not saved, and must not then save it.
   */
  async close(options: { retryFailed?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    try {
      while (this.outstanding.size > 0) await this.flush();
      // A failed write left edits only in memory: one last attempt before letting go.
      if (this.dataAhead && options.retryFailed !== false) await this.update(() => undefined);
    } finally {
      this.closed = true;
      this.stopWatching?.();
      this.listeners.clear();
      await this.releaseLock();
    }
  }

  /** Subscribes to external changes (reload, conflict, deletion, lock lost). Returns the unsubscribe. */
  onExternalChange(callback: (change: ExternalChange) => void): () => void {
    this.listeners.add(callback);
    return () => void this.listeners.delete(callback);
  }

  /**
   * Checks the disk now (e.g. when the window regains focus). With no unsaved edits, a
   * changed file is reloaded and `onExternalChange` fires. Resolves true if it changed.
   */
  async checkForExternalChange(): Promise<boolean> {
    if (this.hasUnsavedChanges || this.pump || this.dataAhead) return false;
    return this.syncWithDisk();
  }

  private stopWatching: (() => void) | null = null;

  private startWatching(intervalMs: number): void {
    // Polling, not fs.watch: it sees atomic replaces (new inode) and works on network drives.
    const onChange = (): void => {
      if (!this.closed) this.checkForExternalChange().catch(() => undefined);
    };
    watchFile(this.path, { interval: intervalMs, persistent: false }, onChange);
    this.stopWatching = () => unwatchFile(this.path, onChange);
  }

  private schedule(): void {
    this.pump ??= this.run().finally(() => {
      this.pump = null;
      if (this.queued.length > 0 || this.unsaved.length > 0) this.schedule();
    });
  }

  /** The write loop: one iteration = check disk (when idle) → apply queued edits → one write. */
  private async run(): Promise<void> {
    while (this.queued.length > 0 || this.unsaved.length > 0) {
      if (this.unsaved.length === 0 && !this.dataAhead) {
        try {
          await this.syncWithDisk();
        } catch (error) {
          this.rejectAll(this.queued.splice(0), error);
          continue;
        }
      }
      if (this.writeDelayMs > 0) await delay(this.writeDelayMs);
      else await new Promise<void>((resolve) => setImmediate(resolve));
      this.applyQueued();
      if (this.blocked) {
        this.rejectAll(this.unsaved.splice(0), this.blocked);
        continue;
      }
      if (this.unsaved.length === 0) continue;
      const batch = this.unsaved.splice(0);
      try {
        await this.db.write();
        this.dataAhead = false;
        this.retained = [];
        for (const edit of batch) edit.resolve();
      } catch (error) {
        if (error instanceof DiskChanged) {
          await this.resolveConflict(error, batch);
        } else {
          // Keep the edits in memory (they are the analyst's words); the next write retries
          // them. Their promises report that they are not yet on disk.
          this.rejectAll(batch, error);
          this.retain(batch);
        }
      }
    }
  }

  /** Edits whose write failed: still in `data`, replayed by `rollBack`, written by the next write. */
  private retained: Edit['mutate'][] = [];

  private retain(batch: Edit[]): void {
    this.dataAhead = true;
    this.retained.push(...batch.map((edit) => edit.mutate));
  }

  /** True when `data` holds edits whose write failed; the next write (or close) retries them. */
  private dataAhead = false;

  private applyQueued(): void {
    const edits = this.queued.splice(0);
    for (const edit of edits) {
      const data = this.db.data;
      try {
        edit.mutate(data);
        data.updatedAt = this.now().toISOString();
        this.unsaved.push(edit);
      } catch (error) {
        this.rollBack();
        edit.reject(error);
      }
    }
  }

  /** Restores `data` to the durable version plus the unsaved edits that did not throw. */
  private rollBack(): void {
    const bytes = this.adapter.durableBytes;
    if (!bytes) return;
    this.db.data = freezeAnnotations(parseBriefingBytes(bytes, this.path).file);
    for (const mutate of this.retained) {
      try {
        mutate(this.db.data);
      } catch {
        // It applied once; if it no longer does, there is nothing better to do with it.
      }
    }
    const keep = this.unsaved.splice(0);
    for (const edit of keep) {
      try {
        edit.mutate(this.db.data);
        this.db.data.updatedAt = this.now().toISOString();
        this.unsaved.push(edit);
      } catch (error) {
        edit.reject(error);
      }
    }
  }

  /** With no unsaved edits: adopt the version on disk if another program changed it. */
  private async syncWithDisk(): Promise<boolean> {
    const change = await this.adapter.detectChange([]);
    if (!change) return false;
    if (!change.bytes || !change.fingerprint) {
      this.adapter.markDeleted();
      this.emit({ kind: 'deleted', path: this.path });
      return true;
    }
    try {
      const parsed = parseBriefingBytes(change.bytes, this.path);
      this.adapter.adopt({ ...parsed, bytes: change.bytes, fingerprint: change.fingerprint });
      this.db.data = freezeAnnotations(parsed.file);
      this.emit({ kind: 'reloaded', path: this.path });
      return true;
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      this.blocked = new StoreError(
        error.code,
        this.path,
        `${this.path} was changed by another program and is no longer a readable briefing (${error.message}) Your edit was not saved. ${await untouchedNote(this.path, this.fs)}`,
      );
      throw this.blocked;
    }
  }

  /** Theirs stays in place; ours goes to a conflict copy beside it; the batch is rejected. */
  private async resolveConflict(change: DiskChanged, batch: Edit[]): Promise<void> {
    if (!change.bytes || !change.fingerprint) {
      // Deleted behind our back: there is nothing of theirs to keep, so write ours again.
      this.adapter.markDeleted();
      this.emit({ kind: 'deleted', path: this.path });
      this.unsaved.unshift(...batch);
      return;
    }
    let conflictPath: string;
    try {
      conflictPath = await writeConflictCopy(this.path, change.ours, this.now(), this.fs);
    } catch (failure) {
      this.rejectAll(batch, failure);
      this.retain(batch);
      return;
    }
    const error = new StoreError(
      'conflict',
      this.path,
      `${this.path} was changed by another program while you were editing. It keeps the other version; your version was saved as ${conflictPath}.`,
    );
    try {
      const parsed = parseBriefingBytes(change.bytes, this.path);
      this.adapter.adopt({ ...parsed, bytes: change.bytes, fingerprint: change.fingerprint });
      this.db.data = freezeAnnotations(parsed.file);
      // Our edits, including any a failed write left in memory, are in the conflict copy.
      this.dataAhead = false;
      this.retained = [];
    } catch (parseError) {
      // Theirs is not a valid briefing: never overwrite it. Stop writing until reopened.
      this.blocked = new StoreError(
        'conflict',
        this.path,
        `${this.path} was replaced by a file that is not a valid briefing; it was left untouched and your version was saved as ${conflictPath}.`,
        { cause: parseError },
      );
    }
    this.rejectAll(batch, error);
    this.emit({ kind: 'conflict', path: this.path, conflictPath, error });
  }

  private lockLost(cause: Error): void {
    const error = new StoreError(
      'locked',
      this.path,
      `${this.path} is open in another Briefing Desk process (this window lost its lock), so changes here are no longer saved.`,
      { cause },
    );
    this.blocked = error;
    this.release = null;
    this.emit({ kind: 'lock-lost', path: this.path, error });
  }

  private rejectAll(edits: Edit[], error: unknown): void {
    for (const edit of edits) edit.reject(error);
  }

  private emit(change: ExternalChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // A listener's bug must not break saving.
      }
    }
  }

  private async releaseLock(): Promise<void> {
    const release = this.release;
    this.release = null;
    if (release) await release().catch(() => undefined);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
