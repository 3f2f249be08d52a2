/**
 * npm run demo: opens Chromium with the built extension on playground pages that reproduce the
 * X, Facebook and LinkedIn compose boxes, served at their real URLs exactly as the tests do.
 * Headed where a display exists; without one it checks that everything loads and says so.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { routeFixtures } from '../tests/e2e/support/routes';

const extension = path.resolve('.output/chrome-mv3');
const headed = !!process.env['DISPLAY'] || process.platform === 'darwin' || process.platform === 'win32';

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'second-look-demo-')), {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: !headed,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
await routeFixtures(context);
const urls = ['https://x.com/home', 'https://www.facebook.com/', 'https://www.linkedin.com/feed/'];
for (const url of urls) await (await context.newPage()).goto(url);
await context.pages()[0]?.close();
if (headed) {
  console.log(
    `Second Look demo: ${urls.join(', ')}. Type a draft (try "JH in bed 6, NHS no 463 030 8245"). Close the browser to stop.`,
  );
  await new Promise((resolve) => context.on('close', resolve));
} else {
  console.log(
    'No display found: the demo pages and the extension loaded headless. Run `npm run demo` on a desktop to try it.',
  );
  await context.close();
}
