/**
 * Serves the compose-box fixtures at the real site URLs through context.route, so the extension's
 * content scripts match exactly as they would on the sites. Nothing leaves the machine: every
 * request that is not a fixture page or asset is aborted, and requests to hosts other than the
 * fixture hosts are recorded so specs can assert there was none.
 *
 * Caveat (playwright#18762): requests made by the extension's own service worker are not routed,
 * so `unexpected` only covers pages, frames and content scripts.
 */
import type { BrowserContext, Route } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
export const PAGES_DIR = path.join(fixturesDir, 'pages');
export const DIST_DIR = path.join(fixturesDir, 'dist');
/** Bundled editor JS and CSS are served from this path on every fixture host. */
export const ASSET_PREFIX = '/__fixtures__/';

/** The strict CSP the `csp` option adds; the fixture pages have no inline script or style. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'";

type Site = 'x' | 'facebook' | 'linkedin';

export const FIXTURE_HOSTS: Record<string, Site> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
};

/** Path patterns per site, first match wins. Query strings pick variants inside a page. */
const PAGE_ROUTES: Record<Site, [RegExp, string][]> = {
  x: [
    [/^\/home\/?$/, 'x-home.html'],
    [/^\/compose\/(post|tweet)\/?$/, 'x-compose.html'], // ?quote=1 for the quote-post variant
    [/^\/messages(\/.*)?$/, 'x-messages.html'],
    [/^\/settings(\/.*)?$/, 'generic.html'],
    [/^\/[A-Za-z0-9_]{1,15}\/status\/\d+\/?$/, 'x-status.html'],
  ],
  facebook: [
    [/^\/(home\.php)?$/, 'facebook-home.html'], // ?locale=fr on every Facebook page
    [/^\/messages\/t\/[^/]+\/?$/, 'facebook-messages.html'],
    [/^\/groups\/[^/]+\/posts\/\d+\/?$/, 'facebook-post.html'],
    [/^\/[A-Za-z0-9.]+\/posts\/[^/]+\/?$/, 'facebook-post.html'],
    [/^\/permalink\.php$/, 'facebook-post.html'],
  ],
  linkedin: [
    [/^\/feed\/?$/, 'linkedin-feed.html'], // ?layout=classic for the light-DOM share box
    [/^\/messaging\/thread\/[^/]+\/?$/, 'linkedin-messaging.html'],
    [/^\/settings(\/.*)?$/, 'generic.html'],
  ],
};

/** The fixture page file for a URL, or undefined when the host is not a fixture host or no page matches. */
export function fixturePageFor(url: URL): string | undefined {
  const site = FIXTURE_HOSTS[url.hostname];
  if (!site || url.protocol !== 'https:') return undefined;
  return PAGE_ROUTES[site].find(([pattern]) => pattern.test(url.pathname))?.[1];
}

export interface RouteOptions {
  /** Add the strict Content-Security-Policy header to fixture pages. */
  csp?: boolean;
}

export interface NetworkLog {
  /** Every request the routes saw, in order. */
  all: string[];
  /** Requests to hosts that are not fixture hosts (always aborted). Should stay empty. */
  unexpected: string[];
  /** Requests on fixture hosts that matched no page or asset (answered 404). */
  unmatched: string[];
}

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

export async function routeFixtures(context: BrowserContext, options: RouteOptions = {}): Promise<NetworkLog> {
  if (!existsSync(path.join(DIST_DIR, 'x.js'))) {
    throw new Error('Fixture bundles missing: run `node tests/fixtures/build.mjs` first.');
  }
  const log: NetworkLog = { all: [], unexpected: [], unmatched: [] };
  const pageHeaders = options.csp ? { 'content-security-policy': STRICT_CSP } : undefined;

  const handle = async (route: Route): Promise<void> => {
    const raw = route.request().url();
    log.all.push(raw);
    const url = new URL(raw);
    if (!FIXTURE_HOSTS[url.hostname] || url.protocol !== 'https:') {
      log.unexpected.push(raw);
      return route.abort('blockedbyclient');
    }
    if (url.pathname.startsWith(ASSET_PREFIX)) {
      const name = path.basename(url.pathname);
      const file = path.join(DIST_DIR, name);
      const type = MIME[path.extname(name)];
      if (type && existsSync(file)) return route.fulfill({ path: file, contentType: type });
    } else if (url.pathname === '/favicon.ico') {
      return route.fulfill({ status: 204 });
    } else {
      const page = fixturePageFor(url);
      if (page) {
        return route.fulfill({ path: path.join(PAGES_DIR, page), contentType: MIME['.html'], headers: pageHeaders });
      }
    }
    log.unmatched.push(raw);
    return route.fulfill({ status: 404, path: path.join(PAGES_DIR, 'not-found.html'), contentType: MIME['.html'] });
  };

  // One catch-all route: anything not served above is aborted or 404'd, never fetched. The
  // extension's own pages (options, popup) load their scripts from its package, not the network.
  await context.route((url) => url.protocol !== 'chrome-extension:', handle);
  return log;
}
