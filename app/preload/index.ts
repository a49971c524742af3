/**
 * Builds window.api from the contract: one named function per channel
 * (`api.briefing.open({ path })`). Never exposes ipcRenderer, a generic invoke, or the
 * Electron event object. Imports: the contract and electron's contextBridge/ipcRenderer only.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channels, splitChannel } from '../ipc/contract';

const api: Record<string, Record<string, (payload?: unknown) => Promise<unknown>>> = {};
for (const channel of channels) {
  const { area, verb } = splitChannel(channel);
  (api[area] ??= {})[verb] = (payload?: unknown) => ipcRenderer.invoke(channel, payload);
}

contextBridge.exposeInMainWorld('api', api);
