import { expect, test } from './fixtures';
import { MainScreen } from './pages/main-screen';

// The seed article's opening sentences, as a reader sees them.
const S3 =
  'The Turkish Ministry of Defence announced the visit via a statement on X, confirming that Hawary had been invited by Kadıoğlu.';
const S4 =
  'While the discussions were not disclosed in detail, they are understood to align with a broader military cooperation agreement signed between Ankara and Damascus in August 2025.';

test('text is selected, highlighted and noted without a mouse', async ({ app }) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
  await expect(screen.title()).toBeVisible();

  // Tab stop on the article; Alt+↓ walks its sentences, Alt+↑ goes back.
  await screen.articleRegion().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(selected).toMatch(/^On 8 September 2025, Turkey’s Chief .* visit to Ankara\.$/);
  await expect(screen.selectionToolbar()).toBeVisible();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(selected).toBe(S4);
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(selected).toBe(S3);

  // Shift+← drops words from the end ("by Kadıoğlu."), Shift+→ adds one back.
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowRight');
  const quote =
    'The Turkish Ministry of Defence announced the visit via a statement on X, confirming that Hawary had been invited by';
  await expect.poll(selected).toBe(quote);

  // N: the editor takes the typing; Ctrl+Enter saves; the note sits on exactly those words.
  await page.keyboard.press('n');
  const editor = screen.noteEditor('New note');
  await expect(editor).toBeVisible();
  await page.keyboard.type('Who invited whom?');
  await page.keyboard.press(`${mod}+Enter`);
  await expect(screen.notesHeading()).toHaveText('Notes (1)');
  const card = screen.noteCards().filter({ hasText: 'Who invited whom?' });
  await expect(card).toContainText(quote);
  await expect(screen.articleRegion().locator('mark.hl')).toHaveText(quote);

  // Shift+↓ grows by a sentence; 3 picks a colour; H highlights. With nothing selected,
  // Alt+↓ starts at the first sentence on screen: scroll back to the top first.
  await screen.articleRegion().focus();
  await screen.articleRegion().evaluate((el) => {
    el.closest('.pane')!.scrollTop = 0;
  });
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(selected).toMatch(/^On 8 September/);
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect
    .poll(selected)
    .toMatch(
      /^While the discussions .* August 2025\. The agreement seeks .* training initiatives\.$/,
    );
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(selected).toBe(S4);
  await page.keyboard.press('3');
  await page.keyboard.press('h');
  await expect(screen.notesHeading()).toHaveText('Notes (2)');
  await expect(
    screen.articleRegion().locator('mark.hl', { hasText: 'While the discussions' }),
  ).toHaveText(S4);

  // In the briefing pane the keys walk the generated items, block to block.
  await screen.sourceLinks().first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  const first = await selected();
  expect(first.length).toBeGreaterThan(20);
  const items = await screen.briefingRegion().locator('[data-block-id]').allInnerTexts();
  expect(items).toContain(first);
  await page.keyboard.press('Alt+ArrowDown');
  const second = await selected();
  expect(second).not.toBe(first);
  expect(items.some((t) => t.includes(second))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(screen.selectionToolbar()).toHaveCount(0);
});
