/**
 * The in-app export (issue 7): the export dialog's manifest, a PDF with a TLP:AMBER banner on
 * every page that carries the shared note and not the private one, a Markdown export with all
 * notes, Show in folder, Esc, and axe on the dialog. In the web project the PDF is printed by
 * app/pdf/print.ts (Chromium via playwright-core): the same HTML and templates as the app.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BriefingFile } from '../app/core/briefing-file';
import { expect, test } from './fixtures';
import { ExportDialog } from './pages/export-dialog';
import { MainScreen } from './pages/main-screen';
import { snap } from './support';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const PRIVATE_NOTE = 'Source hints radar deliveries start before winter arrives';
const SHARED_NOTE = 'Joint training confirmed by a second ministry source';

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);

/**
 * axe over the page with the dialog open. The preview frame is left out: it is
 * `sandbox=""` (no scripts), so axe cannot run inside it by design, and Playwright would wait
 * on its injection. Its content is the export document itself; the frame's own title is
 * checked by the caller.
 */
async function expectDialogAxeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).exclude('.export-preview iframe').analyze();
  const found = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, 'axe on the export dialog').toEqual([]);
}

async function addNote(screen: MainScreen, phrase: string, text: string, shared: boolean) {
  await screen.selectPhrase(screen.articleRegion(), phrase);
  await expect(screen.selectionToolbar()).toBeVisible();
  await screen.page.keyboard.press('n');
  const editor = screen.noteEditor('New note');
  await editor.getByLabel('Note (Markdown)').fill(text);
  if (shared) await editor.getByLabel(/Private/).uncheck();
  await editor.getByRole('button', { name: 'Save note' }).click();
  await expect(editor).toBeHidden();
}

