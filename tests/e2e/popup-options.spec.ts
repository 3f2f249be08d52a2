/**
 * The extension's own pages in the loaded build: the options page changes what an open fixture
 * tab underlines without a reload, a bad import changes nothing, the popup shows the fixture
 * tab's draft and the toolbar badge counts it, both pages work from the keyboard, and axe-core
 * finds no serious or critical accessibility problems.
 *
 * The popup is opened in a tab here, where "the active tab" would be the popup itself: the
 * fixture tab's id is passed as `popup.html?tab=<id>` (see src/popup/popup.ts).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, fixtureApi, openFixture, test } from './support/fixtures';
import { reviewDialog, RISKY, RISKY_SPAN, stopServiceWorkers, underlined } from './support/extension';

const X_HOME = 'https://x.com/home';
const xEditor = (page: Page) => page.locator('[data-testid="tweetTextarea_0"][role="textbox"]');
const HEALTH_NUMBER = 'patient-identifier/health-number';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The few extension APIs the tests call inside the browser (the spec itself runs in Node). */
declare const chrome: {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: object): Promise<{ data: { settings: unknown } }> };
};

/** Settings carry over between tests in a shared browser: every test here starts clean. */
test.use({ freshProfile: true });

async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/**
 * Opens a new tab and learns the browser's id for it. The extension may read the address only of
 * its own pages (it has no "tabs" permission), so the tab first shows one with a unique marker.
 */
async function openTab(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  const marker = `chrome-extension://${extensionId}/welcome.html?probe=${Math.random().toString(36).slice(2)}`;
  await page.goto(marker);
  const tabId = await worker.evaluate(
    (url) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === url)?.id),
    marker,
  );
  if (tabId === undefined) throw new Error('the new tab was not found');
  return { page, tabId };
}

const badge = (worker: Worker, tabId: number) =>
  worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** axe-core's serious and critical violations on a page (run through the devtools protocol, so CSP allows it). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
}

async function typeRiskyDraft(page: Page): Promise<void> {
  await openFixture(page, X_HOME);
  await xEditor(page).click();
  await page.keyboard.type(RISKY);
  await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
}

test('turning a rule off on the options page removes its underline in an open tab, without a reload', async ({
  page,
  context,
  extensionId,
}) => {
  await typeRiskyDraft(page);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const rule = options.locator(`input[data-rule="${HEALTH_NUMBER}"]`);
  await expect(rule).toBeChecked();
  await rule.focus();
  await options.keyboard.press('Space');
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await expect.poll(() => underlined(page)).toEqual([]);

  // And back on: the underline returns, still without a reload.
  await rule.focus();
  await options.keyboard.press('Space');
  await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
});

test('importing a bad file shows a clear error naming the field, and changes nothing', async ({
  context,
  extensionId,
}) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.locator('#mode-linkedin')).toHaveValue('nudge');
  const exported = await options.evaluate(() =>
    chrome.runtime.sendMessage({ kind: 'getSettings', v: 1 }).then((r) => r.data.settings),
  );
  const bad = structuredClone(exported) as { platforms: Record<string, { mode: string }> };
  bad.platforms['x']!.mode = 'shout';
  bad.platforms['linkedin']!.mode = 'off'; // valid on its own, but the file as a whole is rejected

  await options.locator('#import-file').setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(options.getByRole('alert')).toContainText('Import failed: platforms.x.mode');
  await expect(options.getByRole('alert')).toContainText('Nothing was changed');

  await options.locator('#import-file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ this is not json'),
  });
  await expect(options.getByRole('alert')).toContainText('not valid JSON');

  await options.reload();
  await expect(options.locator('#mode-x')).toHaveValue('nudge');
  await expect(options.locator('#mode-linkedin')).toHaveValue('nudge');
  const after = await options.evaluate(() =>
    chrome.runtime.sendMessage({ kind: 'getSettings', v: 1 }).then((r) => r.data.settings),
  );
  expect(after).toEqual(exported);
});

