/**
 * Which answer a request for a fixture URL gets, independent of the browser driver: the compose-box
 * fixtures are served at the real site URLs, so the extension's content scripts match exactly as
 * they would on the sites. Nothing leaves the machine: a request that is not a fixture page or asset
 * is aborted (other hosts) or answered 404 (fixture hosts), and both are logged so tests can assert
 * there was none.
 *
 * Used by routes.ts (Playwright, Chromium) and tests/firefox/smoke.ts (puppeteer-core, Firefox).
 */
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

export const newNetworkLog = (): NetworkLog => ({ all: [], unexpected: [], unmatched: [] });

/** What to do with one request: abort it, or answer with a status and optionally a file. */
export type FixtureAnswer =
  | { kind: 'abort' }
  | { kind: 'fulfill'; status: number; file?: string; contentType?: string; headers?: Record<string, string> };

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** Fails early with the command to run when the fixture bundles were never built. */
export function assertFixturesBuilt(): void {
  if (!existsSync(path.join(DIST_DIR, 'x.js'))) {
    throw new Error('Fixture bundles missing: run `node tests/fixtures/build.mjs` first.');
  }
}

/** Decides the answer for a web request and records it in the log. */
export function answerFixtureRequest(raw: string, log: NetworkLog, options: RouteOptions = {}): FixtureAnswer {
  log.all.push(raw);
  const url = new URL(raw);
  if (!FIXTURE_HOSTS[url.hostname] || url.protocol !== 'https:') {
    log.unexpected.push(raw);
    return { kind: 'abort' };
  }
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const name = path.basename(url.pathname);
    const file = path.join(DIST_DIR, name);
    const contentType = MIME[path.extname(name)];
    if (contentType && existsSync(file)) return { kind: 'fulfill', status: 200, file, contentType };
  } else if (url.pathname === '/favicon.ico') {
    return { kind: 'fulfill', status: 204 };
  } else {
    const page = fixturePageFor(url);
    if (page) {
      const headers = options.csp ? { 'content-security-policy': STRICT_CSP } : undefined;
      return { kind: 'fulfill', status: 200, file: path.join(PAGES_DIR, page), contentType: MIME['.html'], headers };
    }
  }
  log.unmatched.push(raw);
  return { kind: 'fulfill', status: 404, file: path.join(PAGES_DIR, 'not-found.html'), contentType: MIME['.html'] };
}
