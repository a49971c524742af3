import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './environment';
import { expect, test } from './fixtures';
import { LibraryScreen } from './pages/library-screen';
import { MainScreen } from './pages/main-screen';
import { expectNoAxeViolations, snap } from './support';

const ARTICLE = join(repoRoot, '..', 'shared', 'fixtures', 'articles', 'a02.txt');
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);

test('an analyst imports, reads, annotates, searches, filters and finds it all after a reload', async ({
  app,
}) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const library = new LibraryScreen(page);

  // First start: the seed briefing; go to the library and paste an article.
  await expect(screen.title()).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(library.heading()).toBeVisible();
  await expect(library.rows()).toHaveCount(2); // header + seed
  await expectNoAxeViolations(page, 'library');
  await library.pasteBox().fill(await readFile(ARTICLE, 'utf8'));
  await library.generateButton().click();
  await expect(screen.title()).toContainText(/Mitsubishi/);
  await expect(screen.notesHeading()).toHaveText('Notes (0)');
  await expect(
    page.getByText('Select text and press H to highlight, N to add a note.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'briefing');

  // Traceability: a claim leads to its sentence; Alt+← comes back to the claim.
  const firstSource = screen.sourceLinks().first();
  await firstSource.click();
  await expect(screen.articleRegion().locator('mark.src').first()).toBeVisible();
  await screen.articleRegion().focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(firstSource).toBeFocused();

  const article = screen.articleRegion();
  const toolbar = screen.selectionToolbar();

  // 1. Mouse: select, pick "Question / intelligence gap" on the toolbar, Highlight.
  await screen.selectPhrase(article, 'Struggling Japanese car maker');
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: /Question/ }).click();
  await toolbar.getByRole('button', { name: /Highlight/ }).click();
  await expect(screen.notesHeading()).toHaveText('Notes (1)');
  await expect(
    article.locator('mark.hl', { hasText: 'Struggling Japanese car maker' }),
  ).toBeVisible();

  // 2. Keyboard: N opens the editor; Markdown with raw HTML; tags; Save by mouse.
  await screen.selectPhrase(article, 'Memorandum of Understanding');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('n');
  const editor = screen.noteEditor('New note');
  await expect(editor).toBeVisible();
  await editor.getByLabel('Note (Markdown)').fill('**Check** the MoU <b>raw</b>');
  await expect(editor.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText(
    'Check',
  );
  await expect(editor.getByRole('region', { name: 'Preview' })).toContainText('<b>raw</b>');
  await editor.getByLabel('Tags (comma-separated)').fill('deal, follow');
  await expectNoAxeViolations(page, 'note editor');
  await editor.getByRole('button', { name: 'Save note' }).click();
  await expect(screen.notesHeading()).toHaveText('Notes (2)');

  // 3. A generated item: select it all, 2 = judgement colour, H.
  const item = screen.briefingRegion().locator('[data-block-id]').first();
  await item.selectText();
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('2');
  await expect(toolbar.getByRole('button', { name: /judgement/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('h');
  await expect(screen.notesHeading()).toHaveText('Notes (3)');
  await expect(screen.noteCards().filter({ hasText: "Analyst's judgement" })).toHaveCount(1);

  // 4. Keyboard only after selecting: N, type, shared, Ctrl+Enter.
  await screen.selectPhrase(article, "Peugeot's diesel engines");
  await page.keyboard.press('n');
  await editor.getByLabel('Note (Markdown)').fill('Engines are the real asset.');
  await editor.getByLabel('Tags (comma-separated)').fill('follow');
  await editor.getByLabel(/Private/).uncheck();
  await editor.getByLabel('Note (Markdown)').press(`${mod}+Enter`);
  await expect(screen.notesHeading()).toHaveText('Notes (4)');

  // 5. Toolbar "Note" button by mouse.
  await screen.selectPhrase(article, 'profit warnings');
  await toolbar.getByRole('button', { name: /^Note/ }).click();
  await editor.getByLabel('Note (Markdown)').fill('How many warnings exactly?');
  await editor.getByRole('button', { name: 'Save note' }).click();
  await expect(screen.notesHeading()).toHaveText('Notes (5)');

  // Private notes say so; shared ones too.
  await expect(screen.noteCards().filter({ hasText: 'Engines are the real asset.' })).toContainText(
    'shared',
  );
  await expect(screen.noteCards().filter({ hasText: 'How many warnings exactly?' })).toContainText(
    'private',
  );

  // Edit one.
  const warnings = screen.noteCards().filter({ hasText: 'How many warnings exactly?' });
  await warnings.getByRole('button', { name: 'Edit' }).click();
  const edit = screen.noteEditor('Edit note');
  await edit.getByLabel('Note (Markdown)').fill('Three warnings in nine months.');
  await edit.getByRole('button', { name: 'Save note' }).click();
  await expect(
    screen.noteCards().filter({ hasText: 'Three warnings in nine months.' }),
  ).toHaveCount(1);

  // Delete one and undo with the keyboard.
  await screen
    .noteCards()
    .filter({ hasText: 'Engines are the real asset.' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(screen.notesHeading()).toHaveText('Notes (4)');
  await page.locator('body').press(`${mod}+z`);
  await expect(screen.notesHeading()).toHaveText('Notes (5)');
  await expect(screen.noteCards().filter({ hasText: 'Engines are the real asset.' })).toHaveCount(
    1,
  );
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ })).toBeVisible();

  // Search across briefing, article and notes.
  await page.locator('body').press(`${mod}+f`);
  const search = page.getByRole('search');
  await search.getByRole('searchbox').fill('Mitsubishi');
  await expect(search.getByRole('status')).toHaveText(/^1 of \d+$/);
  await search.getByRole('searchbox').press('Enter');
  await expect(search.getByRole('status')).toHaveText(/^2 of \d+$/);
  await expect(page.locator('mark.hit-current')).toBeVisible();
  await expectNoAxeViolations(page, 'search');
  await search.getByRole('searchbox').fill('warnings in nine');
  await expect(search.getByRole('status')).toHaveText('1 of 1');
  await search.getByRole('button', { name: 'Close search' }).click();

  // Filter the notes.
  const notes = screen.notes();
  await notes.getByLabel('Tag', { exact: true }).selectOption('follow');
  await expect(screen.noteCards()).toHaveCount(2);
  await notes.getByLabel('Visibility', { exact: true }).selectOption('private');
  await expect(screen.noteCards()).toHaveCount(1);
  await notes.getByLabel('Visibility', { exact: true }).selectOption('');
  await expect(notes.getByText('2 of 5 notes shown')).toBeVisible();
  await expectNoAxeViolations(page, 'notes with filters');

  // Source reliability grade.
  await page.getByLabel('Source reliability (Admiralty)').selectOption('B');
  await expect(
    screen
      .title()
      .locator('..')
      .getByText(/source B/),
  ).toBeVisible();

  // Reload: two briefings, so the library opens first; everything is as it was left.
  await app.reload();
  await expect(library.heading()).toBeVisible();
  const row = library.row(/Mitsubishi/);
  await expect(row.getByRole('cell').nth(3)).toHaveText('5');
  await library.openButton(/^Peugeot/).click();
  await expect(screen.notesHeading()).toHaveText('Notes (5)');
  await expect(screen.notes().getByLabel('Tag', { exact: true })).toHaveValue('follow');
  await expect(screen.noteCards()).toHaveCount(2);
  await screen.notes().getByLabel('Tag', { exact: true }).selectOption('');
  await expect(screen.noteCards()).toHaveCount(5);
  await expect(
    screen.noteCards().filter({ hasText: 'Three warnings in nine months.' }),
  ).toHaveCount(1);
  await expect(
    screen.noteCards().filter({ hasText: 'Check the MoU' }).locator('strong'),
  ).toHaveText('Check');
  await expect(screen.noteCards().filter({ hasText: 'Check the MoU' })).toContainText('<b>raw</b>');
  await expect(page.getByLabel('Source reliability (Admiralty)')).toHaveValue('B');
  await expect(article.locator('mark.hl')).toHaveCount(4);
  await expect(screen.briefingRegion().locator('mark.hl')).toHaveCount(1);
});

test('screenshots of the main screens, light and dark, with axe on each', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const library = new LibraryScreen(page);
  await expect(screen.title()).toBeVisible();
  // Give the seed briefing a few notes of different kinds.
  const article = screen.articleRegion();
  const phrases: [string, string][] = [
    ['air defence', '1'],
    ['joint training', '2'],
    ['Kadıoğlu', '4'],
  ];
  for (const [phrase, colour] of phrases) {
    await screen.selectPhrase(article, phrase).catch(() => undefined);
    if (!(await screen.selectionToolbar().isVisible())) continue;
    await page.keyboard.press(colour);
    await page.keyboard.press('n');
    await screen
      .noteEditor('New note')
      .getByLabel('Note (Markdown)')
      .fill(`Why does *${phrase}* matter?`);
    await screen.noteEditor('New note').getByLabel('Tags (comma-separated)').fill('seed');
    await screen.noteEditor('New note').getByRole('button', { name: 'Save note' }).click();
  }
  await screen.sourceLinks().nth(1).click();
  await expect(article.locator('mark.src').first()).toBeVisible();

  for (const theme of ['light', 'dark'] as const) {
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoAxeViolations(page, `briefing ${theme}`);
    await snap(page, testInfo, `briefing-${theme}`);
    await screen.notes().getByLabel('Tag', { exact: true }).selectOption('seed');
    await screen.notes().getByLabel('Text', { exact: true }).fill('why');
    await expectNoAxeViolations(page, `notes ${theme}`);
    await snap(page, testInfo, `notes-filters-${theme}`);
    await screen.notes().getByLabel('Text', { exact: true }).fill('');
    await screen.notes().getByLabel('Tag', { exact: true }).selectOption('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoAxeViolations(page, `shortcuts ${theme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Library' }).click();
    await expect(library.heading()).toBeVisible();
    await expectNoAxeViolations(page, `library ${theme}`);
    await snap(page, testInfo, `library-${theme}`);
    await library.openButton(/^Turkey/).click();
    await expect(screen.title()).toBeVisible();
  }
});
