import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBriefingFile } from '../../store/briefing-store';
import { runCapturing } from '../cli-harness';

const root = resolve(import.meta.dirname, '../../..');
const seed = join(root, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt');

async function freshBriefing(): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'notes-')), 'x.briefing.json');
  expect((await runCapturing(['generate', seed, '-o', out])).code).toBe(0);
  return out;
}

describe('briefing notes', () => {
  it('says when there are no notes', async () => {
    const file = await freshBriefing();
    expect(await runCapturing(['notes', file])).toMatchObject({ code: 0, stdout: 'No notes.\n' });
    expect((await runCapturing(['notes', file, '--json'])).stdout).toBe('[]\n');
  });

  it('marks private notes, shows shared ones, and prints the stored array with --json', async () => {
    const file = await freshBriefing();
    await runCapturing(['annotate', file, '-q', 'Ankara', '--note', 'line one\nline two']);
    await runCapturing(['annotate', file, '-q', 'Damascus', '--shared', '--colour', 'gap']);
    const run = await runCapturing(['notes', file]);
    expect(run.stdout).toMatch(/^2 notes\n/);
    expect(run.stdout).toContain('[anchored · Key fact · 🔒 private]');
    expect(run.stdout).toContain('[anchored · Question / intelligence gap · shared]');
    expect(run.stdout).toContain('  article: "Damascus"');
    expect(run.stdout).toContain('  > line one\n  > line two');
    const json = await runCapturing(['notes', file, '--json']);
    expect(JSON.parse(json.stdout)).toEqual((await readBriefingFile(file)).annotations);
  });

  it('explains a missing file in one line', async () => {
    const run = await runCapturing(['notes', '/nonexistent/x.briefing.json']);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
