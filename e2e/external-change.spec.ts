import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { MainScreen } from './pages/main-screen';

test('a briefing changed on disk by another program is reloaded and the user is told', async ({
  app,
}) => {
  const screen = new MainScreen(app.page);
  await expect(screen.title()).toBeVisible();
  const name = (await readdir(app.libraryDir)).find((f) => f.endsWith('.briefing.json'));
  expect(name).toBeDefined();
  const file = join(app.libraryDir, name!);

  // Another program (a sync client, an editor) replaces the file the way they do: temp + rename.
  const data = JSON.parse(await readFile(file, 'utf8')) as { briefing: { title: string } };
  data.briefing.title = 'Retitled by another program';
  await writeFile(`${file}.sync-tmp`, JSON.stringify(data, null, 2));
  await rename(`${file}.sync-tmp`, file);

  await expect(screen.title()).toHaveText('Retitled by another program');
  await expect(app.page.getByText(/changed on disk by another program/)).toBeVisible();

  // The reloaded version is what the app now edits: nothing of the old one is written back.
  await app.reload();
  await expect(screen.title()).toHaveText('Retitled by another program');
});
