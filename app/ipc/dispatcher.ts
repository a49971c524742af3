/**
 * The dispatcher behind the IPC contract: validates a payload, runs the handler, and answers
 * a Result — it never throws across the wire. Electron main registers it on ipcMain (after
 * its own sender check); the e2e web bridge calls the very same function. No electron here.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
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

/** Maps any thrown value to the typed error the renderer shows. */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const known = typeof code === 'string' && !/^E[A-Z]+$/.test(code) ? code : 'failed';
    const path = (error as NodeJS.ErrnoException).path;
    const message = /^E[A-Z]+$/.test(String(code)) && path ? `${basename(path)}: ${error.message}` : error.message;
    return { code: known, message };
  }
  return { code: 'failed', message: String(error) };
}

export function createDispatcher(deps: Partial<DispatcherDeps> & Pick<DispatcherDeps, 'libraryDir' | 'seedArticlePath' | 'chooseSavePath'>): Dispatcher {
  const full: DispatcherDeps = {
    now: () => new Date().toISOString(),
    newId: () => randomUUID(),
    ...deps,
  };
  const { handlers, close } = createHandlers(full);
  return {
    async dispatch(channel, payload) {
      if (!isChannel(channel)) {
        return { ok: false, error: { code: 'unknown-channel', message: `Unknown request "${String(channel)}".` } };
      }
      const parsed = (contract[channel].payload as ZodType).safeParse(payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        return {
          ok: false,
          error: { code: 'invalid-payload', message: `Refused ${channel}: ${issue?.message ?? 'invalid payload'}${where}.` },
        };
      }
      try {
        const run = handlers[channel] as (p: unknown) => Promise<unknown>;
        return { ok: true, value: await run(parsed.data) };
      } catch (error) {
        return { ok: false, error: toIpcError(error) };
      }
    },
    close,
  };
}

export type { Handlers };
