/**
 * One harness, two projects. `web`: the built renderer in Chromium, served from a pseudo
 * origin by context.route (mirroring the app:// protocol), with window.api injected by
 * addInitScript + exposeBinding and wired to the real dispatcher over real lowdb files in a
 * per-test temp folder. `electron`: the packaged main process via _electron.launch, skipped
 * with its reason where the Electron binary does not exist.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import {
  test as base,
  expect,
  type Page,
  _electron,
  type ElectronApplication,
} from '@playwright/test';
import {
  APP_CHANGED,
  BRIEFING_CHANGED,
  channels,
  eventNames,
  splitChannel,
  type AppEvent,
} from '../app/ipc/contract';
import { createDispatcher, type Dispatcher } from '../app/ipc/dispatcher';
import { printPdf } from '../app/pdf/print';
import { chromiumPath, electronBinary, repoRoot } from './environment';

export const WEB_ORIGIN = 'http://briefing-desk.test';
const RENDERER_DIR = join(repoRoot, 'out', 'renderer');
const SEED = join(repoRoot, 'resources', 'articles', 'turkey-syria-air-defence-2025-09-08.txt');

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface AppHarness {
  page: Page;
  /** The per-test temp folder; the library lives in `libraryDir` inside it. */
  dataDir: string;
  libraryDir: string;
  /** Where the next save dialog answers (null = the user cancels). */
  setSavePath(path: string | null): Promise<void>;
  /** Where the next open dialog answers (null = the user cancels). */
  setOpenPath(path: string | null): Promise<void>;
  /** Sends a main→renderer event, as the native menu or the OS would. */
  emit(event: AppEvent): Promise<void>;
  /** Every request the page made, for the no-network checks. */
  requests: string[];
  /** Paths "Show in folder" asked the OS file manager to show, oldest first (a stub records them). */
  revealedPaths(): Promise<string[]>;
  /** Reloads the window (web: navigates again; electron: reloads the renderer). */
  reload(): Promise<void>;
}

