/**
 * Firefox smoke test: the Firefox builds (firefox-mv2 and firefox-mv3) installed as temporary
 * add-ons in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Playwright cannot
 * drive stock Firefox). On the X (Draft.js) fixture served at https://x.com/home it proves what a
 * user would see: the content script injects, a risky draft gets its NHS number underlined, and
 * Post is held for a review whose "Post anyway" sends exactly what was typed.
 *
 * Run by `npm run test:firefox`, which builds both into .output/firefox-check first.
 * FIREFOX_PATH overrides the browser; FIREFOX_BUILDS (comma-separated) picks the builds.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { readUnderlines, RISKY, RISKY_SPAN } from '../e2e/support/extension';
import {
  answerFixtureRequest,
  assertFixturesBuilt,
  newNetworkLog,
  type NetworkLog,
} from '../e2e/support/fixture-requests';

const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
const BUILDS = (process.env['FIREFOX_BUILDS'] ?? 'firefox-mv2,firefox-mv3').split(',');
const OUT_DIR = path.resolve('.output/firefox-check');
/** Generous: two cores are shared with other test runs, and the worker warms the engine at start. */
const WAIT = { timeout: 15_000 };

const EDITOR = '[data-testid="tweetTextarea_0"][role="textbox"]';
const SEND = '[data-testid="toolBar"] [data-testid="tweetButtonInline"]';
const DIALOG = 'second-look-ui >>> [role="dialog"][aria-modal="true"]';

/** Serves the fixtures at the real URLs (the same answers as the Chromium e2e routes). */
async function serveFixtures(page: Page, log: NetworkLog): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    // A request left unanswered would hang the page; say why instead.
    void answer(request, log).catch((error: unknown) =>
      process.stderr.write(`fixture request failed: ${String(error)}\n`),
    );
  });
}

async function answer(request: HTTPRequest, log: NetworkLog): Promise<void> {
  const url = request.url();
  // The extension's own files, data: and about: never reach the network; let Firefox load them.
  if (!/^https?:/.test(url)) return request.continue();
  const decision = answerFixtureRequest(url, log);
  if (decision.kind === 'abort') return request.abort('blockedbyclient');
  const body = decision.file ? await readFile(decision.file) : '';
  return request.respond({
    status: decision.status,
    contentType: decision.contentType,
    headers: decision.headers,
    body,
  });
}

/** Calls read until done(value) or the wait runs out; returns the last value either way. */
async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT.timeout;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** The fixture's own record of what its send handler received (tests/fixtures/src/api.ts). */
const fixtureSent = (page: Page) =>
  page.evaluate(() => ({ sent: window.__fixture!.sent, calls: window.__fixture!.sendCalls }));

// One browser for every build (its launch is most of the run time); each build is installed,
// tested and uninstalled in turn, and closes the tabs it opened.
let browser: Browser;

before(async () => {
  assertFixturesBuilt();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    enableExtensions: true,
  });
});

after(async () => {
  await browser?.close();
});

for (const build of BUILDS) {
  const extensionDir = path.join(OUT_DIR, build);

  describe(`Firefox ESR with ${build}`, () => {
    let addonId: string | undefined;
    let page: Page;
    const log = newNetworkLog();
    const pageErrors: string[] = [];

    before(async () => {
      assert.ok(existsSync(path.join(extensionDir, 'manifest.json')), `no build at ${extensionDir}`);
      addonId = await browser.installExtension(extensionDir);
    });

    after(async () => {
      // Every tab but the window's first one, which keeps the browser open.
      const opened = (await browser.pages()).slice(1);
      await Promise.all(opened.map((p) => p.close()));
      if (addonId) await browser.uninstallExtension(addonId);
    });

    test('the background starts in full: the welcome page opens on install', async () => {
      // onInstalled is registered last in src/background/main.ts, so this also proves nothing
      // Chrome-only (browser.action in MV2) threw on the way there.
      const titles = await pollUntil(
        async () => Promise.all((await browser.pages()).map((p) => p.title().catch(() => ''))),
        (all) => all.includes('Welcome to Second Look'),
      );
      assert.ok(titles.includes('Welcome to Second Look'), `open tabs: ${JSON.stringify(titles)}`);
    });

    test('the content script injects on https://x.com/home and checks a clean draft', async () => {
      // Opened after the welcome tab and brought to the front: a background tab gets no animation
      // frames (we paint in one) and Draft.js loses its selection there.
      page = await browser.newPage();
      await page.bringToFront();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await serveFixtures(page, log);
      await page.goto('https://x.com/home');
      await page.waitForFunction(() => window.__fixture?.ready === true, WAIT);
      await page.click(EDITOR);
      await page.keyboard.type('Hi');
      // The content script records a performance measure each time it paints a check's result.
      const paints = await pollUntil(
        () => page.evaluate(() => performance.getEntriesByName('second-look:paint').length),
        (count) => count > 0,
      );
      assert.ok(paints > 0, 'no check was painted: the content script did not run');
      assert.deepEqual(await page.evaluate(readUnderlines), []);
      for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace');
      await page.waitForFunction(() => window.__fixture!.model() === '', WAIT);
    });

    test('a risky draft gets exactly its NHS number underlined', async () => {
      await page.keyboard.type(RISKY);
      await page.waitForFunction((text) => window.__fixture!.model() === text, WAIT, RISKY);
      // Polled from Node (not waitForFunction) so a failure shows what was underlined instead.
      const seen = await pollUntil(
        () => page.evaluate(readUnderlines),
        (ranges) => ranges.length > 0,
      );
      assert.deepEqual(seen, [RISKY_SPAN]);
    });

    test('Post is held for a review, and "Post anyway" sends exactly what was typed', async () => {
      await page.click(SEND);
      const dialog = await page.waitForSelector(DIALOG, WAIT);
      assert.ok(dialog);
      const text = await dialog.evaluate((el) => el.textContent ?? '');
      assert.match(text, /Could identify a patient/);
      assert.deepEqual(await fixtureSent(page), { sent: [], calls: 0 });

      const postAnyway = await page.waitForSelector(`${DIALOG} >>> ::-p-text(Post anyway)`, WAIT);
      await postAnyway!.click();
      await page.waitForFunction(() => window.__fixture!.sent.length > 0, WAIT);
      assert.deepEqual(await fixtureSent(page), { sent: [{ surface: 'x-home', text: RISKY }], calls: 1 });
    });

    test('nothing was fetched from outside the fixtures, and the page threw nothing', () => {
      assert.deepEqual(log.unexpected, []);
      assert.deepEqual(pageErrors, []);
    });
  });
}
