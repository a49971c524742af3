/** The only user of window.api: components import `api` from here, tests inject a fake. */
import type { Api } from '../app/ipc/contract';

declare global {
  interface Window {
    api: Api;
  }
}

export const api: Api = window.api;
