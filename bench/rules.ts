/**
 * npm run bench:rules — where the engine's time goes: each rule's median and p95 over the dev
 * corpus posts (warm, each post checked by a fresh engine so nothing is cached between runs).
 */
import { performance } from 'node:perf_hooks';
import { DraftChecker } from '../src/rules/engine/check';
import { RULES } from '../src/rules/registry';
import { corpusTexts, stats } from './drafts';

const texts = corpusTexts();
// Warm up every rule and compromise's lexicon.
for (const text of texts.slice(0, 30)) new DraftChecker().check({ text });

const rows = RULES.map((rule) => {
  const samples: number[] = [];
  for (const text of texts) {
    // Parse first (shared cost, measured separately), then time the rule alone.
    const checker = new DraftChecker([]);
    checker.check({ text });
    const single = new DraftChecker([rule]);
    const t0 = performance.now();
    single.check({ text });
    samples.push(performance.now() - t0);
  }
  return { id: rule.id, ...stats(samples) };
});
const parse: number[] = [];
for (const text of texts) {
  const t0 = performance.now();
  new DraftChecker([{ ...RULES[0]!, check: (doc) => (doc.sentences.forEach((s) => s.view.parse), []) }]).check({
    text,
  });
  parse.push(performance.now() - t0);
}
rows.push({ id: '(compromise parse of every sentence)', ...stats(parse) });
rows.sort((a, b) => b.p95 - a.p95);
console.log('| rule | median ms | p95 ms |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.id} | ${r.median.toFixed(3)} | ${r.p95.toFixed(3)} |`);
