/**
 * npm run bench [-- --quick] — the engine and its peers (src/cli/peers.ts) timed in one Node
 * process on the same drafts: a full check at 280 to 100,000 characters, one keystroke into each
 * draft for the engine (incremental), and cold start (import to first result) in fresh processes.
 * Iterations are interleaved round-robin, so a burst of load from elsewhere on the machine lands on
 * every tool alike. Prints a table and writes bench/results/node.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bakeCompromiseEsbuild } from '../scripts/bake-compromise';
import { bakeStartsEsbuild } from '../scripts/bake-starts';
import { createPeers, ENGINE_NAME, packageVersion } from '../src/cli/peers';
import { DraftChecker, MAX_CHECK_LENGTH } from '../src/rules/engine/check';
import { corpusTexts, draftOfLength } from './drafts';
import { ratio, stats, type Stats } from './stats';

export const LENGTHS = [280, 1_000, 3_000, 10_000, 100_000] as const;
const OUT = 'bench/results/node.json';
const quick = process.argv.includes('--quick');

/** Most iterations per tool per length; a tool also stops at its time budget (see iterationsFor). */
const CAP: Record<number, number> = { 280: 400, 1_000: 250, 3_000: 150, 10_000: 60, 100_000: 15 };
const BUDGET_MS = quick ? 300 : 5_000;
const MIN_ITERATIONS = quick ? 2 : 5;
const COLD_RUNS = quick ? 1 : 7;
const DRAFTS_PER_LENGTH = 8;

/**
 * Enough iterations for a stable median, within a per-tool time budget: a peer that takes seconds
 * per 100,000-character call gets MIN_ITERATIONS, not fifteen.
 */
function iterationsFor(length: number, estimateMs: number): number {
  const cap = quick ? Math.max(MIN_ITERATIONS, Math.round((CAP[length] ?? 10) / 10)) : (CAP[length] ?? 10);
  return Math.max(MIN_ITERATIONS, Math.min(cap, Math.floor(BUDGET_MS / Math.max(estimateMs, 0.001))));
}

interface Task {
  name: string;
  /** Runs once and returns the milliseconds that count. */
  measure(text: string, iteration: number): number;
}

function timed(work: () => unknown): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

/** Where a user types: even iterations append at the end, odd ones insert mid-draft. */
function typeOneCharacter(text: string, iteration: number): string {
  if (iteration % 2 === 0) return `${text}e`;
  const at = Math.floor((((iteration * 7919) % 1000) / 1000) * text.length);
  return `${text.slice(0, at)}e${text.slice(at)}`;
}

