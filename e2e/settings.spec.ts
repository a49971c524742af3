import { expect, test } from './fixtures';
import { ExportDialog } from './pages/export-dialog';
import { LibraryScreen } from './pages/library-screen';
import { MainScreen } from './pages/main-screen';
import { expectNoAxeViolations, snap } from './support';

test('settings change the reading and the export defaults, and hold after a restart', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const exportDialog = new ExportDialog(page);
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const readingSize = () =>
    page.evaluate(() => document.documentElement.style.getPropertyValue('--reading-size'));
  const articleFontSize = () =>
    screen
      .articleRegion()
      .locator('.reading')
      .evaluate((el) => getComputedStyle(el).fontSize);

  await expect(screen.title()).toBeVisible();
  await screen.articleRegion().focus();
  await page.keyboard.press(`${mod}+,`);
  await expect(settings).toBeVisible();
  await expect(settings.getByLabel('Theme')).toBeFocused();
  await expectNoAxeViolations(page, 'settings');

  // Reading: applied at once, behind the dialog.
  await settings.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await settings.getByLabel('Text size (px)').fill('21');
  await expect.poll(readingSize).toBe('21px');
  await expect.poll(articleFontSize).toBe('21px');
  await settings.getByLabel('Line width').selectOption({ label: 'Wide (90 characters)' });
  await expectNoAxeViolations(page, 'settings, dark');
  await snap(page, testInfo, 'settings-dark');
  // A size out of range is not taken.
  await settings.getByLabel('Text size (px)').fill('99');
  await expect.poll(readingSize).toBe('21px');

  // Export defaults: the dialog starts with them; notes still start at None.
  await settings.getByLabel('Format').selectOption('Markdown');
  await settings.getByLabel('Paper').selectOption('Letter');
  // The reader's keys wait while Settings is open: Ctrl+E does not open the export dialog.
  await page.keyboard.press(`${mod}+e`);
  await expect(exportDialog.root()).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(settings).toHaveCount(0);
  await page.keyboard.press(`${mod}+e`);
  await expect(exportDialog.root()).toBeVisible();
  await expect(exportDialog.format('Markdown')).toBeChecked();
  await expect(exportDialog.paper('Letter')).toBeChecked();
  await expect(exportDialog.notes('None')).toBeChecked();
  await page.keyboard.press('Escape');

  // A restart keeps everything; the library has the same Settings.
  await app.reload();
  await expect(screen.title()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(articleFontSize).toBe('21px');
  await page.keyboard.press(`${mod}+l`);
  await expect(new LibraryScreen(page).heading()).toBeVisible();
  await page.keyboard.press(`${mod}+,`);
  await expect(settings.getByLabel('Paper')).toHaveValue('letter');
  await expect(settings.getByLabel('Line width')).toHaveValue('90');

  await settings.getByRole('button', { name: 'Restore defaults' }).click();
  await expect(settings.getByLabel('Theme')).toHaveValue('system');
  await expect(settings.getByLabel('Format')).toHaveValue('pdf');
  await expect.poll(readingSize).toBe('18px');
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(settings).toHaveCount(0);
});
