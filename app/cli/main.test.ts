import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapturing } from './cli-harness';
import { commands } from './commands';

describe('briefing CLI', () => {
  it('lists every command in --help and exits 0', async () => {
    const run = await runCapturing(['--help']);
    expect(run.code).toBe(0);
    for (const command of commands) expect(run.stdout).toContain(command.name);
  });

  it('has --help on every command, naming its usage', async () => {
    for (const command of commands) {
      const run = await runCapturing([command.name, '--help']);
      expect(run.code, command.name).toBe(0);
      expect(run.stdout).toContain(`Usage: briefing ${command.name}`);
    }
  });

  it('refuses an unknown command with a hint', async () => {
    const run = await runCapturing(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "frobnicate".*--help/);
  });

  it('refuses an unknown option and a missing argument without a stack trace', async () => {
    const bad = await runCapturing(['show', 'x.json', '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'briefing show: Unknown option --nope for `briefing show`; see `briefing show --help`.\n',
    );
    const short = await runCapturing(['export', 'x.json', '-z']);
    expect(short.stderr).toBe(
      'briefing export: Unknown option -z for `briefing export`; see `briefing export --help`.\n',
    );
    const missing = await runCapturing(['show']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing argument/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains a missing file in one line, exit non-zero', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'));
    const run = await runCapturing(['show', 'missing.json'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/missing\.json/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says a foreign JSON file is not a briefing, and unreadable JSON is unreadable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'));
    await writeFile(join(dir, 'package.json'), '{"name":"x","version":"1.0.0"}');
    await writeFile(join(dir, 'broken.briefing.json'), '{"schemaVersion": 2, "id": ');
    const foreign = await runCapturing(['show', 'package.json'], dir);
    expect(foreign.code).not.toBe(0);
    expect(foreign.stderr).toMatch(/not a briefing/i);
    const broken = await runCapturing(['show', 'broken.briefing.json'], dir);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/JSON/);
  });

  it('prints a stack trace only with --debug', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'));
    const run = await runCapturing(['show', 'missing.json', '--debug'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  it('says an article given for a briefing is an article, for reading and writing commands', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'));
    await writeFile(
      join(dir, 'article.txt'),
      'On 8 September, Turkey’s Chief of the General Staff…\n',
    );
    await writeFile(join(dir, 'page.html'), '<!doctype html><title>x</title>');
    for (const argv of [
      ['show', 'article.txt'],
      ['check', 'article.txt'],
      ['notes', 'page.html'],
      ['annotate', 'article.txt', '--quote', 'Turkey'],
    ]) {
      const run = await runCapturing(argv, dir);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.stderr).toBe(
        `briefing ${argv[0]}: ${join(dir, argv[1] ?? '')} is not a briefing file (it looks like an article; use \`briefing generate\`).\n`,
      );
    }
  });

  it('says a damaged file was left untouched only for commands that write', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'));
    await writeFile(join(dir, 'bad.briefing.json'), '{"schemaVersion": 2, "id": ');
    for (const command of ['show', 'check', 'notes']) {
      const run = await runCapturing([command, 'bad.briefing.json'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/is not valid JSON \(unexpected end at byte 27\)\.\n$/);
    }
    const export_ = await runCapturing(['export', 'bad.briefing.json', '-f', 'md'], dir);
    expect(export_.stderr).not.toContain('untouched');
    const annotate = await runCapturing(['annotate', 'bad.briefing.json', '-q', 'x'], dir);
    expect(annotate.stderr).toContain('The file was left untouched; there is no backup of it.');
  });
});
