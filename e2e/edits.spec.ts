import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './environment';
import { expect, test } from './fixtures';
import { MainScreen } from './pages/main-screen';
import { expectNoAxeViolations, snap } from './support';

const SEED = join(repoRoot, 'resources', 'articles', 'turkey-syria-air-defence-2025-09-08.txt');
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const ITEM_START = 'According to a source within Turkey’s Ministry of Defence';
const ITEM_WORDS = 'joint training, advisory support';
const REWRITE =
  'A Turkish defence ministry source says the memorandum covers joint training, advisory support, intelligence exchange and material assistance.';
const ARTICLE_WORDS = 'extrajudicial executions';

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);

test('an analyst rewrites a generated item and updates the article; notes follow, orphans are kept', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const toolbar = screen.selectionToolbar();
  await expect(screen.title()).toBeVisible();

  // A note on a generated item's words and one on the article.
  const item = screen.briefingRegion().locator('[data-block-id]').filter({ hasText: ITEM_START });
  await expect(item).toHaveCount(1);
  await item.scrollIntoViewIfNeeded();
  await screen.selectPhrase(item, ITEM_WORDS);
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: /Highlight/ }).click();
  await expect(screen.notesHeading()).toHaveText('Notes (1)');
  await screen.articleRegion().getByText(ARTICLE_WORDS).scrollIntoViewIfNeeded();
  await screen.selectPhrase(screen.articleRegion(), ARTICLE_WORDS);
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: /Highlight/ }).click();
  await expect(screen.notesHeading()).toHaveText('Notes (2)');

  // Edit: Esc cancels and gives focus back to the Edit button.
  const editButton = screen
    .briefingRegion()
    .getByRole('button', { name: `Edit item: ${ITEM_START.slice(0, 60)}` });
  await editButton.click();
  const editor = page.getByRole('form', { name: 'Edit item' });
  const textbox = editor.getByRole('textbox', { name: 'Item text' });
  await expect(textbox).toBeFocused();
  await expect(textbox).toHaveValue(new RegExp(`^${ITEM_START}`));
  await expectNoAxeViolations(page, 'item editor');
  await snap(page, testInfo, 'item-editor');
  await textbox.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(editButton).toBeFocused();
  await expect(item).toContainText(ITEM_START);

  // Edit again, keep the noted words, save with Ctrl+Enter.
  await editButton.click();
  await textbox.fill(REWRITE);
  await textbox.press(`${mod}+Enter`);
  await expect(editor).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Item updated' })).toContainText(
    'Item updated — 1 note re-anchored, 0 orphaned.',
  );
  const edited = screen.briefingRegion().locator('li').filter({ hasText: REWRITE });
  await expect(edited.locator('mark.hl', { hasText: ITEM_WORDS })).toBeVisible();
  await expect(edited.getByText('edited', { exact: true })).toBeVisible();
  await snap(page, testInfo, 'item-edited');
  // The editor offers the generator's words back (not taken here: Esc).
  await edited.getByRole('button', { name: /^Edit item/ }).click();
  await editor.getByRole('button', { name: 'Use the generated text' }).click();
  await expect(textbox).toHaveValue(new RegExp(`^${ITEM_START}`));
  await expect(editor.getByRole('button', { name: 'Use the generated text' })).toHaveCount(0);
  await textbox.press('Escape');
  await expect(edited).toContainText(REWRITE);
  // Its source footnote stays.
  await expect(edited.getByRole('button', { name: /show source in article/ })).toBeVisible();
  await expect(screen.notesHeading()).toHaveText('Notes (2)');

  // Reload: the rewrite, its highlight and the marker persist.
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ })).toBeVisible();
  await app.reload();
  await expect(screen.title()).toBeVisible();
  await expect(edited.locator('mark.hl', { hasText: ITEM_WORDS })).toBeVisible();
  await expect(edited.getByText('edited', { exact: true })).toBeVisible();

  // Update the article: a paragraph at the top, the sentence under the article note gone.
  const seed = await readFile(SEED, 'utf8');
  const sentence =
    /Reports from the Syrian Observatory for Human Rights[^.]*extrajudicial executions[^.]*\. /;
  expect(seed).toMatch(sentence);
  const lead = 'Editor’s note: this report was updated on 9 September 2025 with new details.\n';
  const updated = lead + seed.replace(sentence, '');
  expect(updated).not.toContain(ARTICLE_WORDS);

  await page.getByRole('button', { name: 'Update article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update article' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'update article dialog');
  // Esc closes it without a change.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Update article…' }).click();
  await expect(dialog.getByRole('button', { name: 'Update article' })).toBeDisabled();
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'turkey-syria-air-defence-2025-09-08.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(updated, 'utf8'),
  });
  await expect(dialog.getByRole('textbox', { name: 'Or paste the new text' })).toHaveValue(updated);
  await expectNoAxeViolations(page, 'update article dialog with a file');
  await snap(page, testInfo, 'update-article-dialog');
  await dialog.getByRole('button', { name: 'Update article' }).click();
  await expect(dialog).toHaveCount(0);
  const summary = page.getByRole('status').filter({ hasText: 'Article updated' });
  await expect(summary).toContainText(
    /Article updated: \d+ notes? anchored, \d+ moved, 1 orphaned\./,
  );
  // The rewritten item's sentence is unchanged in the new version: the rewrite stays, marked.
  await expect(summary).toContainText('Your rewrites: 1 kept, 0 dropped.');
  const kept = screen.briefingRegion().locator('li').filter({ hasText: REWRITE });
  await expect(kept.getByText('edited', { exact: true })).toBeVisible();
  await expect(kept.locator('mark.hl', { hasText: ITEM_WORDS })).toBeVisible();
  const orphans = page.getByRole('list', { name: 'Orphaned notes' });
  await expect(orphans.getByRole('article')).toHaveCount(1);
  await expect(orphans).toContainText(ARTICLE_WORDS);
  await expect(screen.articleRegion()).toContainText('Editor’s note: this report was updated');
  await expect(screen.articleRegion()).not.toContainText(ARTICLE_WORDS);
  await expect(screen.notesHeading()).toHaveText('Notes (2)');
  // The item note followed its words into the regenerated briefing.
  await expect(screen.briefingRegion().locator('mark.hl', { hasText: ITEM_WORDS })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Update article…' })).toBeFocused();

  // Reload: the new article and the orphan persist.
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ })).toBeVisible();
  await app.reload();
  await expect(screen.title()).toBeVisible();
  await expect(screen.articleRegion()).toContainText('Editor’s note: this report was updated');
  await expect(page.getByRole('list', { name: 'Orphaned notes' })).toContainText(ARTICLE_WORDS);
  await expect(screen.briefingRegion().locator('mark.hl', { hasText: ITEM_WORDS })).toBeVisible();
  await expectNoAxeViolations(page, 'briefing after the update');
});