test('export dialog: manifest, PDF with banner and shared note only, Markdown with all notes, Show in folder', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const dialog = new ExportDialog(page);
  // The preview frame must load under the renderer's CSP as it is: record any violation.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await app.reload();
  await expect(screen.title()).toBeVisible();

  await addNote(screen, 'joint training, advisory support', PRIVATE_NOTE, false);
  await expect(screen.notesHeading()).toHaveText('Notes (1)');
  await addNote(screen, 'official visit to Ankara', SHARED_NOTE, true);
  await expect(screen.notesHeading()).toHaveText('Notes (2)');
  await expect(screen.noteCards().filter({ hasText: SHARED_NOTE })).toContainText('shared');

  // Ctrl+E opens the dialog; Esc closes it; the toolbar button opens it again.
  await page.locator('body').press(`${mod}+e`);
  await expect(dialog.root()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog.root()).toBeHidden();
  await dialog.openButton().click();
  await expect(dialog.root()).toBeVisible();
  await expect(dialog.format('PDF')).toBeFocused();

  // Shared: the private note is counted and announced as left out.
  await dialog.notes('Shared').check();
  await expect(dialog.notes('Shared')).toHaveAccessibleName('Shared (1)');
  await expect(dialog.notes('All')).toHaveAccessibleName('All (2)');
  await expect(dialog.manifest()).toHaveText('1 private note will be left out.');
  await expect(dialog.exportButton()).toHaveAccessibleDescription(
    '1 private note will be left out.',
  );

  // Handling TLP:AMBER on A4; the preview shows the marking and the shared note only.
  await dialog.marking().selectOption('TLP:AMBER');
  await dialog.paper('A4').check();
  await dialog.format('PDF').check();
  await expect(dialog.preview()).toHaveAttribute('sandbox', '');
  await expect.poll(() => dialog.preview().getAttribute('srcdoc')).toContain('TLP:AMBER');
  const srcdoc = (await dialog.preview().getAttribute('srcdoc')) ?? '';
  expect(srcdoc).toContain(SHARED_NOTE);
  expect(srcdoc).not.toContain(PRIVATE_NOTE);
  expect(srcdoc).not.toMatch(/<script/i);
  await expect(dialog.preview()).toHaveAccessibleName('Preview of the exported briefing');
  await expectDialogAxeClean(page);
  await snap(page, testInfo, 'export-dialog');

  // Export the PDF; progress shows while it prints.
  await page.evaluate(() => {
    const w = window as unknown as { __sawProgress: boolean };
    w.__sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('dialog progress')) w.__sawProgress = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  const pdfPath = join(app.dataDir, 'briefing-amber.pdf');
  await app.setSavePath(pdfPath);
  await expect(dialog.exportButton()).toHaveText('Export PDF');
  await dialog.exportButton().click();
  await expect(dialog.status()).toHaveText(`Saved ${pdfPath}`, { timeout: 60_000 });
  expect(
    await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress),
  ).toBe(true);
  await expect(dialog.progress()).toBeHidden();
  await expect(dialog.showInFolderButton()).toBeFocused();

  const briefingFile = (await readdir(app.libraryDir)).find((f) => f.endsWith('.briefing.json'))!;
  const saved = JSON.parse(
    await readFile(join(app.libraryDir, briefingFile), 'utf8'),
  ) as BriefingFile;
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdfPath, '-'], {
    encoding: 'utf8',
  });
  const flat = text.replace(/-\n\s*/g, '-').replace(/\s+/g, ' ');
  expect(flat).toContain(saved.briefing.title);
  for (const section of saved.briefing.sections) expect(flat).toContain(section.heading);
  expect(flat).toContain('Source and reliability');
  expect(flat).toContain('Analyst notes');
  expect(text).toContain('Kadıoğlu');
  expect(flat).toContain(SHARED_NOTE);
  expect(flat).not.toContain(PRIVATE_NOTE);
  expect(flat).not.toContain('radar deliveries');
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((p, i) => {
    expect(
      p.match(/TLP:AMBER/g)?.length ?? 0,
      `banner top and bottom of page ${i + 1}`,
    ).toBeGreaterThanOrEqual(2);
    expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
  });
  expect(text).toContain('Page 1 of');

  // Show in folder asks the OS for exactly the file just written.
  await dialog.showInFolderButton().click();
  await expect.poll(() => app.revealedPaths()).toEqual([pdfPath]);

  // Markdown with all notes: both notes go out.
  await dialog.format('Markdown').check();
  await dialog.notes('All').check();
  await expect(dialog.manifest()).toHaveText('All 2 notes will be included.');
  const mdPath = join(app.dataDir, 'briefing-all.md');
  await app.setSavePath(mdPath);
  await dialog.exportButton().click();
  await expect(dialog.status()).toHaveText(`Saved ${mdPath}`);
  const markdown = await readFile(mdPath, 'utf8');
  expect(markdown).toContain(PRIVATE_NOTE);
  expect(markdown).toContain(SHARED_NOTE);
  expect(markdown).toContain('TLP:AMBER');
  expect(markdown).toContain('Kadıoğlu');

  await dialog.closeButton().click();
  await expect(dialog.root()).toBeHidden();
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations, 'the dialog and its preview frame never trip the CSP').toEqual([]);
});

test('a cancelled save writes nothing and a custom marking must be filled in', async ({ app }) => {
  const { page } = app;
  const screen = new MainScreen(page);
  const dialog = new ExportDialog(page);
  await expect(screen.title()).toBeVisible();
  await page.getByLabel('Theme').selectOption('dark');
  await dialog.openButton().click();
  await expect(dialog.preview()).toBeVisible();
  await expectDialogAxeClean(page); // dark theme
  await dialog.marking().selectOption('custom');
  await dialog.customMarking().fill('');
  await expect(dialog.exportButton()).toBeDisabled();
  await dialog.customMarking().fill('OFFICIAL-SENSITIVE <b>desk</b>');
  await expect
    .poll(() => dialog.preview().getAttribute('srcdoc'))
    .toContain('OFFICIAL-SENSITIVE &lt;b&gt;desk&lt;/b&gt;');
  await dialog.format('HTML').check();
  await app.setSavePath(null);
  await dialog.exportButton().click();
  await expect(dialog.status()).toHaveText('Export cancelled: nothing was saved.');
  await expect(dialog.showInFolderButton()).toHaveCount(0);
  expect((await readdir(app.dataDir)).filter((f) => /\.(html|md|pdf)$/.test(f))).toEqual([]);
});
