import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ExportDialog } from './pages/export-dialog';
import { MainScreen } from './pages/main-screen';

test('first start opens the seed briefing, shows its evidence and exports Markdown', async ({
  app,
}) => {
  const screen = new MainScreen(app.page);
  await expect(screen.title()).toBeVisible();
  await expect(screen.title()).not.toBeEmpty();
  await expect(screen.sectionHeading(/cooperation/i)).toBeVisible();
  await expect(screen.sectionHeading(/regional implications/i)).toBeVisible();
  await expect(screen.sectionHeading(/concerns/i)).toBeVisible();

  // A generated claim shows its source sentence in the article.
  const claim = app.page.getByRole('button', { name: /show source in article/i }).first();
  await claim.click();
  await expect(screen.articleRegion().locator('mark').first()).toBeVisible();

  const out = join(app.dataDir, 'seed-export.md');
  await app.setSavePath(out);
  const dialog = new ExportDialog(app.page);
  await dialog.openButton().click();
  await dialog.format('Markdown').check();
  await expect(dialog.notes('None')).toBeChecked(); // clean by default
  await dialog.exportButton().click();
  await expect(dialog.status()).toHaveText(`Saved ${out}`);
  const markdown = await readFile(out, 'utf8');
  const title = (await screen.title().textContent()) ?? '';
  expect(markdown).toContain(title.replace(/[!-/:-@[-`{-~]/g, '\\$&').slice(0, 20));
  expect(markdown).toMatch(/^#+ .*Cooperation/im);
  expect(markdown).toMatch(/^#+ .*Regional Implications/im);
  expect(markdown).toMatch(/^#+ .*Concerns/im);
  expect(markdown).toContain('Kadıoğlu');
});
