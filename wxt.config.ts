import { defineConfig } from 'wxt';

// Thin build config: entrypoints live in src/entrypoints, logic in src/*.
export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Second Look',
    description:
      'A second look at a social-media post before you send it: patient identifiers, advice, tone and more, checked on your device.',
    permissions: ['storage'],
    // What an employer may set through enterprise policy (read by src/background/managed-policy.ts).
    storage: { managed_schema: 'managed-schema.json' },
  },
});
