import { defineConfig } from '@playwright/test';

// End-to-end tests on the offline compose-box fixtures (tests/fixtures) served at the real site
// URLs by tests/e2e/support/routes.ts, so no webServer is needed. The browser is Debian's Chromium
// (tests/e2e/support/fixtures.ts); Playwright's own browsers are not downloaded.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  forbidOnly: !!process.env['CI'],
  use: { trace: 'off' },
});
