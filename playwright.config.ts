import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './devhost/chromiumPdf';

/**
 * Browser tests drive the real renderer in Debian's Chromium (never a downloaded
 * browser) against the development host, which each test starts on its own data.
 */
export default defineConfig({
  testDir: 'tests/renderer',
  testMatch: '**/*.spec.ts',
  // Bundles the development host once, so each test's host starts from one file (tests/renderer/globalSetup.ts).
  globalSetup: './tests/renderer/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  forbidOnly: !!process.env.CI,
  retries: 0,
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    locale: 'en-US',
    viewport: { width: 1200, height: 900 },
    trace: 'off',
  },
});