async function serveRenderer(page: Page, requests: string[]): Promise<void> {
  await page.context().route('**/*', async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    if (url.origin !== WEB_ORIGIN) return route.abort('blockedbyclient');
    const rel =
      url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = join(RENDERER_DIR, rel);
    if (!file.startsWith(RENDERER_DIR + '/')) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(file);
      return route.fulfill({
        status: 200,
        body,
        contentType: MIME[extname(file)] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

async function webHarness(
  page: Page,
  dataDir: string,
  use: (h: AppHarness) => Promise<void>,
): Promise<void> {
  const libraryDir = join(dataDir, 'library');
  let savePath: string | null = join(dataDir, 'export.md');
  let openPath: string | null = null;
  const requests: string[] = [];
  const revealed: string[] = [];
  const executablePath = chromiumPath();
  const dispatcher: Dispatcher = createDispatcher({
    libraryDir,
    seedArticlePath: SEED,
    chooseSavePath: () => Promise.resolve(savePath),
    chooseOpenPath: () => Promise.resolve(openPath),
    // The same HTML and templates as the app's printer, printed by Chromium via playwright-core.
    printPdf: (html, options) =>
      printPdf(html, { ...options, ...(executablePath ? { executablePath } : {}) }),
    revealFile: (path) => void revealed.push(path),
    // As main's webContents.send: forward the store's news of outside changes to the page.
    onBriefingChanged: (change) =>
      void page
        .evaluate(
          ([name, value]) =>
            (window as unknown as { __emit: (n: string, v: unknown) => void }).__emit(name, value),
          [BRIEFING_CHANGED, change] as const,
        )
        .catch(() => undefined),
  });
  await page.exposeBinding('__bridge', async (source, channel: unknown, payload: unknown) => {
    // Mirror main's sender check: our origin, top frame only.
    if (source.frame.parentFrame() !== null || new URL(source.frame.url()).origin !== WEB_ORIGIN) {
      return { ok: false, error: { code: 'forbidden', message: 'Request refused.' } };
    }
    return dispatcher.dispatch(channel, payload);
  });
  const routes = channels.map((channel) => ({ channel, ...splitChannel(channel) }));
  const events = eventNames.map((name) => ({ name, ...splitChannel(name) }));
  await page.addInitScript(
    ({ list, events }) => {
      const api: Record<string, Record<string, (p?: unknown) => unknown>> = {};
      const bridge = (
        window as unknown as { __bridge: (c: string, p: unknown) => Promise<unknown> }
      ).__bridge;
      for (const { channel, area, verb } of list)
        (api[area] ??= {})[verb] = (p?: unknown) => bridge(channel, p);
      // Main→renderer events: the harness calls __emit(name, value), as webContents.send would.
      const listeners = new Map<string, Set<(v: unknown) => void>>();
      for (const { name, area } of events) {
        (api[area] ??= {}).onChanged = (listener: unknown) => {
          const set = listeners.get(name) ?? new Set();
          listeners.set(name, set);
          const fn = listener as (v: unknown) => void;
          set.add(fn);
          return () => void set.delete(fn);
        };
      }
      Object.defineProperty(window, '__emit', {
        value: (name: string, value: unknown) => listeners.get(name)?.forEach((l) => l(value)),
      });
      Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
    },
    { list: routes, events },
  );
  await serveRenderer(page, requests);
  await page.goto(`${WEB_ORIGIN}/index.html`);
  try {
    await use({
      page,
      dataDir,
      libraryDir,
      requests,
      setSavePath: (p) => Promise.resolve(void (savePath = p)),
      setOpenPath: (p) => Promise.resolve(void (openPath = p)),
      revealedPaths: () => Promise.resolve([...revealed]),
      emit: (event) =>
        page.evaluate(
          ([name, value]) =>
            (window as unknown as { __emit: (n: string, v: unknown) => void }).__emit(name, value),
          [APP_CHANGED, event] as const,
        ),
      reload: async () => void (await page.reload()),
    });
  } finally {
    await dispatcher.close();
  }
}

async function electronHarness(
  dataDir: string,
  use: (h: AppHarness) => Promise<void>,
): Promise<void> {
  const binary = electronBinary();
  base.skip(binary.path === undefined, binary.reason);
  const libraryDir = join(dataDir, 'library');
  const app: ElectronApplication = await _electron.launch({
    executablePath: binary.path,
    args: [
      join(repoRoot, 'out', 'main', 'index.js'),
      `--user-data-dir=${join(dataDir, 'user-data')}`,
    ],
    env: { ...process.env, BRIEFING_DESK_HOME: libraryDir },
  });
  const setSavePath = async (p: string | null) => {
    await app.evaluate(({ dialog }, target) => {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- showSaveDialog is overloaded
      dialog.showSaveDialog = (() =>
        Promise.resolve({
          canceled: target === null,
          filePath: target ?? '',
        })) as typeof dialog.showSaveDialog;
    }, p);
  };
  await setSavePath(join(dataDir, 'export.md'));
  const setOpenPath = async (p: string | null) => {
    await app.evaluate(({ dialog }, target) => {
      dialog.showOpenDialog = () =>
        Promise.resolve({
          canceled: target === null,
          filePaths: target === null ? [] : [target],
        });
    }, p);
  };
  const emit = async (event: AppEvent) => {
    await app.evaluate(
      ({ BrowserWindow }, [name, value]) =>
        BrowserWindow.getAllWindows()[0]?.webContents.send(name, value),
      [APP_CHANGED, event] as const,
    );
  };
  // "Show in folder" records the path instead of opening a file manager.
  await app.evaluate(({ shell }) => {
    const seen: string[] = [];
    (globalThis as unknown as { __revealed: string[] }).__revealed = seen;
    shell.showItemInFolder = (path: string) => void seen.push(path);
  });
  const revealedPaths = () =>
    app.evaluate(() => [...(globalThis as unknown as { __revealed: string[] }).__revealed]);
  const page = await app.firstWindow();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    await use({
      page,
      dataDir,
      libraryDir,
      requests,
      setSavePath,
      setOpenPath,
      revealedPaths,
      emit,
      reload: async () => void (await page.reload()),
    });
  } finally {
    await app.close();
  }
}

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'briefing-e2e-'));
    try {
      if (testInfo.project.name === 'electron') await electronHarness(dataDir, use);
      else await webHarness(page, dataDir, use);
    } finally {
      // Retries: a debounced settings write may still land while the folder is being removed.
      await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    }
  },
});

export { expect };
