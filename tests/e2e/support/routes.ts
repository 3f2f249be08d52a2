/**
 * Serves the compose-box fixtures at the real site URLs through context.route (Playwright). What
 * each request gets is decided in fixture-requests.ts, shared with the Firefox smoke test; this
 * file only wires it to Playwright.
 *
 * The extension's service worker is routed too only when launcher.ts launches with
 * `serviceWorkers: 'allow'` (privacy.spec.ts); with the default 'block' Playwright neither routes
 * nor reports its requests.
 * `unexpected` counts other hosts only: a request to a fixture host that is not a page or asset
 * lands in `unmatched`; privacy.spec.ts judges every request by who made it.
 */
import type { BrowserContext, Route } from '@playwright/test';
import {
  answerFixtureRequest,
  assertFixturesBuilt,
  newNetworkLog,
  type NetworkLog,
  type RouteOptions,
} from './fixture-requests';

export {
  ASSET_PREFIX,
  DIST_DIR,
  FIXTURE_HOSTS,
  fixturePageFor,
  PAGES_DIR,
  STRICT_CSP,
  type NetworkLog,
  type RouteOptions,
} from './fixture-requests';

export async function routeFixtures(context: BrowserContext, options: RouteOptions = {}): Promise<NetworkLog> {
  assertFixturesBuilt();
  const log = newNetworkLog();

  const handle = async (route: Route): Promise<void> => {
    const answer = answerFixtureRequest(route.request().url(), log, options);
    if (answer.kind === 'abort') return route.abort('blockedbyclient');
    const { status, file, contentType, headers } = answer;
    return route.fulfill({ status, path: file, contentType, headers });
  };

  // One catch-all route: anything not served above is aborted or 404'd, never fetched. The
  // extension's own pages (options, popup) load their scripts from its package, not the network.
  await context.route((url) => url.protocol !== 'chrome-extension:', handle);
  return log;
}
