/**
 * Renderer benchmark: navigation → interactive briefing (h1 and the notes count on screen)
 * for the seed and for a ~1 MB article with 2,000 annotations, each beside a static HTML
 * page of the same text loaded the same way (the floor); and the time from pressing H on a
 * selection to the new highlight and the new count being painted, with 2,000 annotations
 * present (p50/p95 over ADDS adds; target < 50 ms).
 *
 * The bridge stands in for Electron's IPC. Electron clones answers natively (structured
 * clone); Playwright's binding serialiser walks every value in JavaScript (~0.2 ms per
 * annotation, over a second for the 1 MB briefing's ~30,000 objects), which would measure
 * Playwright rather than the app. So by default answers cross as one JSON string, parsed in
 * the page; `--bridge=playwright` sends them as objects, as the e2e harness does.
 *
 * Run: npx tsx bench/renderer.bench.ts [--bridge=json|playwright]
 * (RENDERER_DIR=<dir> benchmarks another build of the renderer than out/renderer.)
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Annotation } from '../app/core/annotation';
import { createAnnotation } from '../app/core/annotations/create';
import { generateBriefing } from '../app/core/generator/generate';
import { newBriefingFile } from '../app/core/new-briefing-file';
import { articleFromString } from '../app/ingest/read-article';
import { channels, eventNames, splitChannel } from '../app/ipc/contract';
import { createDispatcher } from '../app/ipc/dispatcher';
import { createBriefingFile } from '../app/store/briefing-store';

const root = resolve(import.meta.dirname, '..');
const RENDERER = process.env.RENDERER_DIR ?? join(root, 'out', 'renderer');
const SEED = join(root, 'resources', 'articles', 'turkey-syria-air-defence-2025-09-08.txt');
const FIXTURES = resolve(root, '..', 'shared', 'fixtures', 'articles');
const ORIGIN = 'http://briefing-desk.test';
const RUNS = 5;
/** Highlights added for the latency figure. */
const ADDS = 24;
const ADD_TARGET_MS = 50;
const bridgeArg = process.argv.find((a) => a.startsWith('--bridge='))?.slice('--bridge='.length);
const BRIDGE: 'json' | 'playwright' = bridgeArg === 'playwright' ? 'playwright' : 'json';
const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

function median(values: number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

async function bigLibrary(dir: string): Promise<{ chars: number; text: string }> {
  const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.txt')).sort();
  const parts = await Promise.all(names.map((n) => readFile(join(FIXTURES, n), 'utf8')));
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) text += `${parts[i % parts.length]}\n\n`;
  const generated = generateBriefing(articleFromString(text, 'big.txt'));
  const file = newBriefingFile(generated, 'bench', '2026-01-01T00:00:00.000Z');
  const body = generated.article.text;
  const annotations: Annotation[] = [];
  const step = Math.floor(body.length / 2000);
  const legend = file.legend.map((l) => l.key);
  for (let i = 0; i < 2000; i++) {
    const start = i * step + 10;
    const made = createAnnotation({
      id: `a${i}`,
      blockId: 'article',
      blockText: body,
      start,
      end: start + 24,
      note: i % 3 === 0 ? `Note **${i}**` : '',
      tags: [`t${i % 7}`],
      colour: legend[i % legend.length],
      visibility: i % 2 ? 'private' : 'shared',
      now: '2026-01-01T00:00:00.000Z',
    });
    if (made.ok) annotations.push(made.value);
  }
  file.annotations = annotations;
  await createBriefingFile(join(dir, 'big.briefing.json'), file);
  return { chars: body.length, text: body };
}

