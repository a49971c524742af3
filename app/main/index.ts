/**
 * Electron main: lifecycle, the one window, the library folder and the IPC registration.
 * Kept thin: everything testable lives in the dispatcher (app/ipc) and pure helpers.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createDispatcher } from '../ipc/dispatcher';
import { APP_ORIGIN } from './bundle-path';
import { registerIpc } from './ipc';
import { hardenContents, hardenSession, registerAppScheme, serveBundle } from './security';

const SEED_ARTICLE = 'turkey-syria-air-defence-2025-09-08.txt';
const here = import.meta.dirname;

function resourcesDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'resources')
    : join(app.getAppPath(), 'resources');
}

function libraryDir(): string {
  return process.env.BRIEFING_DESK_HOME ?? join(app.getPath('documents'), 'Briefing Desk');
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow({
      width: 1280,
      height: 860,
      show: false,
      title: 'Briefing Desk',
      webPreferences: {
        preload: join(here, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK -- exposes only named contract functions via contextBridge (security-static.test.ts)
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        // Middle-click would otherwise open links as new windows (Electronegativity AUXCLICK).
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
      },
    });
    hardenContents(win.webContents);
    win.once('ready-to-show', () => win.show());
    void win.loadURL(`${APP_ORIGIN}/index.html`);
    return win;
  };

  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveBundle(session.defaultSession, join(here, '../renderer'));
    const dispatcher = createDispatcher({
      libraryDir: libraryDir(),
      seedArticlePath: join(resourcesDir(), 'articles', SEED_ARTICLE),
      appVersion: app.getVersion(),
      chooseSavePath: async (suggestedName) => {
        const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
        const result = window
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
    });
    const unregister = registerIpc(dispatcher);
    window = createWindow();
    window.on('closed', () => (window = null));

    let closing = false;
    app.on('before-quit', (event) => {
      if (closing) return;
      closing = true;
      event.preventDefault();
      unregister();
      void dispatcher.close().finally(() => app.quit());
    });
  });

  app.on('window-all-closed', () => app.quit());
}
