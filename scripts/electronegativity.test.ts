import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const script = resolve(import.meta.dirname, 'electronegativity.mjs');

it('fails on findings, on suppressions without a reason and on unknown check ids', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eng-fixture-'));
  try {
    const main = join(dir, 'main');
    mkdirSync(main);
    writeFileSync(
      join(main, 'index.ts'),
      [
        "import { BrowserWindow, shell } from 'electron';",
        'const win: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        'export function go(url: string): void {',
        '  void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK',
        '  void shell.openExternal(url); // eng-disable NOT_A_REAL_CHECK -- because I said so here',
        '}',
        'void win;',
      ].join('\n'),
    );
    // A test file with an insecure window is not shipped, so it is not scanned.
    writeFileSync(
      join(main, 'index.test.ts'),
      'new BrowserWindow({ webPreferences: { sandbox: false } });',
    );
    const sarif = join(dir, 'out.sarif');
    const run = spawnSync(process.execPath, [script, '--input', main, '--sarif', sarif], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toMatch(/NODE_INTEGRATION_JS_CHECK/);
    expect(run.stderr).toMatch(/CONTEXT_ISOLATION_JS_CHECK/);
    expect(run.stderr).toMatch(/index\.ts:4: eng-disable OPEN_EXTERNAL_JS_CHECK needs a reason/);
    expect(run.stderr).toMatch(/index\.ts:5: eng-disable names unknown check NOT_A_REAL_CHECK/);
    expect(run.stderr).not.toMatch(/index\.test\.ts/);
    expect(run.stderr).not.toMatch(/could not be parsed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
