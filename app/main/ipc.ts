/**
 * Registers every contract channel on ipcMain. Each call: check the sender (our bundle, top
 * frame; senderFrame may be null once a frame navigated away), then the dispatcher validates
 * the payload and answers a Result. Nothing is thrown across the wire.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../ipc/contract';
import type { Dispatcher } from '../ipc/dispatcher';
import { isTrustedOrigin } from './bundle-path';

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null) return false;
  return frame.parent === null && isTrustedOrigin(frame.url);
}

export function registerIpc(dispatcher: Dispatcher): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'Request refused: it did not come from Briefing Desk.' } };
      }
      return dispatcher.dispatch(channel, payload);
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
