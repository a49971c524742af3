/**
 * The dispatcher behind the IPC contract: validates a payload, runs the handler, and answers
 * a Result — it never throws across the wire. Electron main registers it on ipcMain (after
 * its own sender check); the e2e web bridge calls the very same function. No electron here.
 */
import { randomUUID } from 'node:crypto';
import { basename, isAbsolute } from 'node:path';
import type { ZodType } from 'zod';
import { channels, contract, type Channel, type IpcError, type Result } from './contract';
import { createHandlers, type DispatcherDeps, type Handlers } from './handlers';

export type { DispatcherDeps } from './handlers';

export interface Dispatcher {
  /** Validates and runs one call. `channel` and `payload` are untrusted. */
  dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>>;
  /** Flushes and releases every open briefing. */
  close(): Promise<void>;
}

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (channels as string[]).includes(value);
}

/** Deepest nesting and most values a payload may have; the contract's shapes need far less. */
export const PAYLOAD_LIMITS = { depth: 32, values: 20_000, message: 300 } as const;

/** Cuts `text` to `max` characters so an error never echoes a huge input back. */
function clip(text: string, max: number = PAYLOAD_LIMITS.message): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Names an untrusted channel for an error message without calling its toString. */
function describeChannel(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value, 80));
  return `of type ${value === null ? 'null' : typeof value}`;
}

/**
 * 'depth' or 'size' when `payload` nests deeper or holds more values than PAYLOAD_LIMITS,
 * else null. Walks iteratively (no recursion to overflow) and reads own enumerable keys only.
 * Bounds what zod has to walk, and caps records and arrays the schemas leave open.
 */
export function measurePayload(payload: unknown): 'depth' | 'size' | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: payload, depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    values += 1;
    if (values > PAYLOAD_LIMITS.values) return 'size';
    if (value === null || typeof value !== 'object') continue;
    if (depth >= PAYLOAD_LIMITS.depth) return 'depth';
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    if (values + children.length > PAYLOAD_LIMITS.values) return 'size';
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

/**
 * Why a validated payload's `path` is refused, or null. Every `path` in the contract names a
 * briefing file, so anything else (a relative path, ~/.bashrc, a folder) is refused here,
 * before a handler could open, rename or trash it for a compromised renderer.
 */
export function refusePath(payload: unknown): string | null {
  if (payload === null || typeof payload !== 'object' || !Object.hasOwn(payload, 'path'))
    return null;
  const path = (payload as { path: unknown }).path;
  if (path === null || path === undefined) return null;
  if (
    typeof path !== 'string' ||
    !isAbsolute(path) ||
    !path.endsWith('.briefing.json') ||
    path.includes('\0')
  ) {
    return 'path must be the absolute path of a .briefing.json file';
  }
  return null;
}

function refuse(channel: string, why: string): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid-payload', message: clip(`Refused ${channel}: ${why}.`) },
  };
}

/** Maps any thrown value to the typed error the renderer shows. */
export function toIpcError(error: unknown): IpcError {
  try {
    if (error instanceof Error) {
      const code = (error as { code?: unknown }).code;
      const known = typeof code === 'string' && !/^E[A-Z]+$/.test(code) ? code : 'failed';
      const path = (error as NodeJS.ErrnoException).path;
      const message =
        typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof path === 'string'
          ? `${basename(path)}: ${error.message}`
          : String(error.message);
      return { code: known, message };
    }
    return { code: 'failed', message: String(error) };
  } catch {
    // A thrown value whose properties or toString throw in turn.
    return { code: 'failed', message: 'The request failed.' };
  }
}

export function createDispatcher(
  deps: Partial<DispatcherDeps> &
    Pick<DispatcherDeps, 'libraryDir' | 'seedArticlePath' | 'chooseSavePath'>,
): Dispatcher {
  const full: DispatcherDeps = {
    now: () => new Date().toISOString(),
    newId: () => randomUUID(),
    ...deps,
  };
  const { handlers, close } = createHandlers(full);
  return {
    async dispatch(channel, payload) {
      if (!isChannel(channel)) {
        return {
          ok: false,
          error: {
            code: 'unknown-channel',
            message: `Unknown request ${describeChannel(channel)}.`,
          },
        };
      }
      try {
        const tooMuch = measurePayload(payload);
        if (tooMuch !== null) {
          return refuse(
            channel,
            tooMuch === 'depth' ? 'the request nests too deeply' : 'the request is too large',
          );
        }
        const parsed = (contract[channel].payload as ZodType).safeParse(payload);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where =
            issue && issue.path.length > 0
              ? ` at ${issue.path.map((key) => String(key)).join('.')}`
              : '';
          return refuse(channel, `${issue?.message ?? 'invalid payload'}${where}`);
        }
        const badPath = refusePath(parsed.data);
        if (badPath !== null) return refuse(channel, badPath);
        const run = handlers[channel] as (p: unknown) => Promise<unknown>;
        return { ok: true, value: await run(parsed.data) };
      } catch (error) {
        const { code, message } = toIpcError(error);
        return { ok: false, error: { code: clip(code, 64), message: clip(message, 2000) } };
      }
    },
    close,
  };
}

export type { Handlers };
