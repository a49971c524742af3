/**
 * The `briefing` CLI makes no request off the machine: generate, show, export (md, html, pdf,
 * w3c) run under scripts/no-network.mjs, a Node preload hook that throws on, and logs, any
 * socket, http(s), dns or fetch use towards another host. Local pipes stay allowed, so the PDF
 * export can still drive Chromium (which it runs with an offline context; Chromium's own
 * process is outside this hook). Runs the built bundle, rebuilding it when stale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..');
const hook = join(repo, 'scripts', 'no-network.mjs');
const cli = join(repo, 'out', 'cli', 'briefing.js');
const article = join(repo, 'resources', 'articles', 'turkey-syria-air-defence-2025-09-08.txt');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let dir: string;
let log: string;

function run(args: string[], script: string[] = [cli]) {
  const result = spawnSync(process.execPath, ['--import', hook, ...script, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NO_NETWORK_LOG: log, NO_NETWORK_QUIET: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function attempts(): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-offline-'));
  log = join(dir, 'network.log');
  const built = spawnSync(process.execPath, [join(repo, 'scripts', 'ensure-cli.mjs')], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the no-network hook', () => {
  it('refuses and logs fetch, sockets, http(s) and dns towards other hosts', () => {
    const tries = [
      "await fetch('https://example.org/').catch(() => {})",
      "try { (await import('node:net')).connect(443, 'example.org') } catch {}",
      "try { (await import('node:https')).get('https://example.org/') } catch {}",
      "try { (await import('node:http')).request({ host: '93.184.216.34', path: '/' }) } catch {}",
      "await (await import('node:dns')).promises.resolve4('example.org').catch(() => {})",
    ];
    for (const code of tries) {
      rmSync(log, { force: true });
      const result = run([], ['--input-type=module', '-e', code]);
      expect(result.status, code).toBe(0);
      expect(attempts(), code).toHaveLength(1);
    }
  });

  it('lets loopback sockets through', () => {
    rmSync(log, { force: true });
    const code = [
      "const net = await import('node:net');",
      "const server = net.createServer((s) => s.end('hi')).listen(0, '127.0.0.1');",
      "await new Promise((r) => server.once('listening', r));",
      "const c = net.connect(server.address().port, '127.0.0.1');",
      "c.on('data', (d) => { console.log(String(d)); c.end(); server.close(); });",
    ].join('\n');
    const result = run([], ['--input-type=module', '-e', code]);
    expect(result.stdout.trim()).toBe('hi');
    expect(attempts()).toEqual([]);
  });
});

describe('the briefing CLI offline', () => {
  it('generates, shows and exports without any network use', () => {
    rmSync(log, { force: true });
    const file = join(dir, 'x.briefing.json');
    const steps: string[][] = [
      ['generate', article, '-o', file],
      ['show', file],
      ['export', file, '--format', 'md', '--notes', 'all'],
      ['export', file, '--format', 'html', '-o', join(dir, 'x.html')],
      ['export', file, '--format', 'w3c', '--notes', 'all'],
    ];
    if (existsSync(chromium))
      steps.push(['export', file, '--format', 'pdf', '-o', join(dir, 'x.pdf')]);
    for (const args of steps) {
      const result = run(args);
      expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(0);
      expect(result.stderr).not.toMatch(/no-network: blocked/);
    }
    expect(statSync(file).size).toBeGreaterThan(1000);
    if (existsSync(chromium))
      expect(readFileSync(join(dir, 'x.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(attempts()).toEqual([]);
  }, 180_000);
});