test("the popup shows the fixture tab's draft and the badge counts it; both clear when the draft is emptied", async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page, tabId } = await openTab(context, serviceWorker, extensionId);
  await typeRiskyDraft(page);
  await expect.poll(() => badge(serviceWorker, tabId)).toBe('1');

  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  await expect(popup.getByRole('status')).toContainText('Your X draft: 1 thing to look at');
  await expect(popup.getByRole('heading', { name: 'Could identify a patient (serious)' })).toBeVisible();
  const guidance = popup.getByRole('link', { name: /Using social media as a medical professional/ }).first();
  await expect(guidance).toHaveAttribute('href', /^https:\/\/www\.gmc-uk\.org\//);
  await expect(popup.locator('.checklist .flag')).toHaveCount(1);
  await expect(popup.locator('.checklist .ok')).toHaveCount(6);
  await expect(popup.getByRole('checkbox')).toHaveCount(3);
  // The popup never shows the draft itself.
  expect(await popup.locator('body').innerText()).not.toContain(RISKY_SPAN);
  // Opening the popup did not change the draft.
  expect(await fixtureApi(page).model('x-home')).toBe(RISKY);

  await fixtureApi(page).clear('x-home');
  await expect.poll(() => badge(serviceWorker, tabId)).toBe('');
  await expect(popup.getByRole('status')).toContainText('No draft yet', { timeout: 5000 });
});

test('the popup says when a page is not supported and when a platform is turned off', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const elsewhere = await openTab(context, serviceWorker, extensionId); // showing the welcome page
  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${elsewhere.tabId}`);
  await expect(popup.getByRole('status')).toContainText('This page is not one of them');

  // The same tab, now on X: the popup follows it.
  await openFixture(elsewhere.page, X_HOME);
  const tabId = elsewhere.tabId;
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('status')).toContainText('No draft yet');

  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.locator('#mode-x').selectOption('off');
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await expect(popup.getByRole('status')).toContainText('Checking is turned off on X');
});

test('keyboard only: the options page from the top, and the popup', async ({ context, extensionId, serviceWorker }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.locator('#mode-x')).toBeVisible();
  await options.keyboard.press('Tab');
  await expect(options.locator('#mode-x')).toBeFocused(); // the first control in reading order
  await options.keyboard.press('ArrowUp');
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await expect(options.locator('#mode-x')).toHaveValue('inline');
  await options.keyboard.press('Tab');
  await expect(options.locator('#nudge-x')).toBeFocused();

  const { page, tabId } = await openTab(context, serviceWorker, extensionId);
  await typeRiskyDraft(page);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  await expect(popup.getByRole('heading', { name: /Could identify a patient/ })).toBeVisible();
  const order: string[] = [];
  for (let i = 0; i < 8; i++) {
    await popup.keyboard.press('Tab');
    order.push(await popup.evaluate(() => document.activeElement?.textContent || document.activeElement?.id || ''));
  }
  // Reading order: the finding's actions, then the self-check questions, then Settings.
  expect(order[0]).toBe('Copy safer wording');
  expect(order[1]).toMatch(/Using social media/);
  const at = (name: string) => order.indexOf(name);
  expect(at('self-0')).toBeGreaterThan(1);
  expect([at('self-1'), at('self-2'), at('Settings')]).toEqual([at('self-0') + 1, at('self-0') + 2, at('self-0') + 3]);
  await popup.locator('#self-0').focus();
  await popup.keyboard.press('Space');
  await expect(popup.locator('#self-0')).toBeChecked();
});

test('no serious or critical accessibility violations on the options, popup and welcome pages', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page, tabId } = await openTab(context, serviceWorker, extensionId);
  await typeRiskyDraft(page);
  for (const path of ['options.html', `popup.html?tab=${tabId}`, 'popup.html?tab=999999', 'welcome.html']) {
    const extensionPage = await openExtensionPage(context, extensionId, path);
    await extensionPage.waitForLoadState('load');
    await expect(extensionPage.locator('h1')).toBeVisible();
    if (path.startsWith('popup')) await expect(extensionPage.locator('#status')).not.toHaveText('Checker starting…');
    if (path.startsWith('options')) await expect(extensionPage.locator('#mode-x')).toBeVisible();
    expect(await seriousViolations(extensionPage), path).toEqual([]);
    await extensionPage.close();
  }
});

test('the welcome page opens once, on install', async ({ context, extensionId }) => {
  const welcome = `chrome-extension://${extensionId}/welcome.html`;
  await expect.poll(() => context.pages().map((p) => p.url())).toContain(welcome);
  const page = context.pages().find((p) => p.url() === welcome)!;
  await expect(page.getByRole('heading', { level: 2, name: 'Your privacy' })).toBeVisible();
  await expect(page.locator('body')).toContainText('never sent to a server');
});

