/**
 * Faults a user's browser really meets, on the built extension: the service worker stopped while
 * typing, corrupt storage, the extension reloaded under an open tab, the site re-rendering its
 * composer, a 1 MB paste, and a checker that fails. In every case the editor keeps working, the
 * page sees no error of ours, and sending is never blocked by a failure of ours.
 *
 * Already covered elsewhere (not repeated here): a worker stopped between two bursts of typing
 * and the send nudge afterwards (extension.spec.ts), SPA navigation dropping a composer's
 * underlines (extension.spec.ts), an invalid settings import (popup-options.spec.ts).
 */
import type { Page } from '@playwright/test';
import { expect, fixtureApi, openFixture, test } from './support/fixtures';
import { RISKY, RISKY_SPAN, reviewDialog, underlined } from './support/extension';
import {
  breakChecker,
  launchReloadable,
  liveWorker,
  reloadExtension,
  stopWorkers,
  watchErrors,
} from './support/faults';
import { CASES } from './support/surfaces';

const X_HOME = CASES.find((c) => c.title.startsWith('X home composer, send button'))!;
const toasts = (page: Page) => page.locator('second-look-ui .toast');

test('the service worker stopped again and again mid-typing: underlines catch up with the final text', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  const errors = await watchErrors(page);
  const api = fixtureApi(page);
  await openFixture(page, X_HOME.url);
  await X_HOME.editor(page).click();
  // Stop the worker between every few keystrokes, so checks are in flight when it goes.
  const parts = ['Morning all. ', 'NHS no 463 ', '030 82', '45 still', ' waiting for a bed'];
  for (const part of parts) {
    await page.keyboard.type(part);
    await stopWorkers(page);
  }
  const text = `Morning all. ${RISKY}`;
  await expect.poll(() => api.model('x-home')).toBe(text);
  await expect.poll(() => underlined(page), { timeout: 20_000 }).toEqual([RISKY_SPAN]);
  // A worker that was stopped answers the next edit too, and the underline follows it.
  await stopWorkers(page);
  for (let i = 0; i < ' still waiting for a bed'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('9');
  await expect.poll(() => underlined(page), { timeout: 20_000 }).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('corrupt storage', () => {
  test.use({ freshProfile: true });

  test('junk in storage: checking goes on with defaults, valid settings are kept, options show sane values', async ({
    page,
    context,
    extensionId,
    pageErrors,
  }) => {
    test.setTimeout(60_000);
    const worker = await liveWorker(context);
    await worker.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const storage = (globalThis as any).chrome.storage;
      await storage.sync.set({
        settings: {
          version: 1,
          platforms: {
            // Corrupt: falls back to the defaults (nudge at warning).
            x: { mode: 'loud', nudgeAt: 42, categories: 'junk', rules: { 'no-such-rule': { enabled: 'yes' } } },
            facebook: null,
            // Valid: kept.
            linkedin: { mode: 'inline', nudgeAt: 'error', categories: {}, rules: {} },
          },
          profile: { displayName: { nested: true }, profession: 'astronaut' },
          customTerms: { identifying: 'not a list', ignore: [7, ''] },
        },
        '': '\u0000',
        unknownKey: { deep: [1, { x: NaN }] },
      });
      await storage.local.set({ settings: 'junk', junk: new Array(1000).fill('x').join('') });
      await storage.session?.set?.({ settings: 12 });
    });
    // A restarted worker reads everything afresh.
    const api = fixtureApi(page);
    await openFixture(page, X_HOME.url);
    await stopWorkers(page);
    await X_HOME.editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => underlined(page), { timeout: 20_000 }).toEqual([RISKY_SPAN]);
    await X_HOME.send(page);
    await expect(reviewDialog(page)).toBeVisible(); // x: nudge, the default

    // LinkedIn's valid "inline" mode survived: underlined, but the send is not held.
    await openFixture(page, 'https://www.linkedin.com/feed/?layout=classic');
    await page.locator('[role="dialog"] .ql-editor[role="textbox"]').click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => underlined(page), { timeout: 20_000 }).toEqual([RISKY_SPAN]);
    await page.locator('[role="dialog"] button.share-actions__primary-action').click();
    await expect.poll(() => api.sent()).toEqual([{ surface: 'li-share', text: RISKY }]);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('#mode-x')).toHaveValue('nudge');
    await expect(options.locator('#mode-facebook')).toHaveValue('nudge');
    await expect(options.locator('#mode-linkedin')).toHaveValue('inline');
    await options.close();
    expect(pageErrors).toEqual([]);
  });
});

