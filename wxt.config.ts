import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { bakeCompromise } from './scripts/bake-compromise.ts';
import { bakeStarts } from './scripts/bake-starts.ts';

/** WXT's own `browser` (globalThis.browser in Firefox, chrome in Chrome), without the polyfill. */
const NATIVE_BROWSER = fileURLToPath(new URL('./node_modules/wxt/dist/browser.mjs', import.meta.url));

/** The Firefox add-on id (browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'second-look@secondlook.addon';

// Thin build config: entrypoints live in src/entrypoints, logic in src/*.
export default defineConfig({
  srcDir: 'src',
  // compromise's lexicon and the pre-filter's phrase starts, worked out at build time rather
  // than at every worker start.
  vite: () => ({ plugins: [bakeCompromise(), bakeStarts()] }),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Second Look',
    description:
      'A second look at a social-media post before you send it: patient identifiers, advice, tone and more, checked on your device.',
    permissions: ['storage'],
    // What an employer may set through enterprise policy (read by src/background/managed-policy.ts).
    storage: { managed_schema: 'managed-schema.json' },
    // The extension's own pages and its worker may load code and data from the package only:
    // no remote script, no eval, no plugins, and (default-src) no fetch to any server, so even a
    // bug could not send a draft anywhere from them. WXT writes this string form for MV2.
    // Pinned by tests/e2e/manifest.spec.ts.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
  },
  // `npm run zip`. The Firefox build is bundled and minified, so AMO's reviewers get a sources zip
  // too: only what rebuilds it (`npm ci && npm run build:firefox`), not tests, fixtures or local files.
  zip: {
    includeSources: [
      'src/**',
      'public/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      // The build plugins wxt.config.ts loads.
      'scripts/bake-*.ts',
      '*.md',
    ],
  },
  // WXT checks the id and data consent before hooks run; the hook below sets both for Firefox.
  suppressWarnings: { firefoxDataCollection: true, firefoxId: true },
  // Firefox only, so Chrome's manifest carries no key it would warn about.
  hooks: {
    // Content scripts only send messages and listen without answering, which Chrome MV3's and
    // Firefox's native APIs do with promises already: they skip webextension-polyfill, a sixth
    // of their size. The worker and extension pages keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER },
        ...toAliasList(config.resolve.alias),
      ];
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      manifest.browser_specific_settings = {
        gecko: {
          // Fixed for good: AMO, signed updates and an employer's policies.json (managed storage,
          // 3rdparty.Extensions.<id>) all key on it.
          id: FIREFOX_ADDON_ID,
          // 140 (an ESR) is the first with the CSS Custom Highlight API and the data consent key.
          // Highlights paint the wavy underline from 146 on; 140–145 show only the tint.
          strict_min_version: '140.0',
          // Nothing is collected or transmitted: drafts and settings stay in the browser.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads that key from 142; the mobile sites are in our matches.
        gecko_android: { strict_min_version: '142.0' },
      };
    },
  },
});

type AliasList = Array<{ find: string | RegExp; replacement: string }>;

/** Vite accepts aliases as an object or a list; the first matching entry of a list wins. */
function toAliasList(alias: unknown): AliasList {
  if (Array.isArray(alias)) return alias as AliasList;
  if (alias && typeof alias === 'object') {
    return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
  }
  return [];
}
