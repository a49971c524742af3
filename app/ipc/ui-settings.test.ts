import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUiSettings, DEFAULT_SETTINGS } from './ui-settings';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ui-settings-'));
  file = join(dir, '.ui-state.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const NOW = '2026-11-25T10:00:00.000Z';

describe('preferences and per-briefing UI state', () => {
  it('starts from the defaults and keeps a change for the next start', async () => {
    expect((await createUiSettings(file).get(null)).global).toEqual(DEFAULT_SETTINGS);
    await createUiSettings(file).save({ global: { paper: 'letter', exportFormat: 'md' } }, NOW);
    const again = await createUiSettings(file).get(null);
    expect(again.global).toEqual({ ...DEFAULT_SETTINGS, paper: 'letter', exportFormat: 'md' });
  });

  it('drops a stored value that is not valid any more, keeping the others', async () => {
    await writeFile(
      file,
      JSON.stringify({
        global: { theme: 'purple', fontSize: 22, paper: 'legal', exportFormat: 'html', extra: 1 },
        briefings: {},
      }),
    );
    const { global } = await createUiSettings(file).get(null);
    expect(global).toEqual({ ...DEFAULT_SETTINGS, fontSize: 22, exportFormat: 'html' });
  });

  it('treats a damaged file as no preferences, and replaces it on the next save', async () => {
    await writeFile(file, '{"global": {"theme": "da');
    const settings = createUiSettings(file);
    expect((await settings.get(null)).global).toEqual(DEFAULT_SETTINGS);
    await settings.save({ global: { theme: 'dark' } }, NOW);
    expect(JSON.parse(await readFile(file, 'utf8')).global.theme).toBe('dark');
  });

  it('keeps UI state per briefing', async () => {
    const settings = createUiSettings(file);
    await settings.save({ path: '/a.briefing.json', briefing: { collapsed: ['notes'] } }, NOW);
    await settings.save({ path: '/a.briefing.json', briefing: { layout: { notes: 20 } } }, NOW);
    expect((await settings.get('/a.briefing.json')).briefing).toEqual({
      collapsed: ['notes'],
      layout: { notes: 20 },
    });
    expect((await settings.get('/b.briefing.json')).briefing).toEqual({});
  });
});
