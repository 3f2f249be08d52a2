/**
 * Launches Debian Chromium with (optionally) the unpacked extension and the fixture routes. Shared
 * by the Playwright fixtures (fixtures.ts) and the browser benchmark (bench/browser.ts), so both
 * measure the same browser set up the same way.
 *
 * Launch recipe (shared/research/testing-recipe.md §3, verified on this machine): a persistent
 * context (extensions only load there) in a fresh temporary profile per launch, headless, and
 * --disable-extensions-except next to --load-extension because Playwright itself passes
 * --disable-extensions.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { routeFixtures, type NetworkLog } from './routes';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** The unpacked build to load; none runs the fixture pages alone. */
  extensionDir?: string;
  /** Serve fixture pages with the strict Content-Security-Policy from routes.ts. */
  csp?: boolean;
  /**
   * 'block' (the default) stops page service workers; the extension's still runs, but Playwright
   * then neither reports nor routes its requests. 'allow' makes them visible (privacy.spec.ts
   * needs that); it is not the default because Playwright attaching to the worker's network at
   * start-up made the install-time welcome tab late in 3 of 10 runs here.
   */
  serviceWorkers?: 'allow' | 'block';
}

export interface Launched {
  context: BrowserContext;
  network: NetworkLog;
  /** The temporary profile directory (removed by close). */
  profile: string;
  close(): Promise<void>;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Launched> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'second-look-e2e-'));
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  const { extensionDir } = options;
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const network = await routeFixtures(context, { csp: options.csp ?? false });
    return { context, network, profile, close };
  } catch (error) {
    await close();
    throw error;
  }
}
