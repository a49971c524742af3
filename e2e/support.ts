/** Shared e2e helpers: accessibility checks and screenshots. */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { repoRoot } from './environment';

/** Runs axe on the page as it is now and fails with each violation's rule and targets. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(found, `axe on ${screen}`).toEqual([]);
}

/**
 * Saves a screenshot to the test's output folder, and to docs/screenshots/<name>.png when
 * UPDATE_SCREENSHOTS=1 (so ordinary runs never modify the repository).
 */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  if (process.env.UPDATE_SCREENSHOTS === '1' && testInfo.project.name === 'web') {
    const dir = join(repoRoot, 'docs', 'screenshots');
    await mkdir(dir, { recursive: true });
    await copyFile(path, join(dir, `${name}.png`));
  }
}
