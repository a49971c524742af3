/**
 * Security in the running app: a whole session stays on the machine, the page obeys a strict
 * CSP (no inline, remote or eval'd script, no connections), has no Node, and sees only the
 * contract's named functions. Written once for both projects; the checks that need the main
 * process (window.open, navigation) run in the electron project only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { channels, eventNames, splitChannel } from '../app/ipc/contract';
import { expect, test, WEB_ORIGIN } from './fixtures';
import { ExportDialog } from './pages/export-dialog';
import { MainScreen } from './pages/main-screen';

/** Origins a request may go to: the app's own, and in-memory URLs. */
function isLocal(url: string, project: string): boolean {
  if (/^(data|blob):/.test(url)) return true;
  const parsed = new URL(url);
  if (project === 'electron') return parsed.protocol === 'app:' && parsed.host === 'bundle';
  return parsed.origin === WEB_ORIGIN;
}

test('a whole session (open, follow claims, export) makes no request off the machine', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const screen = new MainScreen(page);
  // Record CSP violations from the first script on, then start the session again with it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await app.reload();

  await expect(screen.title()).toBeVisible();
  await expect(screen.title()).not.toBeEmpty();
  const sources = screen.sourceLinks();
  await expect(sources.first()).toBeVisible();
  const count = Math.min(await sources.count(), 5);
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await sources.nth(i).click();
    await expect(screen.articleRegion().locator('mark').first()).toBeVisible();
  }
  const out = join(app.dataDir, 'no-network-export.md');
  await app.setSavePath(out);
  const dialog = new ExportDialog(page);
  await dialog.openButton().click();
  await dialog.format('Markdown').check();
  await dialog.exportButton().click();
  await expect(dialog.status()).toHaveText(`Saved ${out}`);
  expect(existsSync(out) && readFileSync(out, 'utf8').length).toBeGreaterThan(100);

  expect(app.requests.length, 'the harness saw the app load').toBeGreaterThan(1);
  const offMachine = app.requests.filter((url) => !isLocal(url, testInfo.project.name));
  expect(offMachine).toEqual([]);
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations, 'the app itself never trips its own CSP').toEqual([]);
});

test('the page cannot run inline, remote or eval script, nor connect anywhere', async ({ app }) => {
  const { page } = app;
  await expect(new MainScreen(page).title()).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true;';
    document.head.append(inline);

    const remote = await new Promise<string>((done) => {
      const s = document.createElement('script');
      s.src = 'https://example.org/evil.js';
      s.onload = () => done('loaded');
      s.onerror = () => done('blocked');
      document.head.append(s);
    });
    const image = await new Promise<string>((done) => {
      const img = new Image();
      img.onload = () => done('loaded');
      img.onerror = () => done('blocked');
      img.src = 'https://example.org/pixel.png';
    });
    const fetched = await fetch('https://example.org/').then(
      () => 'reached',
      () => 'blocked',
    );
    const local = await fetch('/index.html').then(
      () => 'reached',
      () => 'blocked',
    );
    let evaluated: string;
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- checking that CSP forbids it
      evaluated = String(new Function('return "ran"')());
    } catch {
      evaluated = 'blocked';
    }
    return { inline: w.__inlineRan === true, remote, image, fetched, local, evaluated };
  });
  expect(outcome).toEqual({
    inline: false,
    remote: 'blocked',
    image: 'blocked',
    fetched: 'blocked',
    local: 'blocked', // connect-src 'none': not even our own origin
    evaluated: 'blocked',
  });
  expect(app.requests.filter((url) => url.includes('example.org'))).toEqual([]);
});

test('the page has no Node and only the contract functions', async ({ app }) => {
  const { page } = app;
  await expect(new MainScreen(page).title()).toBeVisible();
  const seen = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const api = w.api as Record<string, Record<string, unknown>>;
    return {
      node: [typeof w.require, typeof w.process, typeof w.module, typeof w.Buffer, typeof w.global],
      api: Object.fromEntries(
        Object.entries(api).map(([area, fns]) => [
          area,
          Object.entries(fns)
            .map(([name, fn]) => `${name}:${typeof fn}`)
            .sort(),
        ]),
      ),
    };
  });
  expect(seen.node).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  const expected: Record<string, string[]> = {};
  for (const channel of channels) {
    const { area, verb } = splitChannel(channel);
    (expected[area] ??= []).push(`${verb}:function`);
  }
  for (const name of eventNames)
    (expected[splitChannel(name).area] ??= []).push('onChanged:function');
  for (const list of Object.values(expected)) list.sort();
  expect(seen.api).toEqual(expected);
});

test('windows cannot open other windows or navigate away', async ({ app }, testInfo) => {
  test.skip(
    testInfo.project.name !== 'electron',
    'window.open and navigation are refused by the main process (security.ts), which only the electron project runs',
  );
  const { page } = app;
  await expect(new MainScreen(page).title()).toBeVisible();
  const before = page.url();
  // URLs the allow-list refuses, so nothing is handed to the OS browser during the test.
  const opened = await page.evaluate(() => [
    window.open('file:///etc/passwd') === null,
    window.open('app://other/index.html') === null,
    window.open('javascript:alert(1)') === null,
  ]);
  expect(opened).toEqual([true, true, true]);
  for (const target of ['file:///etc/passwd', 'app://other/index.html']) {
    await page.evaluate((url) => {
      window.location.href = url;
    }, target);
    await expect(new MainScreen(page).title()).toBeVisible();
    expect(page.url()).toBe(before);
  }
  expect(app.requests.filter((url) => /^(file:|app:\/\/other)/.test(url))).toEqual([]);
});