test('the extension reloaded under an open tab: the old copy stops quietly and says so; a page reload brings checking back', async () => {
  test.setTimeout(90_000);
  // Its own browser: reloading needs developer mode and no --disable-extensions (see faults.ts).
  const { context, close } = await launchReloadable();
  try {
    const page = await context.newPage();
    const errors = await watchErrors(page);
    const api = fixtureApi(page);
    await openFixture(page, X_HOME.url);
    await X_HOME.editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => underlined(page), { timeout: 20_000 }).toEqual([RISKY_SPAN]);
    const extensionId = new URL((await liveWorker(context)).url()).host;

    await reloadExtension(context, extensionId);
    await page.bringToFront();
    // Chrome does not inject the new content script into this tab (MV3; the extension has no
    // "scripting" permission to do it), so the old copy finds out at its next check: it removes
    // its underlines, tells the user once, and leaves the editor alone.
    await page.keyboard.type(' now');
    await expect(toasts(page)).toContainText('Second Look was updated or restarted', { timeout: 20_000 });
    await expect.poll(() => underlined(page)).toEqual([]);
    await expect.poll(() => api.model('x-home')).toBe(`${RISKY} now`);
    // Its listeners are gone: typing and sending are the site's alone, nothing is held.
    await page.keyboard.type('!');
    await expect.poll(() => api.model('x-home')).toBe(`${RISKY} now!`);
    await X_HOME.send(page);
    await expect.poll(() => api.sent()).toEqual([{ surface: 'x-home', text: `${RISKY} now!` }]);
    await expect(reviewDialog(page)).toHaveCount(0);
    // Its notice goes after a while, and nothing of it is left on the page.
    await expect(page.locator('second-look-ui')).toHaveCount(0, { timeout: 20_000 });
    expect(errors).toEqual([]);

    // After a page reload the new copy checks as before.
    await openFixture(page, X_HOME.url);
    await X_HOME.editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => underlined(page), { timeout: 20_000 }).toEqual([RISKY_SPAN]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('the site replaces its composer under us (as React re-renders do): the new editor is hooked and underlined', async ({
  page,
  pageErrors,
}) => {
  const errors = await watchErrors(page);
  const api = fixtureApi(page);
  await openFixture(page, 'https://www.facebook.com/');
  const editor = page.locator('[role="dialog"] [role="textbox"][data-lexical-editor="true"]');
  await editor.click();
  await page.keyboard.type(RISKY);
  await expect.poll(() => underlined(page), { timeout: 20_000 }).toEqual([RISKY_SPAN]);

  // Remove the composer and put it back, as a re-render that re-mounts the subtree does.
  await page.evaluate(() => {
    const dialog = document.querySelector('[role="dialog"]')!;
    const parent = dialog.parentNode!;
    const next = dialog.nextSibling;
    dialog.remove();
    parent.insertBefore(dialog, next);
  });
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' today');
  await expect.poll(() => api.model('fb-post')).toBe(`${RISKY} today`);
  await expect.poll(() => underlined(page), { timeout: 20_000 }).toEqual([RISKY_SPAN]);

  // Replace the editor element with a fresh contenteditable (a new component instance).
  await page.evaluate(() => {
    const old = document.querySelector('[role="dialog"] [role="textbox"][data-lexical-editor="true"]')!;
    const fresh = old.cloneNode(false) as HTMLElement;
    fresh.textContent = '';
    old.replaceWith(fresh);
  });
  await expect.poll(async () => (await underlined(page)).filter(Boolean)).toEqual([]);
  await editor.click();
  await page.keyboard.type('Call me on 07700 900123 or NHS no 463 030 8245');
  await expect.poll(() => underlined(page), { timeout: 20_000 }).toContain(RISKY_SPAN);
  expect(pageErrors).toEqual([]);
  expect(errors).toEqual([]);
});

const MB = 1 << 20;
const SENTENCE = 'Ward round done and the team were brilliant today as ever. ';
const PASTE_EDITORS = [
  { url: X_HOME.url, editor: X_HOME.editor, surface: 'x-home' },
  {
    url: 'https://www.facebook.com/',
    editor: (page: Page) => page.locator('[role="dialog"] [role="textbox"][data-lexical-editor="true"]'),
    surface: 'fb-post',
  },
  {
    url: 'https://www.linkedin.com/feed/?layout=classic',
    editor: (page: Page) => page.locator('[role="dialog"] .ql-editor[role="textbox"]'),
    surface: 'li-share',
  },
];

for (const target of PASTE_EDITORS) {
  test(`a 1 MB paste into ${target.surface}: the page stays responsive and the checker says how much it read`, async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000);
    const api = fixtureApi(page);
    await openFixture(page, target.url);
    await target.editor(page).click();
    const big = `NHS no 463 030 8245. ${SENTENCE.repeat(Math.ceil(MB / SENTENCE.length))}`.slice(0, MB);
    const pasted = Date.now();
    await page.keyboard.insertText(big);
    const insertMs = Date.now() - pasted;
    await expect.poll(async () => (await api.model(target.surface)).length, { timeout: 60_000 }).toBe(MB);
    await expect(toasts(page)).toContainText(/checked the first [\d,]+ characters/, { timeout: 30_000 });
    await expect.poll(() => underlined(page), { timeout: 30_000 }).toEqual([RISKY_SPAN]);

    // Responsiveness while the extension re-checks: the time from a keystroke to the next frame,
    // and the extension's own main-thread work per repaint. Bound: 200 ms per repaint.
    await page.evaluate(() => {
      performance.clearMeasures('second-look:paint');
    });
    const frames: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.type('a');
      frames.push(
        await page.evaluate(() => {
          const start = performance.now();
          return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - start)));
        }),
      );
    }
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('second-look:paint').length), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const paints = await page.evaluate(() =>
      performance.getEntriesByName('second-look:paint').map((e) => Math.round(e.duration)),
    );
    // eslint-disable-next-line no-console -- the measured figures, printed by design
    console.log(`1 MB paste into ${target.surface}: ${JSON.stringify({ insertMs, frames, paints })}`);
    for (const p of paints) expect(p).toBeLessThan(200);
    expect(Math.max(...frames)).toBeLessThan(1000);
    // Said once, not again on each of the keystrokes above (a notice lasts 6 s).
    expect(await toasts(page).filter({ hasText: 'checked the first' }).count()).toBeLessThanOrEqual(1);
    expect(pageErrors).toEqual([]);
  });
}

