import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bakeCompromise } from './scripts/bake-compromise.ts';
import { bakeStarts } from './scripts/bake-starts.ts';

export default defineConfig({
  // The engine is tested as it ships: with what the build bakes in.
  plugins: [WxtVitest(), bakeCompromise(), bakeStarts()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    // Through Vite rather than Node's loader, so the plugin above reaches compromise.
    server: { deps: { inline: ['compromise'] } },
  },
});
