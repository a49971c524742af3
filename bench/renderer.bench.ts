/**
 * Renderer benchmark: navigation → interactive briefing (h1 and the notes count on screen)
 * for the seed and for a ~1 MB article with 2,000 annotations, each beside a static HTML
 * page of the same text loaded the same way (the floor); and the time from pressing H on a
 * selection to the new highlight and count being on screen with 2,000 annotations present.
 * Run: npx tsx bench/renderer.bench.ts
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
const RENDERER = join(root, 'out', 'renderer');
const SEED = join(root, 'resources', 'articles', 'turkey-syria-air-defence-2025-09-08.txt');
const FIXTURES = resolve(root, '..', 'shared', 'fixtures', 'articles');
const ORIGIN = 'http://briefing-desk.test';
const RUNS = 5;
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
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
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
  await page.exposeBinding('__bridge', (_source, channel: unknown, payload: unknown) =>
    dispatcher.dispatch(channel, payload),
  );
  const routes = channels.map((channel) => ({ channel, ...splitChannel(channel) }));
  const events = eventNames.map((name) => splitChannel(name).area);
  // tsx keeps function names with an __name helper that page.evaluate bodies would miss.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(
    ({ routes, events }) => {
      const api: Record<string, Record<string, unknown>> = {};
      const bridge = (
        window as unknown as { __bridge: (c: string, p: unknown) => Promise<unknown> }
      ).__bridge;
      for (const { channel, area, verb } of routes)
        (api[area] ??= {})[verb] = (p?: unknown) => bridge(channel, p);
      for (const area of events) (api[area] ??= {}).onChanged = () => () => undefined;
      Object.defineProperty(window, 'api', { value: api });
    },
    { routes, events },
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

async function timeToInteractive(
  page: Page,
  url: string,
  ready: () => Promise<unknown>,
): Promise<number> {
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await ready();
  return performance.now() - t0;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ARGS,
});
const work = await mkdtemp(join(tmpdir(), 'renderer-bench-'));
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
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const close = await wire(page, dir, staticPage('Static floor', info.text));
      app.push(
        await timeToInteractive(page, `${ORIGIN}/index.html`, async () => {
          await page.getByRole('heading', { level: 1 }).waitFor();
          await page.getByRole('heading', { name: `Notes (${info.notes})` }).waitFor();
        }),
      );
      floor.push(
        await timeToInteractive(page, `${ORIGIN}/static.html`, () =>
          page.getByRole('heading', { level: 1 }).waitFor(),
        ),
      );
      if (info.notes > 0 && i === RUNS - 1) {
        await page.goto(`${ORIGIN}/index.html`);
        await page.getByRole('heading', { name: `Notes (${info.notes})` }).waitFor();
        const adds: number[] = [];
        for (let k = 0; k < RUNS; k++) {
          adds.push(
            await page.evaluate(async (expected) => {
              const article = document.querySelector('[data-block-id="article"]')!;
              const runs = article.querySelectorAll('span[data-offset]');
              const run = runs[Math.floor(runs.length / 2) + expected].firstChild!;
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
              await new Promise<void>((resolve) => {
                const check = () =>
                  heading.textContent === `Notes (${expected + 1})`
                    ? resolve()
                    : requestAnimationFrame(check);
                check();
              });
              return performance.now() - t0;
            }, info.notes + k),
          );
        }
        console.log(
          `add highlight with ${info.notes}+ notes: median ${median(adds).toFixed(1)} ms (runs ${adds.map((a) => a.toFixed(0)).join(', ')}); target < 50 ms`,
        );
      }
      await context.close();
      await close();
    }
    const a = median(app);
    const f = median(floor);
    console.log(
      `${label} (${(info.chars / 1000).toFixed(0)} k chars): interactive briefing ${a.toFixed(0)} ms · static HTML floor ${f.toFixed(0)} ms · ratio ${(a / f).toFixed(1)}×`,
    );
  }
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
}
