/**
 * The built extension on every compose surface: a risky draft is underlined exactly, the editor's
 * own model and caret are untouched, sending is held for a review, "Post anyway" sends exactly
 * what was typed, and a clean draft sends with no interruption.
 */
import { expect, fixtureApi, openFixture, test } from './support/fixtures';
import {
  card,
  CLEAN,
  keystrokeLatencies,
  reviewDialog,
  RISKY,
  RISKY_SPAN,
  stopServiceWorkers,
  underlined,
} from './support/extension';
import { CASES } from './support/surfaces';

const isTextarea = (surface: string) => surface === 'generic-textarea';

for (const c of CASES) {
  test.describe(c.title, () => {
    test('risky draft: exact underline, model and caret intact, send held, "Post anyway" sends it', async ({
      page,
      network,
      pageErrors,
    }) => {
      const api = fixtureApi(page);
      await openFixture(page, c.url);
      await c.open?.(page);
      await c.editor(page).click();
      await page.keyboard.type(RISKY);
      await expect.poll(() => api.model(c.surface)).toBe(RISKY);
      if (!isTextarea(c.surface)) await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);

      // The caret stayed at the end: the next key lands after what was typed.
      await page.keyboard.type('!');
      await expect.poll(() => api.model(c.surface)).toBe(`${RISKY}!`);
      await page.keyboard.press('Backspace');
      await expect.poll(() => api.model(c.surface)).toBe(RISKY);

      await c.send(page);
      await expect(reviewDialog(page)).toBeVisible();
      await expect(reviewDialog(page)).toContainText('Could identify a patient');
      await expect(reviewDialog(page)).toContainText('Using social media as a medical professional');
      expect(await api.sendCalls()).toBe(0);

      await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
      await expect.poll(() => api.sent()).toEqual([{ surface: c.surface, text: RISKY }]);
      expect(await api.sendCalls()).toBe(1);
      expect(network.unexpected).toEqual([]);
      expect(pageErrors).toEqual([]);
    });

    test('clean draft sends at once, with no dialog', async ({ page }) => {
      const api = fixtureApi(page);
      await openFixture(page, c.url);
      await c.open?.(page);
      await c.editor(page).click();
      await page.keyboard.type(CLEAN);
      await expect.poll(() => api.model(c.surface)).toBe(CLEAN);
      await c.send(page);
      await expect.poll(() => api.sent()).toEqual([{ surface: c.surface, text: CLEAN }]);
      await expect(reviewDialog(page)).toHaveCount(0);
    });
  });
}

const X_HOME = CASES.find((c) => c.title.startsWith('X home composer, send button'))!;

