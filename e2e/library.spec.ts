import { access, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { repoRoot } from './environment';
import { expect, test } from './fixtures';
import { LibraryScreen } from './pages/library-screen';
import { MainScreen } from './pages/main-screen';
import { expectNoAxeViolations } from './support';

const ARTICLE = join(repoRoot, '..', 'shared', 'fixtures', 'articles', 'a02.txt');
const NOTED = "The SUVs will be built in Japan using Peugeot's diesel engines";

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(60_000);

/** From the seed briefing to the library, then a02.txt dropped on the drop zone. */
async function dropA02(page: Page): Promise<void> {
  const screen = new MainScreen(page);
  const library = new LibraryScreen(page);
  await expect(screen.title()).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(library.heading()).toBeVisible();
  await library.dropFile('a02.txt', await readFile(ARTICLE, 'utf8'));
  await expect(screen.title()).toContainText(/Mitsubishi/);
}

test('a dropped article becomes a briefing; rename, delete and undo in the library', async ({
  app,
}) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const library = new LibraryScreen(page);

  await dropA02(page);
  await expect(screen.articleRegion()).toContainText('Struggling Japanese car maker');
  await expect(screen.notesHeading()).toHaveText('Notes (0)');

  // A file that is not an article is refused with a sentence, nothing is imported.
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(library.rows()).toHaveCount(3); // header + seed + a02
  await library.dropFile('photo.png', 'not an article');
  await expect(page.getByRole('alert')).toHaveText('Drop a .txt, .md or .html article.');
  await expect(library.rows()).toHaveCount(3);

  // Rename: the file takes the new name, the title stays.
  const row = library.row(/^Peugeot/);
  await expect(row).toContainText('a02.briefing.json');
  // Esc cancels a rename; a name another briefing has is refused with a sentence.
  await row.getByRole('button', { name: /^Rename the file of Peugeot/ }).click();
  await page.getByLabel('File name').press('Escape');
  await expect(page.getByLabel('File name')).toHaveCount(0);
  await row.getByRole('button', { name: /^Rename the file of Peugeot/ }).click();
  await page.getByLabel('File name').fill('turkey-syria-air-defence-2025-09-08');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('alert')).toContainText('already exists; choose another name.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await row.getByRole('button', { name: /^Rename the file of Peugeot/ }).click();
  const nameBox = page.getByLabel('File name');
  await expect(nameBox).toBeFocused();
  await expect(nameBox).toHaveValue('a02');
  await nameBox.fill('peugeot-mitsubishi');
  await expectNoAxeViolations(page, 'library rename');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'renamed' })).toHaveText(
    /File renamed to peugeot-mitsubishi\.briefing\.json/,
  );
  // Focus returns to the row (not lost to the page), and the title never changed.
  await expect(
    library.row(/^Peugeot/).getByRole('button', { name: /^Rename the file of Peugeot/ }),
  ).toBeFocused();
  await expect(library.row(/^Peugeot/)).toContainText('peugeot-mitsubishi.briefing.json');
  await expect(page.getByRole('alert')).toHaveCount(0); // the earlier refusal is gone
  await access(join(app.libraryDir, 'peugeot-mitsubishi.briefing.json'));

  // Delete, then Undo restores it.
  await library
    .row(/^Peugeot/)
    .getByRole('button', { name: /^Delete Peugeot/ })
    .click();
  const status = page.getByRole('status').filter({ hasText: /trash|Restored/ });
  await expect(status).toContainText('to the trash');
  await expect(library.rows()).toHaveCount(2);
  await expect(library.row(/^Peugeot/)).toHaveCount(0);
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(status).toContainText('Restored');
  await expect(library.rows()).toHaveCount(3);
  await expect(library.row(/^Peugeot/)).toContainText('peugeot-mitsubishi.briefing.json');

  // Two deletes in a row: Undo and Ctrl+Z bring both back, newest first.
  await library
    .row(/^Peugeot/)
    .getByRole('button', { name: /^Delete Peugeot/ })
    .click();
  await expect(library.rows()).toHaveCount(2);
  await library
    .rows()
    .nth(1)
    .getByRole('button', { name: /^Delete / })
    .click();
  await expect(library.rows()).toHaveCount(0);
  await expect(page.getByText(/^No briefings yet\./)).toBeVisible();
  await status.getByRole('button', { name: /^Undo: restore “/ }).click();
  await expect(library.rows()).toHaveCount(2);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(library.rows()).toHaveCount(3);
  await expect(status).toContainText('Restored “Peugeot');

  // A search that matches nothing says so (not "no briefings yet").
  await page.getByLabel('Search titles').fill('zzz');
  await expect(page.getByText('No briefing title contains “zzz”.')).toBeVisible();
  await page.getByLabel('Search titles').fill('');

  // The restored briefing opens.
  await library.openButton(/^Peugeot/).click();
  await expect(screen.title()).toContainText(/Mitsubishi/);
});

