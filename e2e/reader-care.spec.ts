/**
 * The reader never loses the analyst's place or words: only the panes scroll, a stray key
 * deletes nothing, typed note text is not thrown away at one keystroke, and focus comes back
 * to where the work is after saving, cancelling, deleting and searching.
 */
import { expect, test } from './fixtures';
import { MainScreen } from './pages/main-screen';

const PHRASE = 'broader military cooperation agreement';

test('only the panes scroll, whatever the reader jumps to', async ({ app }) => {
  const { page } = app;
  const screen = new MainScreen(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(screen.title()).toBeVisible();
  const pageScroll = () =>
    page.evaluate(() => ({
      top: document.scrollingElement?.scrollTop ?? 0,
      height: document.scrollingElement?.scrollHeight ?? 0,
    }));
  expect((await pageScroll()).height).toBeLessThanOrEqual(800);

  // Section jumps, a followed source and the end of the briefing pane.
  await screen.briefingRegion().click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 6; i++) await page.keyboard.press(']');
  await screen.sourceLinks().first().click();
  await page.mouse.move(500, 400);
  await page.mouse.wheel(0, 20_000);
  await expect.poll(async () => (await pageScroll()).top).toBe(0);
  await expect(page.getByRole('button', { name: 'Library' })).toBeInViewport();
});

test('a stray Backspace deletes nothing; typed note words need a second Esc', async ({ app }) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const article = screen.articleRegion();
  await expect(screen.title()).toBeVisible();

  // H makes a highlight; a click in the text and Backspace must not delete it.
  await screen.selectPhrase(article, PHRASE);
  await page.keyboard.press('h');
  await expect(screen.notesHeading()).toHaveText('Notes (1)');
  await article.getByText(/On 8 September 2025/).click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await expect(screen.notesHeading()).toHaveText('Notes (1)');

  // A new note with words in it: Esc asks, Keep editing keeps them, Esc twice discards.
  await screen.selectPhrase(article, 'fragile transition');
  await page.keyboard.press('n');
  const editor = screen.noteEditor('New note');
  const text = editor.getByLabel('Note (Markdown)');
  await text.fill('Watch the transition timetable.');
  await text.press('Escape');
  await expect(editor.getByRole('alert')).toContainText('Discard');
  await editor.getByRole('button', { name: 'Keep editing' }).click();
  await expect(text).toHaveValue('Watch the transition timetable.');
  await expect(text).toBeFocused();

  // Another selection + N while those words are unsaved does not replace them (a mouse
  // selection moves focus to the article first).
  await article.focus();
  await screen.selectPhrase(article, PHRASE);
  await page.keyboard.press('n');
  await expect(page.getByRole('status').filter({ hasText: 'Save or discard' })).toBeVisible();
  await expect(text).toHaveValue('Watch the transition timetable.');

  // Saved: focus goes to the new note's card, and Delete there deletes that note only.
  await text.press('Control+Enter');
  await expect(screen.notesHeading()).toHaveText('Notes (2)');
  const card = screen.noteCards().filter({ hasText: 'Watch the transition timetable.' });
  await expect(card).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(screen.notesHeading()).toHaveText('Notes (1)');
  // Focus moves to the remaining card, not to the page.
  await expect(screen.noteCards().first()).toBeFocused();

  // Esc twice discards an unsaved draft; focus returns to the article.
  await screen.selectPhrase(article, 'fragile transition');
  await page.keyboard.press('n');
  await editor.getByLabel('Note (Markdown)').fill('Draft to drop.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(article).toBeFocused();
});

test('a search hit on a note opens the collapsed notes pane; Esc returns focus', async ({
  app,
}) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const article = screen.articleRegion();
  await expect(screen.title()).toBeVisible();
  await screen.selectPhrase(article, PHRASE);
  await page.keyboard.press('n');
  await screen.noteEditor('New note').getByLabel('Note (Markdown)').fill('zebra-check');
  await page.keyboard.press('Control+Enter');
  await expect(screen.notesHeading()).toHaveText('Notes (1)');

  const notesToggle = page.getByRole('button', { name: 'Notes', exact: true });
  await notesToggle.click();
  await expect(notesToggle).toHaveAttribute('aria-expanded', 'false');
  await article.focus();
  await page.keyboard.press('Control+f');
  await page.getByLabel('Search briefing, article and notes').fill('zebra-check');
  await expect(page.getByRole('search')).toContainText('1 of 1');
  await expect(notesToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(screen.noteCards().filter({ hasText: 'zebra-check' })).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(article).toBeFocused();
});
