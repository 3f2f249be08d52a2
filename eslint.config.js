// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserSide = ['**/background/**', '**/content/**', '**/popup/**', '**/options/**', '**/entrypoints/**'];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/dist/**',
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The engine is pure: it runs in Node, vitest and the service worker alike.
    files: ['src/rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...browserSide, 'wxt', 'wxt/*', 'webextension-polyfill'],
              message: 'src/rules must stay free of browser code.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/background/**', '**/popup/**', '**/options/**'],
              message: 'Talk to the background through src/shared/protocol.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/popup/**', 'src/options/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/background/**', '**/content/**'],
              message: 'Ask the background through src/shared/protocol.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line tools, scripts and the speed report print by design.
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'tests/e2e/performance.spec.ts'],
    rules: { 'no-console': 'off' },
  },
);