/** The whole draft in engine-sized pieces cut at spaces, for a like-for-like time beyond the cap. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) end = Math.max(start + 1, text.lastIndexOf(' ', end));
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

const peers = createPeers();
const engineFull: Task = {
  name: ENGINE_NAME,
  // A fresh checker: nothing cached from earlier drafts.
  measure: (text) => timed(() => new DraftChecker().check({ text })),
};
const engineKeystroke: Task = {
  name: `${ENGINE_NAME} keystroke`,
  measure: (text, i) => {
    const checker = new DraftChecker();
    checker.check({ text });
    const typed = typeOneCharacter(text, i);
    return timed(() => checker.check({ text: typed }));
  },
};
const engineAllPieces: Task = {
  name: `${ENGINE_NAME} all text`,
  measure: (text) => timed(() => pieces(text, MAX_CHECK_LENGTH).forEach((p) => new DraftChecker().check({ text: p }))),
};
const peerTasks: Task[] = peers.map((peer) => ({ name: peer.name, measure: (text) => timed(() => peer.run(text)) }));

function tasksFor(length: number): Task[] {
  // Past MAX_CHECK_LENGTH the engine checks only the first 20,000 characters (and says so); the
  // "all text" row checks every character, in pieces, so the comparison with peers is fair.
  return [engineFull, engineKeystroke, ...(length > MAX_CHECK_LENGTH ? [engineAllPieces] : []), ...peerTasks];
}

function measureLength(texts: readonly string[], length: number): Record<string, Stats> {
  const drafts = Array.from({ length: DRAFTS_PER_LENGTH }, (_, i) => draftOfLength(texts, length, i * 37));
  const tasks = tasksFor(length);
  const warmUps = length >= 10_000 || quick ? 1 : 5;
  const iterations = tasks.map((task) => {
    // The estimate is wall time, untimed preparation included (the keystroke's first check), since
    // that is what the budget pays for.
    const warm = Array.from({ length: warmUps }, (_, i) =>
      timed(() => task.measure(drafts[i % drafts.length] as string, i)),
    );
    return iterationsFor(length, stats(warm).median);
  });
  const samples = tasks.map(() => [] as number[]);
  const rounds = Math.max(...iterations);
  for (let i = 0; i < rounds; i++) {
    const text = drafts[i % drafts.length] as string;
    // Rotate who goes first, so no tool always runs right after the same neighbour (GC debt).
    for (let k = 0; k < tasks.length; k++) {
      const t = (i + k) % tasks.length;
      if (i < (iterations[t] as number)) samples[t]?.push((tasks[t] as Task).measure(text, i));
    }
  }
  return Object.fromEntries(tasks.map((task, t) => [task.name, stats(samples[t] as number[])]));
}

/** Import to first result in a fresh `node`, timed inside the child (node's own start-up excluded). */
async function coldStarts(draft: string): Promise<Record<string, Stats>> {
  // The engine as the extension ships it: one bundled file, no TypeScript to transpile.
  const dir = mkdtempSync(join(tmpdir(), 'second-look-cold-'));
  const bundle = join(dir, 'engine.mjs');
  await build({
    stdin: { contents: "export { check } from './src/rules/engine/check';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
    plugins: [bakeCompromiseEsbuild(), bakeStartsEsbuild()],
  });
  const d = JSON.stringify(draft);
  const snippets: Record<string, string> = {
    [ENGINE_NAME]: `const { check } = await import(${JSON.stringify(pathToFileURL(bundle).href)}); check({ text: d });`,
    alex: `const { text } = await import('alex'); text(d);`,
    'redact-pii': `const { SyncRedactor } = await import('redact-pii'); new SyncRedactor().redact(d);`,
    '@redactpii/node': `const { Redactor } = await import('@redactpii/node'); new Redactor().redact(d);`,
    obscenity: `const o = await import('obscenity'); new o.RegExpMatcher({ ...o.englishDataset.build(), ...o.englishRecommendedTransformers }).getAllMatches(d);`,
    'vader-sentiment': `const v = (await import('vader-sentiment')).default; v.SentimentIntensityAnalyzer.polarity_scores(d);`,
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(snippets).map((k) => [k, []]));
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const [name, body] of Object.entries(snippets)) {
      const code = `const d = ${d}; const t0 = performance.now(); ${body} console.log(performance.now() - t0);`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
      samples[name]?.push(Number(out.trim()));
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, stats(s)]));
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadavg();
  const texts = corpusTexts();
  // Warm-up for every tool: JIT, compromise's lazy lexicon, the peers' own caches.
  for (const text of texts.slice(0, 30)) {
    new DraftChecker().check({ text });
    for (const peer of peers) peer.run(text);
  }
  const lengths: Record<string, Record<string, Stats>> = {};
  for (const length of LENGTHS) {
    lengths[length] = measureLength(texts, length);
    process.stderr.write(`  ${length} characters done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  const cold = await coldStarts(draftOfLength(texts, 280));

  const ratios: Record<string, Record<string, { full: Ratio; keystroke: Ratio; allText?: Ratio }>> = {};
  for (const length of LENGTHS) {
    const row = lengths[length] as Record<string, Stats>;
    ratios[length] = Object.fromEntries(
      peers.map((peer) => {
        const theirs = row[peer.name] as Stats;
        const allText = row[engineAllPieces.name];
        return [
          peer.name,
          {
            full: ratio(row[ENGINE_NAME] as Stats, theirs),
            keystroke: ratio(row[engineKeystroke.name] as Stats, theirs),
            ...(allText ? { allText: ratio(allText, theirs) } : {}),
          },
        ];
      }),
    );
  }
  const result = {
    date: new Date().toISOString(),
    quick,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverage1mBefore: loadBefore[0],
      loadAverage1mAfter: loadavg()[0],
    },
    engine: { maxCheckLength: MAX_CHECK_LENGTH },
    tools: peers.map((p) => ({ name: p.name, version: packageVersion(p.name), category: p.category })),
    method:
      'One Node process; warm-up first; tools interleaved round-robin per iteration on the same 8 drafts per length; ' +
      `at most ${Object.values(CAP).join('/')} iterations per length and ${BUDGET_MS / 1000} s per tool per length ` +
      `(at least ${MIN_ITERATIONS}); keystroke = check, type one character (append or mid-draft), check again, second ` +
      `check timed; cold start = import to first result on a 280-character draft in a fresh node, ${COLD_RUNS} runs, ` +
      'engine bundled by esbuild as the extension ships it; vader-sentiment scores each sentence.',
    lengths,
    ratios,
    cold,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
  console.log(table(result.lengths, result.ratios, cold));
  console.log(`\n${result.machine.cpu}, ${result.machine.cores} cores, Node ${process.version}; ${result.seconds} s.`);
  console.log(`Written to ${OUT}; render with npm run bench:report.`);
}

type Ratio = { median: number; p95: number };

function table(
  lengths: Record<string, Record<string, Stats>>,
  ratios: Record<string, Record<string, { full: Ratio; keystroke: Ratio; allText?: Ratio }>>,
  cold: Record<string, Stats>,
): string {
  const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1)).padStart(9);
  const x = (r: Ratio | undefined) => `  ${r ? `${r.median.toFixed(2)} / ${r.p95.toFixed(2)}` : ''}`.padStart(17);
  const lines = [
    'Times in ms (median, p95). Ratio = engine full check / peer (median / p95), at 100,000 the all-text row (peers read everything); below 1 is faster.',
    `${'chars'.padStart(7)}  ${'tool'.padEnd(24)}${'median'.padStart(9)}${'p95'.padStart(9)}${'n'.padStart(5)}  ratio`,
  ];
  for (const [length, row] of Object.entries(lengths)) {
    for (const [tool, s] of Object.entries(row)) {
      lines.push(
        `${length.padStart(7)}  ${tool.padEnd(24)}${ms(s.median)}${ms(s.p95)}${String(s.n).padStart(5)}${x(ratios[length]?.[tool]?.allText ?? ratios[length]?.[tool]?.full)}`,
      );
    }
  }
  lines.push('', 'Cold start, import to first result (ms):');
  for (const [tool, s] of Object.entries(cold))
    lines.push(`  ${tool.padEnd(24)}${ms(s.median)}${ms(s.p95)}${String(s.n).padStart(5)}`);
  return lines.join('\n');
}

await main();