test('a click that arrives before the latest text was checked is held, checked, then blocked', async ({ page }) => {
  const api = fixtureApi(page);
  await openFixture(page, X_HOME.url);
  await X_HOME.editor(page).click();
  await page.keyboard.type('Lovely day. NHS no 463 030 8245');
  // Click in the same task as the last keystroke, before any debounce could fire.
  await page.evaluate(() => {
    (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click();
  });
  await expect(reviewDialog(page)).toBeVisible();
  expect(await api.sendCalls()).toBe(0);
});

test('edits update the underlines, and an emptied draft has none', async ({ page }) => {
  await openFixture(page, X_HOME.url);
  await X_HOME.editor(page).click();
  await page.keyboard.type(`Morning 🌞 all.\n${RISKY}`);
  await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
  for (let i = 0; i < ' still waiting for a bed'.length + 3; i++) await page.keyboard.press('Backspace');
  await expect.poll(() => underlined(page)).toEqual([]);
  await page.keyboard.type('245 waiting');
  await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
  const latencies = await keystrokeLatencies(page);
  expect(latencies.length).toBeGreaterThan(0);
});

test('keyboard only: card from the caret, "Ignore here", then review dialog and Post anyway', async ({ page }) => {
  const api = fixtureApi(page);
  await openFixture(page, X_HOME.url);
  await X_HOME.editor(page).click();
  await page.keyboard.type('JH in bed 6 pulled through. NHS no 463 030 8245');
  await expect.poll(() => underlined(page)).toContain(RISKY_SPAN);

  // The card for the finding at the caret (the NHS number), reached and used by keyboard alone.
  await page.keyboard.press('Alt+Shift+L');
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('NHS number');
  await expect(card(page).getByRole('button').first()).toBeFocused();
  while (
    !(await card(page)
      .getByRole('button', { name: 'Ignore here' })
      .evaluate((b) => b.matches(':focus')))
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveCount(0);
  await expect.poll(() => underlined(page)).not.toContain(RISKY_SPAN);
  // Focus and caret are back in the editor: typing continues at the end.
  await page.keyboard.type('.');
  const text = 'JH in bed 6 pulled through. NHS no 463 030 8245.';
  await expect.poll(() => api.model('x-home')).toBe(text);

  // The other findings still hold the send for a review, which is keyboard operable too.
  await page.keyboard.press('Control+Enter');
  await expect(reviewDialog(page)).toBeVisible();
  await expect(reviewDialog(page)).not.toContainText('NHS number');
  await expect(reviewDialog(page).getByRole('button', { name: 'Edit my post' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reviewDialog(page).getByRole('button', { name: 'Post anyway' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => api.sent()).toEqual([{ surface: 'x-home', text }]);
});

test('"Edit" puts the caret on the first finding and a second send is not nagged again', async ({ page }) => {
  const api = fixtureApi(page);
  await openFixture(page, X_HOME.url);
  await X_HOME.editor(page).click();
  await page.keyboard.type(RISKY);
  await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
  await X_HOME.send(page);
  await reviewDialog(page).getByRole('button', { name: 'Edit my post' }).click();
  await expect(reviewDialog(page)).toHaveCount(0);
  // The caret sits at the start of the NHS number: typing inserts there.
  await page.keyboard.type('#');
  await expect.poll(() => api.model('x-home')).toBe(RISKY.replace(RISKY_SPAN, `#${RISKY_SPAN}`));
  await page.keyboard.press('Backspace');
  await expect.poll(() => api.model('x-home')).toBe(RISKY);
  await X_HOME.send(page);
  await expect.poll(() => api.sent()).toEqual([{ surface: 'x-home', text: RISKY }]);
});

test('the page never sees the draft outside the editor', async ({ page }) => {
  await openFixture(page, X_HOME.url);
  await X_HOME.editor(page).click();
  await page.keyboard.type(RISKY);
  await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
  await X_HOME.send(page);
  await expect(reviewDialog(page)).toBeVisible();
  const outside = await page.evaluate(() => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    const texts: string[] = [];
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (editor.contains(n)) continue;
        if (n.nodeType === Node.TEXT_NODE) texts.push((n as Text).data);
        else if ((n as Element).shadowRoot) walk((n as Element).shadowRoot!);
      }
    };
    walk(document.documentElement);
    return texts.join(' ');
  });
  expect(outside).not.toContain(RISKY.slice(0, 12));
  expect(outside).not.toContain(RISKY_SPAN);
});

test('the service worker stopped mid-session: checking carries on', async ({ page }) => {
  const api = fixtureApi(page);
  await openFixture(page, X_HOME.url);
  await X_HOME.editor(page).click();
  await page.keyboard.type('Morning all. ');
  await expect.poll(() => api.model('x-home')).toBe('Morning all. ');
  await stopServiceWorkers(page);
  await page.keyboard.type(RISKY);
  await expect.poll(() => underlined(page), { timeout: 15_000 }).toEqual([RISKY_SPAN]);
  await X_HOME.send(page);
  await expect(reviewDialog(page)).toBeVisible();
});

test.describe('settings from the card', () => {
  test.use({ freshProfile: true });

  test('"Turn this rule off on X" removes its underline at once, and Facebook still checks it', async ({
    page,
    context,
  }) => {
    await openFixture(page, X_HOME.url);
    await X_HOME.editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
    await page.keyboard.press('Alt+Shift+L');
    await card(page).getByRole('button', { name: 'Turn this rule off on X' }).click();
    await expect.poll(() => underlined(page)).toEqual([]);

    const facebook = await context.newPage();
    await openFixture(facebook, 'https://www.facebook.com/');
    await facebook.locator('[role="dialog"] [role="textbox"][data-lexical-editor="true"]').click();
    await facebook.keyboard.type(RISKY);
    await expect.poll(() => underlined(facebook)).toEqual([RISKY_SPAN]);
    await facebook.close();
  });
});

test.describe("under the site's strict Content-Security-Policy", () => {
  test.use({ csp: true });

  test('underlines and the review dialog still work, with no console errors', async ({ page, pageErrors }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const api = fixtureApi(page);
    await openFixture(page, X_HOME.url);
    await X_HOME.editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
    await X_HOME.send(page);
    await expect(reviewDialog(page)).toBeVisible();
    expect(await api.sendCalls()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('SPA navigation: when the site swaps the composer away, its underlines go with it', async ({
  page,
  pageErrors,
}) => {
  await openFixture(page, X_HOME.url);
  await X_HOME.editor(page).click();
  await page.keyboard.type(RISKY);
  await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
  // The site swaps its view in place, as X does between routes: the old editor goes away.
  await page.evaluate(() => {
    history.pushState({}, '', '/explore');
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
    editor?.closest('[data-testid="primaryColumn"], main')?.replaceChildren();
  });
  // Nothing stays painted (a range over removed text collapses and paints nothing).
  await expect.poll(async () => (await underlined(page)).filter(Boolean)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test.describe('platform modes', () => {
  test.use({ freshProfile: true });

  test('inline mode underlines but never holds the send; off mode does neither', async ({
    page,
    context,
    extensionId,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const runtime = (globalThis as any).chrome.runtime;
      const reply = await runtime.sendMessage({ kind: 'getSettings', v: 1 });
      const settings = reply.data.settings;
      settings.platforms.x.mode = 'inline';
      settings.platforms.facebook.mode = 'off';
      await runtime.sendMessage({ kind: 'setSettings', v: 1, settings });
    });
    await options.close();

    const api = fixtureApi(page);
    await openFixture(page, X_HOME.url);
    await X_HOME.editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
    await X_HOME.send(page);
    await expect.poll(() => api.sent()).toEqual([{ surface: 'x-home', text: RISKY }]);
    await expect(reviewDialog(page)).toHaveCount(0);

    await openFixture(page, 'https://www.facebook.com/');
    await page.locator('[role="dialog"] [role="textbox"][data-lexical-editor="true"]').click();
    await page.keyboard.type(RISKY);
    await page.waitForTimeout(500);
    expect(await underlined(page)).toEqual([]);
    await page.locator('[role="dialog"] [role="button"][aria-label="Post"]').click();
    await expect.poll(() => api.sent()).toEqual([{ surface: 'fb-post', text: RISKY }]);
  });
});

test('pointing at an underline opens the card without taking focus from the editor', async ({ page }) => {
  const api = fixtureApi(page);
  await openFixture(page, X_HOME.url);
  await X_HOME.editor(page).click();
  await page.keyboard.type(RISKY);
  await expect.poll(() => underlined(page)).toEqual([RISKY_SPAN]);
  const box = await page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('second-look-error') ?? [])] as Range[];
    const r = range!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('NHS number');
  // Typing still goes to the editor.
  await page.keyboard.type('!');
  await expect.poll(() => api.model('x-home')).toBe(`${RISKY}!`);
});
