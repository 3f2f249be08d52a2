/**
 * Fault injection and observation for the resilience and typing specs: errors from every world of
 * a page (the content script runs in an isolated world that Playwright's `pageerror` does not
 * see), the extension's live service worker, a probe on the text the content script sends for
 * checking, and ways to make the checker fail.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, EXTENSION_DIR } from './fixtures';
import { routeFixtures } from './routes';

/**
 * Uncaught exceptions, unhandled rejections and console errors from every JavaScript world of a
 * page (its own and the content script's isolated world), read through the DevTools protocol.
 */
export async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error' || type === 'assert') errors.push(args.map((a) => a.value ?? a.description).join(' '));
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    // Network errors of the fixture routes (aborted requests) are not the extension's.
    if (entry.level === 'error' && entry.source !== 'network') errors.push(entry.text);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return errors;
}

/**
 * The extension's running service worker. A stopped worker is dropped from the context's list
 * and comes back as a new Worker when something wakes it; `wake` is a page of the extension (or
 * a fixture page whose content script is about to message it).
 */
export async function liveWorker(context: BrowserContext, timeout = 20_000): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (running) return running;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout,
  });
}

interface ProbeGlobal {
  __slProbe?: Record<string, string>;
}

/**
 * Records, in the worker, the last text each site's content script sent to be checked (keyed by
 * host). Test-only and added from outside: a second onMessage listener that never answers, so the
 * extension's own listener still replies. A worker that restarts forgets it; call again.
 */
export async function installCheckProbe(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as typeof globalThis & ProbeGlobal;
    if (g.__slProbe) return;
    g.__slProbe = {};
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (globalThis as any).chrome.runtime.onMessage.addListener((message: any, sender: { url?: string }) => {
      if (message?.kind === 'checkDraft' && sender.url) g.__slProbe![new URL(sender.url).host] = message.text;
      return undefined;
    });
  });
}

/** The text the content script on `host` last sent for checking, if the probe saw one. */
export function lastChecked(worker: Worker, host: string): Promise<string | undefined> {
  return worker.evaluate((h) => (globalThis as typeof globalThis & ProbeGlobal).__slProbe?.[h], host);
}

/**
 * Makes the checker fail: a listener added to the worker answers every check first with a
 * rejection, so the content script's request fails as it would if the engine crashed or the
 * background could not be reached. The extension's own listener still runs but loses the race.
 */
export async function breakChecker(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (globalThis as any).chrome.runtime.onMessage.addListener((message: any) => {
      if (message?.kind !== 'checkDraft') return undefined;
      return Promise.reject(new Error('checker unavailable (test fault)'));
    });
  });
}

/** Stops every service worker through the DevTools protocol, as the browser does to an idle one. */
export async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * A browser of this test's own whose extension can be reloaded. Playwright passes
 * --disable-extensions (the shared fixture only re-allows ours with --disable-extensions-except),
 * and under that flag Chrome unloads an extension on reload instead of loading it again.
 */
export async function launchReloadable(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'second-look-reload-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--load-extension=${EXTENSION_DIR}`,
    ],
    serviceWorkers: 'block',
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  await routeFixtures(context);
  return { context, close };
}

/** Reloads the extension as the developer's "reload" button does (chrome://extensions). */
export async function reloadExtension(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions/');
    await page.evaluate(async (id) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const developer = (globalThis as any).chrome.developerPrivate;
      // Without developer mode Chrome disables a reloaded unpacked extension
      // ("unsupportedDeveloperExtension") instead of starting it again.
      await developer.updateProfileConfiguration({ inDeveloperMode: true });
      await developer.reload(id, { failQuietly: true });
    }, extensionId);
  } finally {
    await page.close();
  }
}