test('the article update takes pasted text; the edit UI passes axe in the dark theme', async ({
  app,
}) => {
  const { page } = app;
  const screen = new MainScreen(page);
  await expect(screen.title()).toBeVisible();

  // Dark theme: the item editor and the dialog pass axe too.
  await page.getByLabel('Theme').selectOption('dark');
  const firstEdit = screen
    .briefingRegion()
    .getByRole('button', { name: /^Edit item: / })
    .first();
  await firstEdit.click();
  const editor = page.getByRole('form', { name: 'Edit item' });
  await expect(editor).toBeVisible();
  await expectNoAxeViolations(page, 'item editor, dark');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor).toHaveCount(0);
  await expect(firstEdit).toBeFocused();

  await page.getByRole('button', { name: 'Update article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update article' });
  const seed = await readFile(SEED, 'utf8');
  await dialog
    .getByRole('textbox', { name: 'Or paste the new text' })
    .fill(seed.replace('8 September 2025', '9 September 2025'));
  await expectNoAxeViolations(page, 'update article dialog, dark');
  await dialog.getByRole('button', { name: 'Update article' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Article updated' })).toContainText(
    'Article updated: 0 notes anchored, 0 moved, 0 orphaned.',
  );
  await expect(screen.articleRegion()).toContainText('On 9 September 2025');
});
