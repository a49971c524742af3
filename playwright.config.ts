import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumPath, electronBinary } from './e2e/environment';

const chromium = chromiumPath();
const electron = electronBinary();

// One line, once, so a skipped project is never mistaken for a passing one.
if (!process.env.BRIEFING_E2E_REPORTED) {
  process.env.BRIEFING_E2E_REPORTED = '1';
  console.log(`e2e web: Chromium ${chromium ?? "(Playwright's own browser)"}`);
  console.log(
    electron.path ? `e2e electron: ${electron.path}` : `e2e electron: SKIPPED — ${electron.reason}`,
  );
}

const chromiumUse = {
  browserName: 'chromium' as const,
  launchOptions: {
    ...(chromium && existsSync(chromium) ? { executablePath: chromium } : {}),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  },
};

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'web', use: chromiumUse },
    // The electron specs get their page from _electron; chromiumUse only keeps the unused
    // default page fixture on the system Chromium.
    { name: 'electron', use: chromiumUse },
  ],
});
