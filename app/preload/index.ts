/**
 * Builds window.api from the contract: one named function per channel
 * (`api.briefing.open({ path })`) and one subscribe function per main→renderer event
 * (`api.app.onChanged(listener)` → unsubscribe). Never exposes ipcRenderer, a generic invoke,
 * or the Electron event object. Imports: the contract and electron's contextBridge/ipcRenderer only.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channels, eventNames, splitChannel } from '../ipc/contract';

const api: Record<string, Record<string, (arg?: unknown) => unknown>> = {};
for (const channel of channels) {
  const { area, verb } = splitChannel(channel);
  (api[area] ??= {})[verb] = (payload?: unknown) => ipcRenderer.invoke(channel, payload);
}
for (const name of eventNames) {
  const { area } = splitChannel(name);
  (api[area] ??= {}).onChanged = (listener: unknown) => {
    if (typeof listener !== 'function') throw new TypeError('onChanged needs a listener function.');
    // The Electron event object stays here: it carries `sender`.
    const forward = (_event: IpcRendererEvent, value: unknown) =>
      void (listener as (v: unknown) => void)(value);
    ipcRenderer.on(name, forward);
    return () => void ipcRenderer.removeListener(name, forward);
  };
}

contextBridge.exposeInMainWorld('api', api);
