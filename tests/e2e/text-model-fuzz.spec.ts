/**
 * The DOM text mapper fuzzed in Chromium (tests/fuzz/text-model.page.ts): random Draft.js,
 * Lexical, Quill and Tiptap-shaped editor trees on a blank page, no extension needed. Runs in
 * real Chromium because linkedom has no working Range, and because only a real layout can say
 * which line the browser shows each character on.
 *
 * FUZZ_DOM_RUNS sets the count (default 400, a few seconds); FUZZ_SEED and FUZZ_PATH replay.
 */
import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type fc from 'fast-check';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzOutcome } from '../fuzz/text-model.page';
import { describeFailure, replayParameters } from '../fuzz/report';

const ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fuzz/text-model.page.ts');
const RUNS = Number(process.env['FUZZ_DOM_RUNS'] ?? 400);

test.use({ launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' } });

type PageApi = {
  runTextModelFuzz(o: { numRuns: number; seed?: number; path?: string }): FuzzOutcome;
  modelOf(html: string): { text: string; lines: number };
};

async function loadTextModel(page: Page): Promise<void> {
  const bundle = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  await page.setContent('<!doctype html><html><head></head><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
}

test('text model: offsets round-trip and the model matches what random editor trees show', async ({ page }) => {
  test.setTimeout(120_000);
  await loadTextModel(page);
  const outcome = await page.evaluate((options) => (globalThis as unknown as PageApi).runTextModelFuzz(options), {
    numRuns: RUNS,
    ...replayParameters(),
  });

  const failure = describeFailure(
    'text-model-fuzz',
    { ...outcome, errorInstance: outcome.error, interrupted: false } as unknown as fc.RunDetails<unknown>,
    'npx playwright test tests/e2e/text-model-fuzz.spec.ts',
  );
  process.stdout.write(`text-model fuzz: ${outcome.numRuns} trees in ${Math.round(outcome.ms)} ms\n`);
  expect(failure ? `${failure}\nEditor: ${outcome.html}` : undefined).toBeUndefined();
});

// Found by the fuzz: a <br> that opens a block was dropped, so the model had fewer lines than
// the editor showed (Lexical renders Shift+Enter in an empty line as <p><br><br></p>).
test('text model: a line break that opens a block is a line of its own', async ({ page }) => {
  await loadTextModel(page);
  const cases: Array<[string, string]> = [
    ['<p dir="ltr"><br><br></p><p dir="ltr"><br></p>', '\n\n'],
    ['<p dir="ltr"><br><span data-lexical-text="true">Mrs</span></p>', '\nMrs'],
    ['<p>a</p><p><br>b</p>', 'a\n\nb'],
    ['<p>a<br><br></p><p>b</p>', 'a\n\nb'],
    // The final <br> of a block adds no line, and a lone one holds an empty block open.
    ['<p>a<br></p><p><br></p><p>b</p>', 'a\n\nb'],
    ['<p><br class="ProseMirror-trailingBreak"></p>', ''],
  ];
  for (const [html, text] of cases) {
    const shown = await page.evaluate((h) => (globalThis as unknown as PageApi).modelOf(h), html);
    expect(shown, html).toEqual({ text, lines: text.split('\n').length });
  }
});
