/**
 * Playwright fixtures for end-to-end tests of the content script on the compose-box fixtures.
 *
 * The browser is launched by launcher.ts (Debian Chromium, a persistent context in a fresh
 * temporary profile per launch, headless), which the browser benchmark shares.
 *
 * One browser per worker is shared by default (each test gets a new tab); see the options below
 * for a fresh profile or a strict CSP. Options are set with test.use().
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureApi } from '../../fixtures/src/api';
import { CHROMIUM, launchChromium } from './launcher';
import type { NetworkLog } from './routes';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The unpacked build to load; E2E_EXTENSION_DIR overrides it (e.g. for a dev build). */
export const EXTENSION_DIR = path.resolve(
  process.env['E2E_EXTENSION_DIR'] ?? path.join(repoRoot, '.output', 'chrome-mv3'),
);
export { CHROMIUM };

/** Worker-scoped options: a change starts a new worker (and browser). */
export interface WorkerOptions {
  /** Load the built extension (default). False runs the fixture pages alone. */
  withExtension: boolean;
}

/** Test-scoped options. */
export interface TestOptions {
  /**
   * Give this test its own browser and fresh profile (about 1–1.5 s more). By default tests share
   * one browser per worker and each gets a new tab; extension storage then carries over between
   * tests, so tests that depend on stored settings should set this.
   */
  freshProfile: boolean;
  /** Serve fixture pages with the strict Content-Security-Policy from routes.ts (implies its own browser). */
  csp: boolean;
}

export interface Fixtures {
  context: BrowserContext;
  /** A new tab for this test, closed afterwards. */
  page: Page;
  /** What the fixture routes saw during this test; `network.unexpected` must stay empty. */
  network: NetworkLog;
  /** The extension's MV3 service worker (only with `withExtension`). */
  serviceWorker: Worker;
  extensionId: string;
  /** Uncaught errors in this test's pages, so specs can assert there were none. */
  pageErrors: Error[];
}

interface Launched {
  context: BrowserContext;
  network: NetworkLog;
  close(): Promise<void>;
}

interface WorkerFixtures {
  /** Lazily launches the worker's shared browser on first use. */
  sharedBrowser: () => Promise<Launched>;
}

const logs = new WeakMap<BrowserContext, NetworkLog>();

async function launch(withExtension: boolean, csp: boolean): Promise<Launched> {
  const launched = await launchChromium({ extensionDir: withExtension ? EXTENSION_DIR : undefined, csp });
  logs.set(launched.context, launched.network);
  return launched;
}

export const test = base.extend<TestOptions & Fixtures, WorkerOptions & WorkerFixtures>({
  withExtension: [true, { option: true, scope: 'worker' }],
  csp: [false, { option: true }],
  freshProfile: [false, { option: true }],

  sharedBrowser: [
    async ({ withExtension }, use) => {
      let launched: Promise<Launched> | undefined;
      await use(() => (launched ??= launch(withExtension, false)));
      if (launched) await (await launched).close();
    },
    { scope: 'worker' },
  ],

  context: async ({ withExtension, csp, freshProfile, sharedBrowser }, use, testInfo) => {
    if (withExtension && !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      testInfo.skip(true, `No extension build at ${EXTENSION_DIR}: run \`npm run build\`.`);
    }
    const own = freshProfile || csp;
    const launched = own ? await launch(withExtension, csp) : await sharedBrowser();
    const { network } = launched;
    // The log is per test: empty it in place (routes.ts holds the same arrays).
    for (const list of [network.all, network.unexpected, network.unmatched]) list.length = 0;
    try {
      await use(launched.context);
    } finally {
      if (own) await launched.close();
    }
  },

  network: async ({ context }, use) => {
    const log = logs.get(context);
    if (!log) throw new Error('No fixture routes on this context');
    await use(log);
  },

  pageErrors: async ({ context }, use) => {
    const errors: Error[] = [];
    const watch = (page: Page) => page.on('pageerror', (error) => errors.push(error));
    context.on('page', watch);
    await use(errors);
    context.off('page', watch);
  },

  page: async ({ context, pageErrors }, use) => {
    void pageErrors; // subscribe before the tab exists
    const page = await context.newPage();
    try {
      await use(page);
    } finally {
      await page.close();
    }
  },

  serviceWorker: async ({ context, withExtension }, use) => {
    if (!withExtension) throw new Error('serviceWorker needs withExtension: true');
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    // The id derives from the unpacked directory's absolute path, so read it each run.
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect };

/** Opens a fixture URL and waits until its editors are mounted. */
export async function openFixture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__fixture?.ready === true);
}

/** Reads the fixture's test API (see tests/fixtures/src/api.ts) from the page's main world. */
export function fixtureApi(page: Page) {
  return {
    model: (name?: string) => page.evaluate((n) => window.__fixture!.model(n), name),
    sent: () => page.evaluate(() => window.__fixture!.sent),
    sendCalls: () => page.evaluate(() => window.__fixture!.sendCalls),
    surfaces: () => page.evaluate(() => window.__fixture!.surfaces),
    clear: (name?: string) => page.evaluate((n) => window.__fixture!.clear(n), name),
  } satisfies Record<string, (...args: never[]) => Promise<unknown>>;
}

export type { FixtureApi };
