/**
 * npm run bench [-- --json] — the engine's speed in Node, warm: a full check at several draft
 * lengths, one keystroke into each (incremental), and cold start (import to first result).
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { DraftChecker } from '../src/rules/engine/check';
import { corpusTexts, draftOfLength, stats } from './drafts';

const LENGTHS = [280, 1_000, 3_000, 10_000, 100_000];
const json = process.argv.includes('--json');

function iterationsFor(length: number): number {
  return length >= 100_000 ? 15 : length >= 10_000 ? 60 : 300;
}

const texts = corpusTexts();
const rows: Array<{ length: number; full: ReturnType<typeof stats>; keystroke: ReturnType<typeof stats> }> = [];

for (const length of LENGTHS) {
  const iterations = iterationsFor(length);
  const drafts = Array.from({ length: 8 }, (_, i) => draftOfLength(texts, length, i * 37));
  // Warm-up: JIT and compromise's lazy lexicon.
  for (let i = 0; i < Math.min(20, iterations); i++) new DraftChecker().check({ text: drafts[i % 8] as string });

  const full: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const text = drafts[i % drafts.length] as string;
    const checker = new DraftChecker();
    const t0 = performance.now();
    checker.check({ text });
    full.push(performance.now() - t0);
  }

  const keystroke: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const text = drafts[i % drafts.length] as string;
    const checker = new DraftChecker();
    checker.check({ text });
    // A letter typed somewhere in the draft, as a user would mid-sentence.
    const at = Math.floor((((i * 7919) % 1000) / 1000) * text.length);
    const typed = `${text.slice(0, at)}e${text.slice(at)}`;
    const t0 = performance.now();
    checker.check({ text: typed });
    keystroke.push(performance.now() - t0);
  }
  rows.push({ length, full: stats(full), keystroke: stats(keystroke) });
}

// Cold start in a fresh process: import the engine, check one 280-character draft.
const coldSamples: number[] = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `const t0=performance.now();const {check}=await import('./src/rules/engine/check.ts');check({text:${JSON.stringify(draftOfLength(texts, 280))}});console.log(performance.now()-t0)`,
    ],
    { encoding: 'utf8' },
  );
  coldSamples.push(Number(out.trim()));
}
const cold = stats(coldSamples);

if (json) {
  console.log(JSON.stringify({ rows, cold }, null, 2));
} else {
  const f = (x: number) => x.toFixed(2).padStart(8);
  console.log(`Engine in Node ${process.version}, warm. Times in ms.`);
  console.log('| chars | full median | full p95 | keystroke median | keystroke p95 | n |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.length} | ${f(r.full.median)} | ${f(r.full.p95)} | ${f(r.keystroke.median)} | ${f(r.keystroke.p95)} | ${r.full.n} |`,
    );
  }
  console.log(
    `\nCold start (new process: import + first 280-char check, tsx transpile included): median ${cold.median.toFixed(0)} ms, max of 5 ${Math.max(...coldSamples).toFixed(0)} ms`,
  );
}
