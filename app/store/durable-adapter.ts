/**
 * A lowdb adapter (`{ read(), write(data) }`) for one `*.briefing.json`: reads through
 * parse → validate → migrate, writes durably (temp → fsync → .bak link → rename → folder
 * fsync), and refuses to write over a file that changed on disk since it was last read or
 * written (it throws `DiskChanged` and the caller decides).
 */
import type { Adapter } from 'lowdb';
import { CURRENT_SCHEMA_VERSION } from '../core/briefing-file';
import type { BriefingFile } from '../core/briefing-file';
import { realFs, writeFileDurably } from './durable-write';
import { BriefingSerializer } from './serialize';
import type { StoreFs } from './durable-write';
import { StoreError, errnoCode, writeFailure } from './errors';
import { fingerprintOf, loadBriefing, readBytes, sameFingerprint } from './load';
import type { Fingerprint, LoadedBriefing } from './load';

/**
 * Said after a failed save in the app, where the edit stays in memory and the next save retries
 * it. A command-line run exits instead, and says so in its own words (app/cli/store-messages.ts).
 */
export const KEPT_IN_MEMORY =
  'Your last changes are kept in memory; the file on disk still holds the previous version.';

/** The file on disk is not the version this adapter last read or wrote. */
export class DiskChanged extends Error {
  override readonly name = 'DiskChanged';
  constructor(
    /** The bytes now on disk, or null if the file was deleted. */
    readonly bytes: Buffer | null,
    readonly fingerprint: Fingerprint | null,
    /** The bytes this write would have written. */
    private readonly oursChunks: readonly Buffer[],
  ) {
    super('The file changed on disk.');
  }

  get ours(): Buffer {
    return Buffer.concat(this.oursChunks);
  }
}

/** Serialises a briefing the way every writer in the app does (2-space JSON + newline). */
export function serializeBriefing(data: BriefingFile): Buffer {
  return Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
}

/** Bytes kept as the chunks they were written in; joined only when someone needs them whole. */
class Chunks {
  private joined: Buffer | null;
  constructor(readonly parts: readonly Buffer[]) {
    this.joined = parts.length === 1 ? parts[0] : null;
  }
  get bytes(): Buffer {
    this.joined ??= Buffer.concat(this.parts);
    return this.joined;
  }
}

export interface DurableAdapterOptions {
  fs?: StoreFs;
  /** Called after each durable write with its size; tests count writes with it. */
  onWrite?: (bytes: number) => void;
}

export class DurableBriefingAdapter implements Adapter<BriefingFile> {
  private readonly fs: StoreFs;
  /** What is on disk as far as we know: set by read() and by each successful write. */
  private fingerprint: Fingerprint | null = null;
  private last: Chunks | null = null;
  private readonly serializer = new BriefingSerializer();
  /** Schema version stored on disk at the last read (before migration). */
  storedVersion = 0;

  constructor(
    readonly file: string,
    private readonly options: DurableAdapterOptions = {},
  ) {
    this.fs = options.fs ?? realFs;
  }

  /** Loads and validates the file. Throws StoreError (never returns null: a missing file is an error here). */
  async read(): Promise<BriefingFile> {
    return this.adopt(await loadBriefing(this.file, this.fs)).file;
  }

  /** Records `loaded` as the version on disk. */
  adopt(loaded: LoadedBriefing): LoadedBriefing {
    this.fingerprint = loaded.fingerprint;
    this.last = new Chunks([loaded.bytes]);
    this.storedVersion = loaded.storedVersion;
    return loaded;
  }

  /** The file was deleted: the next write creates it afresh (no `.bak`, no change check). */
  markDeleted(): void {
    this.fingerprint = null;
  }

  /** The bytes last read or written (the durable state), or null before the first read. */
  get durableBytes(): Buffer | null {
    return this.last?.bytes ?? null;
  }

  /**
   * Serialises `data` synchronously (so later mutations do not leak into this write), then
   * writes it durably. Throws `DiskChanged` if the file changed on disk since it was last
   * read or written, or a StoreError ('disk-full' | 'unwritable') with the old file intact.
   */
  write(data: BriefingFile): Promise<void> {
    return this.writeChunks(this.serializer.serialize(data));
  }

  /** Writes pre-serialised bytes (as chunks); see `write`. */
  async writeChunks(chunks: Buffer[]): Promise<void> {
    const change = await this.detectChange(chunks);
    if (change) throw change;
    try {
      await writeFileDurably(this.file, chunks, { fs: this.fs, backup: this.fingerprint !== null });
    } catch (error) {
      throw writeFailure(this.file, error, KEPT_IN_MEMORY);
    }
    this.last = new Chunks(chunks);
    this.storedVersion = CURRENT_SCHEMA_VERSION;
    try {
      this.fingerprint = fingerprintOf(await this.fs.stat(this.file));
    } catch {
      this.fingerprint = null;
    }
    this.options.onWrite?.(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  }

  /**
   * Null when the file on disk is the version we know. A stat that differs only in times
   * (touched, or copied back unchanged) is checked byte for byte before calling it a change.
   */
  async detectChange(ours: Buffer[]): Promise<DiskChanged | null> {
    let now: Fingerprint;
    try {
      now = fingerprintOf(await this.fs.stat(this.file));
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT')
        throw writeFailure(this.file, error, 'Nothing was written.');
      return this.fingerprint === null ? null : new DiskChanged(null, null, ours);
    }
    if (this.fingerprint && sameFingerprint(now, this.fingerprint)) return null;
    let disk: { bytes: Buffer; fingerprint: Fingerprint };
    try {
      disk = await readBytes(this.file, this.fs);
    } catch (error) {
      if (error instanceof StoreError && error.code === 'not-found') {
        return this.fingerprint === null ? null : new DiskChanged(null, null, ours);
      }
      throw error;
    }
    if (this.last && disk.bytes.equals(this.last.bytes)) {
      this.fingerprint = disk.fingerprint;
      return null;
    }
    return new DiskChanged(disk.bytes, disk.fingerprint, ours);
  }
}