test('an orphaned note is shown and re-attached to a new selection', async ({ app }) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const library = new LibraryScreen(page);
  const article = screen.articleRegion();

  await dropA02(page);
  await screen.selectPhrase(article, NOTED);
  await expect(screen.selectionToolbar()).toBeVisible();
  await page.keyboard.press('h');
  await expect(screen.notesHeading()).toHaveText('Notes (1)');
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ })).toBeVisible();

  // The article is updated without the noted sentence (as an update from a newer copy would).
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(library.heading()).toBeVisible();
  const text = await readFile(ARTICLE, 'utf8');
  const sentence = `${NOTED} and sold mainly in the European market. `;
  expect(text).toContain(sentence);
  const counts = await page.evaluate(
    async ([updated]) => {
      const items = await window.api.library.list();
      if (!items.ok) throw new Error(items.error.message);
      const item = items.value.find((i) => i.title?.startsWith('Peugeot'));
      if (!item) throw new Error('no Peugeot briefing');
      const result = await window.api.briefing.updateArticle({
        path: item.path,
        fileName: 'a02.txt',
        text: updated,
      });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.counts;
    },
    [text.replace(sentence, '')] as const,
  );
  expect(counts).toEqual({ anchored: 0, moved: 0, orphaned: 1 });

  await library.openButton(/^Peugeot/).click();
  await expect(screen.notesHeading()).toHaveText('Notes (1)');
  const orphans = page.getByRole('list', { name: 'Orphaned notes' });
  await expect(page.getByRole('heading', { name: 'Orphaned (1)' })).toBeVisible();
  await expect(orphans.getByRole('article')).toContainText(NOTED);
  await expect(article.locator('mark.hl')).toHaveCount(0);
  const reattach = orphans.getByRole('button', { name: 'Re-attach to selection' });
  await expect(reattach).toBeDisabled();
  await expectNoAxeViolations(page, 'orphaned note');

  // Select new words, re-attach: the note is anchored there and highlighted.
  await screen.selectPhrase(article, 'sports utility vehicles');
  await expect(screen.selectionToolbar()).toBeVisible();
  await expect(reattach).toBeEnabled();
  await reattach.click();
  await expect(page.getByRole('status').filter({ hasText: 'Note re-attached.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Orphaned/ })).toHaveCount(0);
  await expect(screen.noteCards()).toHaveCount(1);
  await expect(screen.noteCards()).toContainText('sports utility vehicles');
  await expect(screen.noteCards().getByRole('button', { name: 'Show in text' })).toBeVisible();
  await expect(article.locator('mark.hl', { hasText: 'sports utility vehicles' })).toBeVisible();

  // And it stays so after a reload.
  await app.reload();
  await library.openButton(/^Peugeot/).click();
  await expect(article.locator('mark.hl', { hasText: 'sports utility vehicles' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Orphaned/ })).toHaveCount(0);
});

test('the legend is data: rename and recolour a meaning, it holds after a reload', async ({
  app,
}) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const library = new LibraryScreen(page);
  const article = screen.articleRegion();
  await page.emulateMedia({ colorScheme: 'light' });

  await dropA02(page);
  await screen.selectPhrase(article, 'Struggling Japanese car maker');
  await expect(screen.selectionToolbar()).toBeVisible();
  await page.keyboard.press('h'); // the first colour: Key fact
  await expect(screen.noteCards()).toHaveCount(1);
  await expect(screen.noteCards()).toContainText('Key fact');
  const mark = article.locator('mark.hl', { hasText: 'Struggling Japanese car maker' });
  await expect(mark).toHaveCSS('background-color', 'rgb(255, 243, 176)'); // #FFF3B0

  await screen.notes().getByRole('button', { name: 'Legend…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Colour legend' });
  await expect(dialog).toBeVisible();
  const label = dialog.getByLabel('Label for colour 1');
  await expect(label).toHaveValue('Key fact');
  await expectNoAxeViolations(page, 'legend editor');

  // A blank label is refused with a sentence; the dialog stays open.
  await label.fill(' ');
  await dialog.getByRole('button', { name: 'Save legend' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Colour 1 needs a label.');
  // So is a colour the text would be unreadable on (DESIGN.md: AA in both themes).
  await label.fill('Confirmed fact');
  await dialog.getByLabel('Light theme colour for Confirmed fact').fill('#333333');
  await dialog.getByRole('button', { name: 'Save legend' }).click();
  await expect(dialog.getByRole('alert')).toContainText('light theme would be hard to read');

  await label.fill('Confirmed fact');
  await dialog.getByLabel('Light theme colour for Confirmed fact').fill('#ffcc00');
  await dialog.getByLabel('Dark theme colour for Confirmed fact').fill('#334455');
  await dialog.getByRole('button', { name: 'Save legend' }).click();
  await expect(dialog).toHaveCount(0);

  // The notes list, the colour filter and the highlight follow at once.
  await expect(screen.noteCards()).toContainText('Confirmed fact');
  await expect(screen.noteCards().first()).toHaveAccessibleName(/^Confirmed fact note/);
  await expect(
    screen.notes().getByLabel('Colour', { exact: true }).getByRole('option', {
      name: 'Confirmed fact',
    }),
  ).toHaveCount(1);
  await expect(mark).toHaveCSS('background-color', 'rgb(255, 204, 0)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(mark).toHaveCSS('background-color', 'rgb(51, 68, 85)');
  await page.emulateMedia({ colorScheme: 'light' });

  // New highlights offer the new name too.
  await screen.selectPhrase(article, 'Memorandum of Understanding');
  await expect(
    screen.selectionToolbar().getByRole('button', { name: /Confirmed fact/ }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  // Saved in the briefing file: still there after a reload.
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ })).toBeVisible();
  await app.reload();
  await library.openButton(/^Peugeot/).click();
  await expect(screen.noteCards()).toContainText('Confirmed fact');
  await expect(mark).toHaveCSS('background-color', 'rgb(255, 204, 0)');
  const saved = JSON.parse(await readFile(join(app.libraryDir, 'a02.briefing.json'), 'utf8')) as {
    legend: { key: string; label: string; light: string; dark: string }[];
  };
  expect(saved.legend[0]).toEqual({
    key: 'fact',
    label: 'Confirmed fact',
    light: '#FFCC00',
    dark: '#334455',
  });
});

test('the shortcut sheet lists the keys as bound, and they work', async ({ app }) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const library = new LibraryScreen(page);
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  const shown = process.platform === 'darwin' ? '⌘' : 'Ctrl';

  await expect(screen.title()).toBeVisible();
  await screen.articleRegion().focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  const row = (keys: string) =>
    sheet.getByRole('row').filter({ has: page.getByRole('cell', { name: keys, exact: true }) });
  await expect(row(`${shown}+E`)).toContainText('Export…');
  await expect(sheet).not.toContainText('Export Markdown');
  await expect(row(`${shown}+,`)).toContainText('Settings');
  await expect(row('F6 / Shift+F6')).toContainText('Next / previous pane');
  await expectNoAxeViolations(page, 'shortcut sheet');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // Ctrl+E opens the export dialog (not a Markdown export).
  await screen.articleRegion().focus();
  await page.keyboard.press(`${mod}+e`);
  const exportDialog = page.getByRole('dialog', { name: 'Export briefing' });
  await expect(exportDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exportDialog).toHaveCount(0);

  // Ctrl+2 hides and shows the notes pane; Ctrl+L goes to the library.
  // A collapsed pane is 0 px wide (its content stays in the DOM), so measure the pane.
  const notesWidth = () =>
    screen
      .notesHeading()
      .evaluate((h) => h.closest('[data-panel]')?.getBoundingClientRect().width ?? -1);
  expect(await notesWidth()).toBeGreaterThan(100);
  await page.keyboard.press(`${mod}+2`);
  await expect.poll(notesWidth).toBe(0);
  // Its controls leave the tab order while it is collapsed (the pane is inert).
  const notesPaneInert = () => screen.notesHeading().evaluate((h) => h.closest('[inert]') !== null);
  await expect.poll(notesPaneInert).toBe(true);
  await page.keyboard.press(`${mod}+2`);
  await expect.poll(notesPaneInert).toBe(false);
  await expect.poll(notesWidth).toBeGreaterThan(100);

  // F6 walks the open panes; a collapsed pane is skipped.
  await screen.articleRegion().focus();
  await page.keyboard.press('F6');
  await expect(screen.notesHeading()).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.locator('#pane-contents a').first()).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(screen.notesHeading()).toBeFocused();
  await page.keyboard.press(`${mod}+2`);
  await expect.poll(notesPaneInert).toBe(true);
  await screen.articleRegion().focus();
  await page.keyboard.press('F6');
  await expect(page.locator('#pane-contents a').first()).toBeFocused();
  await page.keyboard.press(`${mod}+2`);

  await page.keyboard.press(`${mod}+l`);
  await expect(library.heading()).toBeVisible();
});

