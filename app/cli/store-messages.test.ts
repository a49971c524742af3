import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingFile, openBriefing } from '../store/briefing-store';
import { StoreError } from '../store/errors';
import { shimFs } from '../store/testing/fs-shims';
import { sampleBriefingFile } from '../store/testing/sample-briefing';
import { cleanUpTempDirs, makeTempDir } from '../store/testing/temp-dir';
import { storeErrorMessage } from './store-messages';

afterEach(() => cleanUpTempDirs());

describe('storeErrorMessage', () => {
  it('a full disk during a command says the change was not saved, not "kept in memory"', async () => {
    const file = `${makeTempDir()}/x.briefing.json`;
    await createBriefingFile(file, sampleBriefingFile());
    const before = readFileSync(file);
    const shim = shimFs();
    const handle = await openBriefing(file, { fs: shim.fs });
    shim.failWritesWith = 'ENOSPC';
    const error = await handle.update((d) => void (d.sourceGrade = 'E')).catch((e: unknown) => e);
    // Space comes back before the command exits: what it said (not saved) must stay true.
    shim.failWritesWith = null;
    await handle.close({ retryFailed: false });
    expect(readFileSync(file)).toEqual(before);
    expect(error).toBeInstanceOf(StoreError);
    const message = await storeErrorMessage(error as StoreError, true);
    expect(message).toBe(
      `Could not save ${file}: the disk is full. The file was left as it was; the change was not saved.`,
    );
  });
});
