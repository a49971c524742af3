import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceInfo } from '../../core/briefing';
import { createBriefingFile } from '../../store/briefing-store';
import { sampleBriefingFile } from '../../store/testing/sample-briefing';
import { cleanUpTempDirs, makeTempDir } from '../../store/testing/temp-dir';
import { runCapturing } from '../cli-harness';

afterEach(() => cleanUpTempDirs());

async function show(annotations: number, source: Partial<SourceInfo> = {}): Promise<string> {
  const dir = makeTempDir();
  const file = sampleBriefingFile({ annotations });
  file.briefing.source = { ...file.briefing.source, ...source };
  await createBriefingFile(path.join(dir, 'x.briefing.json'), file);
  const run = await runCapturing(['show', 'x.briefing.json'], dir);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

describe('briefing show', () => {
  it('ends with the note count, in words that agree with it', async () => {
    expect(await show(0)).toMatch(/\n0 notes\.\n$/);
    expect(await show(1)).toMatch(/\n1 note\.\n$/);
    expect(await show(3)).toMatch(/\n3 notes\.\n$/);
  });

  it('says what the article says about verification, and no more', async () => {
    const header = async (source: Partial<SourceInfo>) => (await show(0, source)).split('\n')[2];
    expect(await header({ verified: true })).toBe('2025-09-08 · Example Wire · verified');
    expect(
      await header({ verified: false, disclaimer: 'Example Wire has not verified this story.' }),
    ).toBe('2025-09-08 · Example Wire · not verified (the publisher says so)');
    expect(await header({ verified: false, disclaimer: null })).toBe(
      '2025-09-08 · Example Wire · no verification statement',
    );
  });
});
