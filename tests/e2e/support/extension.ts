/** Reading what the extension shows on a fixture page: underlines, the card and the review dialog. */
import type { Page } from '@playwright/test';

export const RISKY = 'NHS no 463 030 8245 still waiting for a bed';
export const RISKY_SPAN = '463 030 8245';
export const CLEAN = 'Lovely teaching session on the unit today, thanks all';

/**
 * Runs in the page's own world: the text of every range the extension has underlined, sorted.
 * Self-contained so any driver can evaluate it (Playwright here, puppeteer in tests/firefox).
 */
export function readUnderlines(): string[] {
  const out: string[] = [];
  for (const severity of ['error', 'warning', 'info']) {
    const highlight = CSS.highlights.get(`second-look-${severity}`);
    if (highlight) for (const range of highlight) out.push((range as Range).toString());
  }
  return out.sort();
}

/** The text of every range the extension has underlined, read from the page's own world. */
export function underlined(page: Page): Promise<string[]> {
  return page.evaluate(readUnderlines);
}

/** Keystroke-to-underline times the content script measured (performance.measure entries). */
export function keystrokeLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('second-look:keystroke-to-underline').map((entry) => entry.duration),
  );
}

export const reviewDialog = (page: Page) => page.locator('second-look-ui [role="dialog"][aria-modal="true"]');
export const card = (page: Page) => page.locator('second-look-ui .card');

/** Stops every service worker, as the browser does to an idle MV3 worker. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
