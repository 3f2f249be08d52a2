/**
 * Pins what the BUILT extension asks of the browser, so a new permission, site or remote source
 * cannot slip in unnoticed (issue 6, Privacy): storage only, content scripts on the supported
 * sites only, no remote code, no channel from the web, and a strict CSP for the extension's own
 * pages and worker. No browser is needed: the manifests are read from disk.
 *
 * Chrome's build is the one the e2e run makes first (.output/chrome-mv3). Firefox's builds (MV2,
 * the default, and MV3) are made here into a temporary directory, so this spec never rewrites
 * .output under another run that is using it.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROME_DIR = path.join(repoRoot, '.output', 'chrome-mv3');

/** What to do when a pin fails because the change was deliberate. */
const IF_DELIBERATE =
  'If this change is deliberate, update the pin in tests/e2e/manifest.spec.ts AND the permissions ' +
  'table in README.md (say why the extension needs it); otherwise remove it from wxt.config.ts or ' +
  'the entrypoint that added it.';

/** The only API permission: settings in chrome.storage (read by the worker, never drafts). */
const PERMISSIONS = ['storage'];

/** Where the content scripts run, per script: the supported sites and nothing else. */
const CONTENT_SCRIPT_MATCHES: Record<string, string[]> = {
  'content-scripts/x.js': [
    'https://mobile.twitter.com/*',
    'https://mobile.x.com/*',
    'https://twitter.com/*',
    'https://x.com/*',
  ],
  'content-scripts/facebook.js': [
    'https://m.facebook.com/*',
    'https://web.facebook.com/*',
    'https://www.facebook.com/*',
  ],
  'content-scripts/linkedin.js': ['https://www.linkedin.com/*'],
};

/** The extension pages' and worker's CSP (wxt.config.ts): package code only, and no fetch to anywhere. */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Never without a README entry and a very good reason: each reads or changes far more than a draft checker needs. */
const NEVER = [
  'tabs',
  'history',
  'scripting',
  '<all_urls>',
  'webRequest',
  'webRequestBlocking',
  'webNavigation',
  'declarativeNetRequest',
  'cookies',
  'debugger',
  'management',
  'nativeMessaging',
  'clipboardRead',
  'downloads',
  'bookmarks',
  'activeTab',
];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[] }>;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  sandbox?: unknown;
  browser_specific_settings?: {
    gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } };
  };
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** The checks every build must pass; `csp` is the manifest's CSP reduced to the extension pages' string. */
function expectPinned(dir: string, manifest: Manifest, csp: string | undefined): void {
  const permissions = manifest.permissions ?? [];
  expect(permissions, `permissions in ${dir}. ${IF_DELIBERATE}`).toEqual(PERMISSIONS);
  expect(manifest.host_permissions ?? [], `host_permissions in ${dir}. ${IF_DELIBERATE}`).toEqual([]);
  expect(manifest.optional_permissions ?? [], `optional_permissions. ${IF_DELIBERATE}`).toEqual([]);
  expect(manifest.optional_host_permissions ?? [], `optional_host_permissions. ${IF_DELIBERATE}`).toEqual([]);
  const everything = [
    ...permissions,
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((s) => s.matches),
  ];
  expect(
    everything.filter((p) => NEVER.includes(p) || /^(\*|https?):\/\/\*\//.test(p)),
    `broad or sensitive permissions. ${IF_DELIBERATE}`,
  ).toEqual([]);

  // Content scripts: exactly the supported sites, each script on its own platform.
  const scripts = Object.fromEntries(
    (manifest.content_scripts ?? []).map((s) => [(s.js ?? []).join(','), [...s.matches].sort()]),
  );
  const pinned = Object.fromEntries(Object.entries(CONTENT_SCRIPT_MATCHES).map(([js, m]) => [js, [...m].sort()]));
  expect(scripts, `content scripts and the sites they run on. ${IF_DELIBERATE}`).toEqual(pinned);

  // No remote code: every script the manifest names ships in the package.
  const named = [
    manifest.background?.service_worker,
    manifest.background?.page,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]),
  ].filter((file): file is string => typeof file === 'string');
  for (const file of named) {
    expect(file, 'a script named by the manifest must be a file in the package').not.toMatch(/:\/\//);
    expect(existsSync(path.join(dir, file)), `${file} is in the package`).toBe(true);
  }
  // …and every page loads its scripts from the package, not from a server.
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(dir, page), 'utf8');
    const remote = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)];
    expect(
      remote.map((m) => m[1]),
      `${page} loads remote code`,
    ).toEqual([]);
  }

  // Nothing on the web may message the extension, and no file of it is exposed to web pages
  // (today there is none; the card and dialog are drawn by the content script itself).
  expect(manifest.externally_connectable, `externally_connectable. ${IF_DELIBERATE}`).toBeUndefined();
  expect(manifest.web_accessible_resources, `web_accessible_resources. ${IF_DELIBERATE}`).toBeUndefined();
  expect(manifest.sandbox, 'sandboxed pages (they may run eval)').toBeUndefined();

  expect(csp, `the extension pages' CSP. ${IF_DELIBERATE}`).toBe(EXTENSION_PAGES_CSP);
}

test('Chrome MV3 build: storage only, the supported sites only, no remote code, strict CSP', () => {
  const manifestPath = path.join(CHROME_DIR, 'manifest.json');
  expect(existsSync(manifestPath), `No Chrome build at ${CHROME_DIR}: run \`npx wxt build\` first.`).toBe(true);
  const manifest = readManifest(CHROME_DIR);
  expect(manifest.manifest_version).toBe(3);
  const csp = manifest.content_security_policy;
  // MV3 keeps the object form, and nothing beyond the extension pages' policy (no sandbox pages).
  expect(csp, `content_security_policy. ${IF_DELIBERATE}`).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
  expectPinned(CHROME_DIR, manifest, typeof csp === 'object' ? csp.extension_pages : csp);
});

test.describe('Firefox builds', () => {
  let outDir: string;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    outDir = await mkdtemp(path.join(os.tmpdir(), 'second-look-manifest-'));
    // WXT's own API (the CLI has no output-directory flag), so the repo's wxt.config.ts applies
    // exactly as in `wxt build -b firefox`; in a child process, whose progress output is kept
    // out of the test report unless the build fails.
    const script = `import { build } from 'wxt';
      for (const manifestVersion of [2, 3]) {
        await build({ root: ${JSON.stringify(repoRoot)}, browser: 'firefox', manifestVersion, outDir: ${JSON.stringify(outDir)} });
      }`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`The Firefox builds failed:\n${run.stdout}\n${run.stderr}`);
  });

  test.afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  for (const version of [2, 3] as const) {
    test(`Firefox MV${version} build: the same pins, and it declares that no data is collected`, () => {
      const dir = path.join(outDir, `firefox-mv${version}`);
      const manifest = readManifest(dir);
      expect(manifest.manifest_version).toBe(version);
      const csp = manifest.content_security_policy;
      if (version === 2) expect(typeof csp, 'MV2 takes the CSP as a string').toBe('string');
      expectPinned(dir, manifest, typeof csp === 'object' ? csp.extension_pages : csp);
      // Firefox shows this to the user at install; drafts and settings never leave the browser.
      expect(
        manifest.browser_specific_settings?.gecko?.data_collection_permissions,
        `Firefox data collection consent. ${IF_DELIBERATE}`,
      ).toEqual({ required: ['none'] });
    });
  }
});