async function wire(
  page: Page,
  libraryDir: string,
  staticHtml: string | null,
): Promise<() => Promise<void>> {
  const dispatcher = createDispatcher({
    libraryDir,
    seedArticlePath: SEED,
    chooseSavePath: () => Promise.resolve(null),
  });
  await page.exposeBinding('__bridge', async (_source, channel: unknown, payload: unknown) => {
    const result = await dispatcher.dispatch(channel, payload);
    return BRIDGE === 'json' ? JSON.stringify(result) : result;
  });
  const routes = channels.map((channel) => ({ channel, ...splitChannel(channel) }));
  const events = eventNames.map((name) => splitChannel(name).area);
  // tsx keeps function names with an __name helper that page.evaluate bodies would miss.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(
    ({ routes, events, json }) => {
      const api: Record<string, Record<string, unknown>> = {};
      const bridge = (
        window as unknown as { __bridge: (c: string, p: unknown) => Promise<unknown> }
      ).__bridge;
      for (const { channel, area, verb } of routes)
        (api[area] ??= {})[verb] = json
          ? async (p?: unknown) => JSON.parse((await bridge(channel, p)) as string) as unknown
          : (p?: unknown) => bridge(channel, p);
      for (const area of events) (api[area] ??= {}).onChanged = () => () => undefined;
      Object.defineProperty(window, 'api', { value: api });
    },
    { routes, events, json: BRIDGE === 'json' },
  );
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === '/static.html' && staticHtml !== null)
      return route.fulfill({ body: staticHtml, contentType: 'text/html' });
    const rel =
      url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    try {
      return await route.fulfill({
        body: await readFile(join(RENDERER, rel)),
        contentType: MIME[extname(rel)] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  return () => dispatcher.close();
}

function staticPage(title: string, text: string): string {
  const esc = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const paras = text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${paras}</body></html>`;
}

/**
 * Navigation → the h1 (and, with `notes`, the "Notes (n)" heading) visible, checked every
 * frame. A plain DOM check, not getByRole: Playwright's role engine walks every element and
 * computes its style on each poll, which costs the 1 MB page over half a second by itself.
 */
async function timeToInteractive(page: Page, url: string, notes: number | null): Promise<number> {
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    (notes) => {
      const shown = (el: Element | null | undefined) => !!el && el.checkVisibility();
      if (!shown(document.querySelector('h1'))) return false;
      if (notes === null) return true;
      const label = `Notes (${notes})`;
      return shown([...document.querySelectorAll('h2')].find((h) => h.textContent === label));
    },
    notes,
    { polling: 'raf', timeout: 120_000 },
  );
  return performance.now() - t0;
}

/**
 * Adds ADDS highlights, each on a fresh run of unmarked article text scrolled into view, and
 * returns the time from the H keydown until the frame showing the new mark and the new count
 * has been produced (checked in frame callbacks; a message posted there runs after paint).
 */
async function addHighlights(page: Page, notes: number): Promise<number[]> {
  // Let the load settle (first save-status round trip, deferred rendering) before timing.
  await page.waitForTimeout(500);
  const times: number[] = [];
  for (let k = 0; k < ADDS; k++) {
    times.push(
      await page.evaluate(
        async ({ expected, k }) => {
          const frame = () => new Promise((r) => requestAnimationFrame(r));
          // Posted from a frame callback, a message runs once that frame has been produced.
          const afterThisFrame = () =>
            new Promise<void>((resolve) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve();
              channel.port2.postMessage(0);
            });
          const article = document.querySelector('[data-block-id="article"]')!;
          const runs = article.querySelectorAll('span[data-offset]');
          // Spread over the article, never the same run twice.
          const span = runs[Math.floor((runs.length * (k + 0.5)) / 48)] as HTMLElement;
          span.scrollIntoView({ block: 'center' });
          await frame();
          const block = span.parentElement!;
          const marksBefore = block.querySelectorAll('mark[data-note-id]').length;
          const run = span.firstChild!;
          const range = document.createRange();
          range.setStart(run, 0);
          range.setEnd(run, Math.min(5, run.nodeValue!.length));
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
          const heading = [...document.querySelectorAll('h2')].find((h) =>
            h.textContent?.startsWith('Notes ('),
          )!;
          const t0 = performance.now();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
          // Checked in each frame's callbacks, before that frame's layout and paint.
          await frame();
          while (
            heading.textContent !== `Notes (${expected + 1})` ||
            block.querySelectorAll('mark[data-note-id]').length <= marksBefore
          )
            await frame();
          await afterThisFrame();
          return performance.now() - t0;
        },
        { expected: notes + k, k },
      ),
    );
  }
  return times;
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ARGS,
});
const work = await mkdtemp(join(tmpdir(), 'renderer-bench-'));
console.log(
  `Renderer bench: median of ${RUNS} loads each; bridge ${BRIDGE === 'json' ? 'JSON string (as a native clone would)' : 'Playwright-serialised objects'}; renderer ${RENDERER}`,
);
try {
  for (const [label, setup] of [
    [
      'seed',
      async (_dir: string) => ({
        chars: (await readFile(SEED, 'utf8')).length,
        text: await readFile(SEED, 'utf8'),
        notes: 0,
      }),
    ],
    ['1 MB + 2,000 notes', async (dir: string) => ({ ...(await bigLibrary(dir)), notes: 2000 })],
  ] as const) {
    const dir = join(work, label.replace(/\W+/g, '-'));
    const info = await setup(dir);
    const app: number[] = [];
    const floor: number[] = [];
    let adds: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Each load in a fresh context, so neither pays for tearing the other's page down.
      for (const kind of ['floor', 'app'] as const) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const close = await wire(page, dir, staticPage('Static floor', info.text));
        if (kind === 'floor')
          floor.push(await timeToInteractive(page, `${ORIGIN}/static.html`, null));
        else {
          app.push(await timeToInteractive(page, `${ORIGIN}/index.html`, info.notes));
          if (info.notes > 0 && i === RUNS - 1) adds = await addHighlights(page, info.notes);
        }
        await context.close();
        await close();
      }
    }
    const a = median(app);
    const f = median(floor);
    console.log(
      `${label} (${(info.chars / 1000).toFixed(0)} k chars): interactive briefing ${ms(a)} · static HTML floor ${ms(f)} · ratio ${(a / f).toFixed(1)}×` +
        `  [app ${app.map((v) => v.toFixed(0)).join(', ')}; floor ${floor.map((v) => v.toFixed(0)).join(', ')}]`,
    );
    if (adds.length > 0) {
      const p50 = percentile(adds, 50);
      const p95 = percentile(adds, 95);
      console.log(
        `add highlight with ${info.notes}+ notes (${adds.length} adds, H to painted): p50 ${ms(p50)} · p95 ${ms(p95)} · target < ${ADD_TARGET_MS} ms: ${p95 < ADD_TARGET_MS ? 'PASS' : p50 < ADD_TARGET_MS ? 'PASS at p50, FAIL at p95' : 'FAIL'}` +
          `  [min ${ms(Math.min(...adds))}, max ${ms(Math.max(...adds))}]`,
      );
    }
  }
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
}