test('settings locked by an employer policy show as locked, with the reason, and cannot be changed', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // Enterprise policy cannot be installed for a test browser without writing to /etc, so the
  // worker's managed storage is made to answer with a policy before anything has read it.
  await serviceWorker.evaluate(() => {
    const policy = {
      lockReason: 'Set by Kestrel NHS Trust',
      platforms: { x: { mode: 'nudge' } },
      rules: { 'patient-identifier/health-number': { enabled: true } },
    };
    const managed = (globalThis as unknown as { chrome: { storage: { managed: Record<string, unknown> } } }).chrome
      .storage.managed;
    managed['get'] = (...args: unknown[]) => {
      const callback = args.find((a) => typeof a === 'function') as ((items: object) => void) | undefined;
      if (callback) return callback(policy);
      return Promise.resolve(policy);
    };
  });
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const mode = options.locator('#mode-x');
  await expect(mode).toBeDisabled();
  await expect(mode).toHaveAccessibleDescription('Locked: Set by Kestrel NHS Trust');
  await expect(options.locator('#mode-facebook')).toBeEnabled();
  const rule = options.locator('input[data-rule="patient-identifier/health-number"]');
  await expect(rule).toBeDisabled();
  await expect(rule).toBeChecked();
  await expect(options.getByText('Locked: Set by Kestrel NHS Trust')).toHaveCount(2); // mode and rule on X
});

test('after the worker was stopped (as the browser does when idle), the popup still shows the draft', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page, tabId } = await openTab(context, serviceWorker, extensionId);
  await typeRiskyDraft(page);
  await stopServiceWorkers(page);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  await expect(popup.getByRole('status')).toContainText('Your X draft: 1 thing to look at', { timeout: 10_000 });
});

test('an options change reaches an open tab even when the worker had been stopped', async ({
  page,
  context,
  extensionId,
}) => {
  await typeRiskyDraft(page);
  await stopServiceWorkers(page);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.locator(`input[data-rule="${HEALTH_NUMBER}"]`).uncheck();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await expect.poll(() => underlined(page)).toEqual([]);
});

test('the popup never shows a draft the tab has left (another site, another platform, a sent post), and the badge clears', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page, tabId } = await openTab(context, serviceWorker, extensionId);
  const popupSays = async (text: string) => {
    const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
    await expect(popup.getByRole('status')).toContainText(text);
    // Never the old draft's findings, not even for a moment before the right state.
    await expect(popup.locator('.finding')).toHaveCount(0);
    await popup.close();
  };

  // From X with a risky draft to a page that is not X, Facebook or LinkedIn.
  await typeRiskyDraft(page);
  await expect.poll(() => badge(serviceWorker, tabId)).toBe('1');
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect.poll(() => badge(serviceWorker, tabId)).toBe('');
  await popupSays('This page is not one of them');

  // From X with a risky draft to another supported site.
  await typeRiskyDraft(page);
  await expect.poll(() => badge(serviceWorker, tabId)).toBe('1');
  await openFixture(page, 'https://www.facebook.com/');
  await expect.poll(() => badge(serviceWorker, tabId)).toBe('');
  await popupSays('No draft yet. Start writing a post on Facebook');

  // A risky draft posted anyway from the review: gone from the popup and the badge.
  await typeRiskyDraft(page);
  await expect.poll(() => badge(serviceWorker, tabId)).toBe('1');
  await page.keyboard.press('Control+Enter');
  await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => fixtureApi(page).sent()).toEqual([{ surface: 'x-home', text: RISKY }]);
  await expect.poll(() => badge(serviceWorker, tabId)).toBe('');
  await popupSays('No draft yet');
});

test('profile and custom-term changes reach an open tab at once, without a reload', async ({
  page,
  context,
  extensionId,
}) => {
  const SELF = 'As a GP, I can tell you Kestrel Ward is full again.';
  await openFixture(page, X_HOME);
  await xEditor(page).click();
  await page.keyboard.type(SELF);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.locator('#account-own-x')).toHaveValue('unset');
  await expect.poll(() => underlined(page)).toEqual([]); // the profile has not said: no guess

  // Profile: this X account is not in the user's name → a note on where they say they are a GP.
  await options.locator('#account-own-x').selectOption('no');
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await expect.poll(() => underlined(page)).toEqual(['As a GP']);
  await options.locator('#account-own-x').selectOption('yes');
  await expect.poll(() => underlined(page)).toEqual([]);

  // Custom terms: a ward listed as identifying is underlined; then ignored, it is not.
  await options.locator('#terms-identifying').fill('Kestrel Ward');
  await options.locator('#terms-identifying').blur();
  await expect.poll(() => underlined(page)).toEqual(['Kestrel Ward']);
  await options.locator('#terms-ignore').fill('kestrel');
  await options.locator('#terms-ignore').blur();
  await expect.poll(() => underlined(page)).toEqual([]);
  expect(await fixtureApi(page).model('x-home')).toBe(SELF); // and the draft was never touched
});
