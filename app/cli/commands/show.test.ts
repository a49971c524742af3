import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingFile } from '../../store/briefing-store';
import { sampleBriefingFile } from '../../store/testing/sample-briefing';
import { cleanUpTempDirs, makeTempDir } from '../../store/testing/temp-dir';
import { runCapturing } from '../cli-harness';

afterEach(() => cleanUpTempDirs());

async function show(annotations: number): Promise<string> {
  const dir = makeTempDir();
  await createBriefingFile(path.join(dir, 'x.briefing.json'), sampleBriefingFile({ annotations }));
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
});
