import { describe, expect, it } from 'vitest';
import { readBriefingFile } from '../../store/briefing-store';
import { freshSeedBriefing, runCapturing } from '../cli-harness';

const freshBriefing = (): Promise<string> => freshSeedBriefing('notes-');

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
