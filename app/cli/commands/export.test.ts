import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBriefing } from '../../export/testing/seed-fixture';
import type { CliIo } from '../command';
import { runCli } from '../main';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const text = readFileSync(
  path.join(repoRoot, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt'),
  'utf8',
);
const seed = seedBriefing(text, createHash('sha256').update(text).digest('hex'));
const hasChromium = existsSync(process.env['CHROMIUM_PATH'] || '/usr/bin/chromium');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'export-cli-'));
  writeFileSync(path.join(dir, 'seed.briefing.json'), JSON.stringify(seed));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: dir,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1764090000' },
  };
  const code = await runCli(['export', ...argv], io);
  return { code, stdout, stderr };
}

describe('briefing export', () => {
  it('writes Markdown to stdout and the manifest to stderr', async () => {
    const r = await run('seed.briefing.json', '--format', 'md', '--notes', 'shared');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('---\ntitle: "Turkey deepens')).toBe(true);
    expect(r.stdout).toContain('generated-at: "2025-11-25T17:00:00.000Z"');
    expect(r.stdout).toContain('Confirms the August accord');
    expect(r.stdout).not.toContain('Private source suggests');
    expect(r.stderr).toContain('2 shared notes included\n1 private note excluded\n');
  });

  it('applies --handling and --paper to HTML', async () => {
    const r = await run(
      'seed.briefing.json',
      '-f',
      'html',
      '--handling',
      'TLP:RED',
      '--paper',
      'letter',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<p class="handling-banner">TLP:RED</p>');
    expect(r.stdout).toMatch(/@page \{\s*size: letter;/);
    expect(r.stdout).toContain('src: url(data:font/woff2;base64,');
  });

  it('writes atomically to -o and leaves no temporary file', async () => {
    const r = await run('seed.briefing.json', '--format', 'md', '-o', 'out/x.md');
    expect(r.code).toBe(1);
    // Nothing about notes going out when nothing went out.
    expect(r.stderr).toMatch(
      /^briefing export: Cannot write .*out\/x\.md: its folder does not exist\.\n$/,
    );
    mkdirSync(path.join(dir, 'out'));
    const ok = await run('seed.briefing.json', '--format', 'md', '-o', 'out/x.md');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toBe(
      `Clean export: no analyst notes\n2 shared notes excluded\n1 private note excluded\nWrote ${path.join(dir, 'out/x.md')}\n`,
    );
    expect(readFileSync(path.join(dir, 'out/x.md'), 'utf8')).toContain('# Turkey deepens');
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['x.md']);
  });

  it('keeps the mode of a file it writes over; a new file gets the umask default', async () => {
    const priv = path.join(dir, 'private.md');
    writeFileSync(priv, 'old');
    chmodSync(priv, 0o600);
    const over = await run('seed.briefing.json', '--format', 'md', '--notes', 'all', '-o', priv);
    expect(over.code, over.stderr).toBe(0);
    expect(readFileSync(priv, 'utf8')).toContain('# Turkey deepens');
    expect(statSync(priv).mode & 0o777).toBe(0o600);
    const fresh = path.join(dir, 'fresh.md');
    expect((await run('seed.briefing.json', '--format', 'md', '-o', fresh)).code).toBe(0);
    const umask = process.umask();
    expect(statSync(fresh).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('gives one clear sentence for an unwritable path or a folder', async () => {
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      const r = await run('seed.briefing.json', '--format', 'md', '-o', 'locked/x.md');
      if (process.getuid?.() !== 0) {
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(
          /^briefing export: Cannot write .*locked\/x\.md: permission denied\.\n$/,
        );
      }
    } finally {
      chmodSync(locked, 0o700);
    }
    const folder = await run('seed.briefing.json', '--format', 'md', '-o', 'out');
    expect(folder.stderr).toContain('it is a folder; give a file name.');
  });

  it.runIf(existsSync('/proc/version'))(
    'gives the real reason for a folder that exists but refuses new files',
    async () => {
      const r = await run('seed.briefing.json', '--format', 'md', '-o', '/proc/version');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^briefing export: Cannot write \/proc\/version: [^\n]+\n$/);
      expect(r.stderr).not.toContain('does not exist');
    },
  );

  it('writes through a symlink and into a FIFO-like special file without replacing it', async () => {
    const { symlinkSync, lstatSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'real.md'), 'old');
    symlinkSync(path.join(dir, 'real.md'), path.join(dir, 'link.md'));
    expect((await run('seed.briefing.json', '--format', 'md', '-o', 'link.md')).code).toBe(0);
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.md'), 'utf8')).toContain('# Turkey deepens');
    if (existsSync('/dev/null')) {
      expect((await run('seed.briefing.json', '--format', 'md', '-o', '/dev/null')).code).toBe(0);
      expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    }
  });

  it('refuses bad options with usage errors', async () => {
    expect((await run('seed.briefing.json')).stderr).toContain('choose an output with --format');
    expect((await run('seed.briefing.json', '--format', 'docx')).stderr).toContain(
      '--format must be one of md, html, pdf, w3c',
    );
    expect((await run('seed.briefing.json', '--format', 'md', '--notes', 'some')).code).toBe(2);
    expect((await run('seed.briefing.json', '--format', 'md', '--paper', 'a3')).code).toBe(2);
    expect((await run('seed.briefing.json', '--format', 'md', '--handling', ' ')).code).toBe(2);
    const pdf = await run('seed.briefing.json', '--format', 'pdf');
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('a PDF needs -o FILE');
    const none = await run('seed.briefing.json', '--format', 'w3c', '--notes', 'none');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('use --notes all (the default for w3c) or --notes shared');
  });

  it('reports a missing or invalid briefing file', async () => {
    const r = await run('missing.briefing.json', '--format', 'md');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('exports the selected notes as a W3C annotation collection', async () => {
    const r = await run('seed.briefing.json', '--format', 'w3c', '--notes', 'shared');
    expect(r.code).toBe(0);
    const collection = JSON.parse(r.stdout) as { type: string; total: number };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    expect(r.stdout).not.toContain('Private source suggests');
  });

  it('exports all notes as W3C by default, saying so on stderr', async () => {
    const r = await run('seed.briefing.json', '--format', 'w3c');
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { total: number }).total).toBe(3);
    expect(r.stderr).toMatch(/^2 shared notes included\n1 private note included\n/);
  });

  it.skipIf(!hasChromium)('writes a PDF', async () => {
    const r = await run('seed.briefing.json', '--format', 'pdf', '-o', 'x.pdf');
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'x.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('briefing export -o onto a briefing', () => {
  it('refuses the input itself, any *.briefing.json name and an existing briefing, writing nothing', async () => {
    const original = readFileSync(path.join(dir, 'seed.briefing.json'), 'utf8');
    writeFileSync(path.join(dir, 'copy.json'), original);
    const { symlinkSync } = await import('node:fs');
    symlinkSync(path.join(dir, 'seed.briefing.json'), path.join(dir, 'alias.md'));
    for (const target of [
      'seed.briefing.json',
      path.join(dir, 'seed.briefing.json'),
      'alias.md',
      'other.briefing.json',
      'copy.json',
    ]) {
      const r = await run('seed.briefing.json', '--format', 'md', '-o', target);
      expect(r.code, target).toBe(2);
      expect(r.stderr, target).toMatch(
        /^briefing export: Not writing the export to .*notes would be lost; choose another -o file\.\n$/,
      );
    }
    expect(readFileSync(path.join(dir, 'seed.briefing.json'), 'utf8')).toBe(original);
    expect(readFileSync(path.join(dir, 'copy.json'), 'utf8')).toBe(original);
    expect(existsSync(path.join(dir, 'other.briefing.json'))).toBe(false);
  });

  it('still replaces an earlier export that is not a briefing', async () => {
    writeFileSync(path.join(dir, 'old.json'), '{"type": "AnnotationCollection"}');
    const r = await run(
      'seed.briefing.json',
      '--format',
      'w3c',
      '--notes',
      'all',
      '-o',
      'old.json',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'old.json'), 'utf8')).toContain('"total": 3');
  });
});
