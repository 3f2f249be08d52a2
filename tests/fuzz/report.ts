/**
 * Failure reports for the fuzzers: the seed and path that replay the failing case, the shrunk
 * counterexample (abridged when huge, whole in a file), and the error. fast-check's own report
 * would print a 100,000-character draft in full.
 */
import type fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Outside the checkout's test-results, which every Playwright run empties. */
const COUNTEREXAMPLE_DIR = path.join(os.tmpdir(), 'second-look-fuzz');
const ABRIDGE_AT = 2_000;

/** The replay parameters from the environment: FUZZ_SEED (and FUZZ_PATH to go straight to a case). */
export function replayParameters(): { seed?: number; path?: string } {
  const seed = process.env['FUZZ_SEED'];
  const replayPath = process.env['FUZZ_PATH'];
  return {
    ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}),
    ...(replayPath ? { path: replayPath } : {}),
  };
}

/** JSON with long strings cut in the middle, so a report stays readable. */
export function abridged(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' && v.length > ABRIDGE_AT
      ? `${v.slice(0, ABRIDGE_AT / 2)}…[${v.length - ABRIDGE_AT} more characters]…${v.slice(-ABRIDGE_AT / 2)}`
      : v,
  );
}

/**
 * Describes a failed run and saves the whole counterexample to <tmp>/second-look-fuzz/<name>-counterexample.json
 * (JSON keeps lone surrogates and control characters exact). Returns undefined for a passed run.
 */
export function describeFailure<Ts>(name: string, details: fc.RunDetails<Ts>, command: string): string | undefined {
  if (!details.failed) return undefined;
  const lines = [`${name}: property failed after ${details.numRuns} cases (${details.numShrinks} shrinks).`];
  lines.push(`Replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} ${command}`);
  if (details.counterexample) {
    const file = path.join(COUNTEREXAMPLE_DIR, `${name}-counterexample.json`);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(details.counterexample, null, 2)}\n`);
      lines.push(`Counterexample (whole, as JSON): ${file}`);
    } catch {
      // A read-only checkout still gets the abridged counterexample below.
    }
    lines.push(`Counterexample: ${abridged(details.counterexample)}`);
  }
  const error = details.errorInstance;
  lines.push(`Error: ${error instanceof Error ? error.message : String(error)}`);
  if (details.interrupted) lines.push('(The run was interrupted.)');
  return lines.join('\n');
}
