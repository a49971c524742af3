/**
 * Electron main: lifecycle, the one window, the library folder and the IPC registration.
 * Kept thin: everything testable lives in the dispatcher (app/ipc) and pure helpers.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { BRIEFING_CHANGED } from '../ipc/contract';
import { createDispatcher } from '../ipc/dispatcher';
import { APP_ORIGIN } from './bundle-path';
import { registerIpc } from './ipc';
import { buildMenu, sendAppEvent } from './menu';
import { printPdfInElectron } from './print-pdf';
import { loadWindowState, trackWindowState } from './window-state';
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

/** A `.briefing.json` path among command-line arguments (the OS passes it when opening a file). */
function briefingArg(argv: readonly string[]): string | null {
  return argv.slice(1).find((a) => a.endsWith('.briefing.json') && !a.startsWith('-')) ?? null;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  // A file the OS asked us to open before the renderer could hear about it.
  let pendingOpen: string | null = briefingArg(process.argv);
  const openFile = (path: string) => {
    if (window && !window.webContents.isLoading()) sendAppEvent(window, { type: 'open', path });
    else pendingOpen = path;
  };
  // macOS: double-clicked files arrive here, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });

  const createWindow = (): BrowserWindow => {
    const stateFile = join(app.getPath('userData'), 'window-state.json');
    const state = loadWindowState(stateFile);
    const win = new BrowserWindow({
      width: state.width,
      height: state.height,
      ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
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
    if (state.maximized) win.maximize();
    trackWindowState(win, stateFile);
    win.once('ready-to-show', () => win.show());
    win.webContents.on('did-finish-load', () => {
      if (pendingOpen) sendAppEvent(win, { type: 'open', path: pendingOpen });
      pendingOpen = null;
    });
    void win.loadURL(`${APP_ORIGIN}/index.html`);
    return win;
  };

  app.on('second-instance', (_event, argv) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const path = briefingArg(argv);
    if (path) openFile(path);
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveBundle(session.defaultSession, join(here, '../renderer'));
    const dispatcher = createDispatcher({
      libraryDir: libraryDir(),
      seedArticlePath: join(resourcesDir(), 'articles', SEED_ARTICLE),
      appVersion: app.getVersion(),
      chooseSavePath: async (suggestedName, filters) => {
        const options: Electron.SaveDialogOptions = {
          defaultPath: join(app.getPath('documents'), suggestedName),
          ...(filters ? { filters } : {}),
        };
        const result = window
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      chooseOpenPath: async (kind) => {
        const options: Electron.OpenDialogOptions = {
          defaultPath: kind === 'briefing' ? libraryDir() : app.getPath('documents'),
          properties: ['openFile'],
          filters:
            kind === 'briefing'
              ? [{ name: 'Briefings', extensions: ['briefing.json', 'json'] }]
              : [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }],
        };
        const result = window
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      onOpened: (path) => app.addRecentDocument(path),
      onBriefingChanged: (change) => {
        if (window && !window.isDestroyed()) window.webContents.send(BRIEFING_CHANGED, change);
      },
      printPdf: printPdfInElectron,
      // The dispatcher only passes the file the last export wrote (export:reveal).
      revealFile: (path) => shell.showItemInFolder(path),
    });
    Menu.setApplicationMenu(buildMenu(() => window));
    app.setAboutPanelOptions({
      applicationName: 'Briefing Desk',
      applicationVersion: app.getVersion(),
      credits: 'Briefings from news articles, with notes that stay on their words. Works offline.',
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
