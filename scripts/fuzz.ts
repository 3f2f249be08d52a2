/**
 * npm run fuzz — the engine on 100,000 random drafts (FUZZ_RUNS to change), most post-sized and a
 * few up to 100,000 characters, built from hostile pieces and real corpus sentences. Each case
 * checks that nothing throws, spans are valid, checks are deterministic and within the time bound
 * (FUZZ_CASE_BUDGET_MS), and incremental checking equals checking afresh (tests/fuzz/engine-cases.ts).
 *
 * A failure prints the seed, path and shrunk counterexample; replay it with
 * FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run fuzz. FUZZ_TIME_LIMIT_S stops a run early (it then
 * reports the cases it ran) for a machine too busy to finish.
 */
import fc from 'fast-check';
import { check } from '../src/rules/engine/check';
import { CASE_BUDGET_MS, checkEngineCase, engineCase, newStats } from '../tests/fuzz/engine-cases';
import { describeFailure, replayParameters } from '../tests/fuzz/report';

const runs = Number(process.env['FUZZ_RUNS'] ?? 100_000);
const replay = replayParameters();
const seed = replay.seed ?? Date.now() ^ (Math.random() * 0x100000000);
const timeLimitS = Number(process.env['FUZZ_TIME_LIMIT_S'] ?? 0);
const PROGRESS_EVERY = 5_000;

// Warm up first: the first check loads compromise's lexicon, which is not what the bound is about.
for (let i = 0; i < 20; i++) check({ text: `Warm up, Mrs Smith in bed ${i} NHS no 463 030 8245!` });

const stats = newStats();
const lengths: number[] = [];
let cases = 0;
const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;

console.log(`Fuzzing the engine: ${runs} cases, seed ${seed}, bound ${CASE_BUDGET_MS} ms per check.`);
const details = fc.check(
  fc.property(engineCase, (c) => {
    cases++;
    if (cases <= runs) lengths.push(c.text.length);
    checkEngineCase(c, stats);
    if (cases % PROGRESS_EVERY === 0 && cases <= runs) {
      const s = elapsed();
      console.log(`  ${cases} cases in ${s.toFixed(0)} s (${(cases / s).toFixed(0)}/s)`);
    }
  }),
  {
    numRuns: runs,
    seed,
    ...(replay.path ? { path: replay.path } : {}),
    ...(timeLimitS > 0 ? { interruptAfterTimeLimit: timeLimitS * 1000, markInterruptAsFailure: false } : {}),
  },
);

const seconds = elapsed();
const failure = describeFailure('engine-fuzz', details, 'npm run fuzz');
lengths.sort((a, b) => a - b);
const quantile = (q: number) => lengths[Math.min(lengths.length - 1, Math.floor(q * lengths.length))] ?? 0;
console.log(
  [
    `${details.numRuns} cases (${stats.checks} full checks) in ${seconds.toFixed(1)} s: ${(details.numRuns / seconds).toFixed(0)} cases/s.`,
    `Draft length: median ${quantile(0.5)}, 90th percentile ${quantile(0.9)}, 99th ${quantile(0.99)}, longest ${quantile(1)} characters; ${stats.truncated} checks cut at 20,000.`,
    `Checks with findings: ${stats.withFindings} (${((100 * stats.withFindings) / Math.max(1, stats.checks)).toFixed(0)}%).`,
    `Slowest check: ${stats.slowest.ms.toFixed(0)} ms on a ${stats.slowest.length}-character draft (bound ${CASE_BUDGET_MS} ms), starting ${JSON.stringify(stats.slowest.start)}.`,
  ].join('\n'),
);
if (details.interrupted && !details.failed) {
  console.log(`Stopped by FUZZ_TIME_LIMIT_S=${timeLimitS} after ${details.numRuns} of ${runs} cases.`);
}
if (failure) {
  console.error(failure);
  process.exit(1);
}
