/**
 * Registers every contract channel on ipcMain. Each call: check the sender (our bundle, top
 * frame; senderFrame may be null once a frame navigated away), then the dispatcher validates
 * the payload and answers a Result. Nothing is thrown across the wire. This is the only file
 * that may call ipcMain (app/main/security-static.test.ts checks that).
 */
import { ipcMain } from 'electron';
import { channels } from '../ipc/contract';
import type { Dispatcher } from '../ipc/dispatcher';
import { answerIpc } from './ipc-answer';

export function registerIpc(dispatcher: Dispatcher): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      answerIpc(dispatcher, channel, event, payload),
    );
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