/** Windows-1252 bytes for text that fits it (as a Windows editor or an old site saves it). */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
  Object.assign(high, { '–': 0x96, '—': 0x97 });
  return Uint8Array.from([...text], (ch) => {
    const code = high[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`${ch} is not in Windows-1252`);
    return code;
  });
}

test('a dropped Windows-1252 article reads right; a binary file named .txt is refused', async ({
  app,
}) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const library = new LibraryScreen(page);
  await expect(screen.title()).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(library.heading()).toBeVisible();

  const extra = '\n\nTraders in Zürich called it a “café deal” — quietly, for €2 billion.';
  const text = (await readFile(ARTICLE, 'utf8')).replace(/[^\t\n\x20-\xff€‘’“”–—]/g, '') + extra;
  await library.dropFile('a02-legacy.txt', windows1252(text));
  await expect(screen.title()).toContainText(/Mitsubishi/);
  await expect(screen.articleRegion()).toContainText(
    'Traders in Zürich called it a “café deal” — quietly, for €2 billion.',
  );
  await expect(screen.articleRegion()).not.toContainText('\uFFFD');

  await page.getByRole('button', { name: 'Library' }).click();
  await expect(library.rows()).toHaveCount(3); // header + seed + a02-legacy
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]);
  await library.dropFile('photo.txt', png);
  await expect(page.getByRole('alert')).toContainText('photo.txt looks like a binary file');
  await expect(library.rows()).toHaveCount(3);
});
