/**
 * The fixture CONTRACT, run without the extension: every compose surface takes trusted keyboard
 * input into the real editor library, its model equals what was typed, and the site's own send
 * path (button or key) records exactly that text once, and only when no capture-phase listener on
 * window has swallowed the event first. Later content-script tests rely on all of this.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, fixtureApi, openFixture, test } from './support/fixtures';
import { CASES } from './support/surfaces';

test.use({ withExtension: false });

/** An emoji, an @mention (closed by the following space) and, where allowed, a line break. */
const LINE_ONE = 'Clinic 🩺 cover @ana_lee ok';
const LINE_TWO = 'Bye';

/** Types `lines` with trusted key events, pressing `newline` between them. */
async function typeLines(page: Page, lines: string[], newline = 'Shift+Enter'): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(newline);
    await page.keyboard.type(line);
  }
}

/** Installs (or removes) a window capture-phase guard that swallows clicks and Enter keydowns. */
async function setSendGuard(page: Page, on: boolean): Promise<void> {
  await page.evaluate((install) => {
    const w = window as Window & { __guard?: (event: Event) => void };
    if (w.__guard) {
      window.removeEventListener('click', w.__guard, true);
      window.removeEventListener('keydown', w.__guard, true);
      delete w.__guard;
    }
    if (!install) return;
    w.__guard = (event: Event) => {
      if (event instanceof KeyboardEvent && (event.key !== 'Enter' || event.shiftKey)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('click', w.__guard, true);
    window.addEventListener('keydown', w.__guard, true);
  }, on);
}

for (const c of CASES) {
  test(`${c.title}: model equals typed text and send records it once`, async ({ page, network, pageErrors }) => {
    const api = fixtureApi(page);
    await openFixture(page, c.url);
    await c.open?.(page);
    const editor = c.editor(page);
    await expect(editor).toHaveCount(1);
    if (c.sendControl) await expect(c.sendControl(page)).toBeDisabled();
    await editor.click();
    const lines = c.multiline === false ? [LINE_ONE] : [LINE_ONE, LINE_TWO];
    await typeLines(page, lines);
    const typed = lines.join('\n');
    await expect.poll(() => api.model(c.surface)).toBe(typed);
    if (c.sendControl) await expect(c.sendControl(page)).not.toBeDisabled();
    expect(await api.sent()).toEqual([]);

    // A capture-phase listener on window (what the extension will use) pre-empts the site's handler.
    await setSendGuard(page, true);
    await c.send(page);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await api.sendCalls()).toBe(0);
    expect(await api.model(c.surface)).toBe(typed);
    await setSendGuard(page, false);

    await c.send(page);
    await expect.poll(() => api.sent()).toEqual([{ surface: c.surface, text: typed }]);
    expect(await api.sendCalls()).toBe(1);
    expect(network.unexpected).toEqual([]);
    expect(network.unmatched).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}

test('X compose modal: "Add post" adds tweetTextarea_1 and tweetButton sends the whole thread', async ({ page }) => {
  const api = fixtureApi(page);
  await openFixture(page, 'https://x.com/compose/post');
  const dialog = page.getByRole('dialog');
  await dialog.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('First post 🧵');
  await dialog.getByRole('button', { name: 'Add post' }).click();
  const second = dialog.locator('[data-testid="tweetTextarea_1"][role="textbox"]');
  await expect(second).toBeFocused();
  await expect(dialog.locator('[data-testid="tweetButton"]')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.type('Second post');
  await expect(dialog.locator('[data-testid="tweetButton"]')).toHaveText('Post all');
  await dialog.locator('[data-testid="tweetButton"]').click();
  expect(await api.sent()).toEqual([
    { surface: 'x-compose-0', text: 'First post 🧵' },
    { surface: 'x-compose-1', text: 'Second post' },
  ]);
  expect(await api.sendCalls()).toBe(1);
});

test('X toolBar is a sibling subtree of the editor, not an ancestor', async ({ page }) => {
  await openFixture(page, 'https://x.com/home');
  const shape = await page.evaluate(() => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    const toolBar = document.querySelector('[data-testid="toolBar"]')!;
    return {
      isDraft: editor.classList.contains('public-DraftEditor-content') && editor.closest('.DraftEditor-root') !== null,
      toolBarContainsEditor: toolBar.contains(editor),
      buttonInToolBar: toolBar.querySelector('[data-testid="tweetButtonInline"]') !== null,
      shareParent: toolBar.parentElement!.contains(editor),
    };
  });
  expect(shape).toEqual({ isDraft: true, toolBarContainsEditor: false, buttonInToolBar: true, shareParent: true });
});

test('X mention typeahead: "@" + letters opens a listbox and Enter picks instead of sending', async ({ page }) => {
  const api = fixtureApi(page);
  await openFixture(page, 'https://x.com/home');
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type('Ask @sa');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expect(editor).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('option')).toHaveCount(3);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(editor).toHaveAttribute('aria-expanded', 'false');
  expect(await api.model('x-home')).toBe('Ask @sarah_nhs ');
  await page.keyboard.type('about rotas');
  await page.keyboard.press('Control+Enter');
  expect(await api.sent()).toEqual([{ surface: 'x-home', text: 'Ask @sarah_nhs about rotas' }]);

  // Escape dismisses the listbox without picking.
  await editor.click();
  await page.keyboard.type('@sam');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
});

test('LinkedIn: decoy light-DOM .ql-editor exists outside the shadow root and is not the share box', async ({
  page,
}) => {
  await openFixture(page, 'https://www.linkedin.com/feed/');
  const shape = await page.evaluate(() => {
    const host = document.querySelector('div#interop-outlet[data-testid="interop-shadowdom"]')!;
    return {
      lightEditors: document.querySelectorAll('.ql-editor').length,
      shadowOpen: host.shadowRoot !== null,
      shadowEditors: host.shadowRoot?.querySelectorAll('[data-test-modal-id="sharebox"][role="dialog"] .ql-editor')
        .length,
      decoyInPreload: document.querySelector('.ql-editor')?.closest('[data-preload]') !== null,
    };
  });
  expect(shape).toEqual({ lightEditors: 1, shadowOpen: true, shadowEditors: 1, decoyInPreload: true });
  expect(await fixtureApi(page).surfaces()).toEqual(['li-share']);
});

test('LinkedIn comments: each post has its own box; the opener is not the submit', async ({ page }) => {
  const api = fixtureApi(page);
  await openFixture(page, 'https://www.linkedin.com/feed/');
  for (const id of ['7300000000000000001', '7300000000000000003']) {
    await page.locator(`[componentkey="urn:li:activity:${id}"] button[aria-label="Comment"]`).click();
  }
  const first = page.locator('[componentkey="urn:li:activity:7300000000000000001"]');
  const third = page.locator('[componentkey="urn:li:activity:7300000000000000003"]');
  const submitOf = (post: Locator) => post.locator('button:not([aria-label])', { hasText: 'Comment' });
  await expect(submitOf(first)).toBeDisabled();
  await first.locator('.tiptap.ProseMirror').click();
  await page.keyboard.type('Well done all');
  await expect(submitOf(first)).toBeEnabled();
  await expect(submitOf(third)).toBeDisabled();
  // Clicking the opener again only refocuses; it never submits.
  await first.locator('button[aria-label="Comment"]').click();
  expect(await api.sendCalls()).toBe(0);
  await submitOf(first).click();
  expect(await api.sent()).toEqual([{ surface: 'li-comment-1', text: 'Well done all' }]);
  expect(await api.model('li-comment-3')).toBe('');
  await expect(submitOf(first)).toBeDisabled();
});

test.describe('under a strict CSP', () => {
  test.use({ csp: true });
  const urls = [
    'https://x.com/home',
    'https://www.facebook.com/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://x.com/settings/profile',
  ];
  test('every fixture page loads and takes input with no CSP violation', async ({ page, pageErrors }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.waitForFunction(() => window.__fixture?.ready === true);
      await page.locator('[contenteditable="true"][role="textbox"]:not([aria-hidden] *)').first().click();
      await page.keyboard.type('ok 👍');
      expect(await page.evaluate(() => window.__fixture!.model())).toBe('ok 👍');
    }
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Sanity: the policy is really enforced, so a page-world inline script would be refused.
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective));
          const script = document.createElement('script');
          script.textContent = 'void 0';
          document.head.append(script);
        }),
    );
    expect(refused).toBe('script-src-elem');
  });
});

test('routes: unknown paths get a 404 page and other hosts are aborted and recorded', async ({ page, network }) => {
  const response = await page.goto('https://x.com/i/unknown-surface');
  expect(response?.status()).toBe(404);
  expect(network.unmatched).toEqual(['https://x.com/i/unknown-surface']);
  const outcome = await page.evaluate(() =>
    fetch('https://example.org/beacon', { method: 'POST', body: 'draft' }).then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  expect(network.unexpected).toEqual(['https://example.org/beacon']);
});
