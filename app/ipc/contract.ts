/**
 * The one IPC contract between the renderer and the main process: every channel once, with
 * its payload validator and response type. Main registers handlers from it, preload builds
 * window.api from it, the e2e bridge and tests import it. No channel string is typed anywhere
 * else. Imports: core types and zod only — never electron or node:*.
 */
import { z } from 'zod';
import type { BriefingFile } from '../core/briefing-file';

export interface IpcError {
  /** Stable machine-readable code: 'invalid-payload', 'forbidden', 'not-found', a store code … */
  code: string;
  /** One sentence for the user. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A briefing as the renderer holds it: where it lives and what it says. */
export interface OpenBriefing {
  path: string;
  file: BriefingFile;
}

export interface LibraryItem {
  path: string;
  fileName: string;
  title: string | null;
  dateline: string | null;
  publisher: string | null;
  updatedAt: string | null;
  notes: number;
  /** Set when the file could not be read; the item is still listed. */
  problem: string | null;
}

export interface SavedFile {
  path: string;
  bytes: number;
  /** What the export left out, e.g. "3 private notes excluded". */
  manifest: string[];
}

/** Response types are carried by a phantom value; only `parse` exists at run time. */
function returns<T>(): T {
  return undefined as T;
}

const nothing = z.undefined();
const briefingPath = z.strictObject({ path: z.string().min(1).max(4096) });

export const contract = {
  'library:list': { payload: nothing, returns: returns<LibraryItem[]>() },
  'briefing:start': { payload: nothing, returns: returns<OpenBriefing | null>() },
  'briefing:open': { payload: briefingPath, returns: returns<OpenBriefing>() },
  'export:markdown': {
    payload: z.strictObject({
      path: z.string().min(1).max(4096),
      notes: z.enum(['none', 'shared', 'all']),
    }),
    returns: returns<SavedFile | null>(),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Payload<C extends Channel> = z.output<Contract[C]['payload']>;
export type Returns<C extends Channel> = Contract[C]['returns'];

/** The channels in contract order; preload and main iterate this. */
export const channels = Object.keys(contract) as Channel[];

/** `area:verb` → the renderer's `api.area.verb`, with verbs in camelCase. */
export function splitChannel(channel: Channel): { area: string; verb: string } {
  const [area = '', verb = ''] = channel.split(':');
  return { area, verb: verb.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) };
}

/**
 * The shape of window.api: `api.briefing.open({ path })` → `Promise<Result<OpenBriefing>>`.
 * Channels with no payload take no argument.
 */
export type Api = {
  [C in Channel as AreaOf<C>]: {
    [D in Channel as D extends `${AreaOf<C>}:${string}` ? VerbOf<D> : never]: Payload<D> extends undefined
      ? () => Promise<Result<Returns<D>>>
      : (payload: Payload<D>) => Promise<Result<Returns<D>>>;
  };
};
type AreaOf<C extends string> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? CamelCase<V> : never;
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
