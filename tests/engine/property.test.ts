/**
 * Any string a user can paste: the engine never throws, keeps spans inside the draft, gives the
 * same answer twice, agrees with itself incrementally and finishes in bounded time. The cases and
 * properties are shared with `npm run fuzz` (tests/fuzz/engine-cases.ts), which runs 100,000 of them;
 * here a couple of hundred run on every test run. Replay a failure with FUZZ_SEED (and FUZZ_PATH).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/rules/engine/check';
import { checkEngineCase, engineCase } from '../fuzz/engine-cases';
import { describeFailure, replayParameters } from '../fuzz/report';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);

describe('engine properties', () => {
  // The first check loads compromise's lexicon; the time bound is about checking, not loading.
  beforeAll(() => void check({ text: 'Warm up, Mrs Smith in bed 4 NHS no 463 030 8245!' }));

  it('never throws, keeps spans valid, is deterministic, incremental equals fresh, in bounded time', () => {
    const details = fc.check(
      fc.property(engineCase, (c) => checkEngineCase(c)),
      {
        numRuns: RUNS,
        ...replayParameters(),
      },
    );
    const failure = describeFailure('engine-property', details, 'npx vitest run tests/engine/property.test.ts');
    if (failure) throw new Error(failure);
  }, 120_000);

  it.each([
    ['10,000 digits in a row', '7'.repeat(10_000)],
    ['a 100,000-character single word', 'a'.repeat(100_000)],
    ['100,000 characters of emoji', '😀'.repeat(50_000)],
    ['100,000 characters of zero-width joins', 'ab\u200B'.repeat(33_333)],
    ['spaced digits for 100,000 characters', '1 '.repeat(50_000)],
    ['alternating capitals and punctuation', 'NHS! bed 4. '.repeat(8_000)],
    ['lone surrogates', '\uD800a\uDC00'.repeat(30_000)],
  ])('stays within 250 ms on %s', (_, text) => {
    check({ text: 'warm up' });
    const started = performance.now();
    const result = check({ text });
    const elapsed = performance.now() - started;
    for (const f of result.findings) expect(f.end).toBeLessThanOrEqual(text.length);
    // Generous under parallel test load; `npm run bench` measures the real figures.
    expect(elapsed).toBeLessThan(Number(process.env.LONG_INPUT_BUDGET_MS ?? 1000));
  });
});
