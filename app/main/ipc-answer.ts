/**
 * The body of every ipcMain handler, without electron so it is unit-tested: refuse a sender
 * that is not our top frame, else hand the untrusted payload to the dispatcher. Always
 * resolves to a Result, even if the dispatcher itself throws.
 */
import type { Result } from '../ipc/contract';
import type { Dispatcher } from '../ipc/dispatcher';
import { describeSenderFrame, isTrustedSender, type FrameLike } from './sender';

export const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Request refused: it did not come from Briefing Desk.' },
};

export async function answerIpc(
  dispatcher: Pick<Dispatcher, 'dispatch'>,
  channel: string,
  event: { readonly senderFrame: FrameLike | null | undefined },
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(describeSenderFrame(event))) return FORBIDDEN;
  try {
    return await dispatcher.dispatch(channel, payload);
  } catch {
    return {
      ok: false,
      error: { code: 'failed', message: `The ${channel} request failed unexpectedly.` },
    };
  }
}