test.describe('never trapped', () => {
  test.use({ freshProfile: true });

  test('the checker fails: the user is told while typing, and the send goes out unblocked', async ({
    page,
    context,
    pageErrors,
  }) => {
    const errors = await watchErrors(page);
    const api = fixtureApi(page);
    await openFixture(page, X_HOME.url);
    await breakChecker(await liveWorker(context));
    await X_HOME.editor(page).click();
    await page.keyboard.type(RISKY);
    await expect(toasts(page)).toContainText('cannot check your post just now', { timeout: 20_000 });
    expect(await underlined(page)).toEqual([]);
    await X_HOME.send(page);
    await expect.poll(() => api.sent(), { timeout: 10_000 }).toEqual([{ surface: 'x-home', text: RISKY }]);
    await expect(reviewDialog(page)).toHaveCount(0);
    await expect(toasts(page)).toContainText(['sent without a check']);
    expect(pageErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the worker hangs (no answer at all): the send waits a few seconds at most, then goes out', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000);
    const api = fixtureApi(page);
    await openFixture(page, X_HOME.url);
    const worker = await liveWorker(context);
    // Busy for good: every message waits, as behind a runaway computation.
    void worker
      .evaluate(() =>
        setTimeout(() => {
          for (;;);
        }, 0),
      )
      .catch(() => undefined);
    await X_HOME.editor(page).click();
    await page.keyboard.type(RISKY);
    const clicked = Date.now();
    await X_HOME.send(page);
    await expect.poll(() => api.sent(), { timeout: 15_000 }).toEqual([{ surface: 'x-home', text: RISKY }]);
    const waited = Date.now() - clicked;
    // eslint-disable-next-line no-console -- the measured figures, printed by design
    console.log(`send with a hung worker went out after ${waited} ms`);
    expect(waited).toBeLessThan(10_000);
    await expect(toasts(page).last()).toContainText('sent without a check');
  });
});
