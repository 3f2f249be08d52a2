/**
 * npm run -s eval -- CORPUS.jsonl [...] [--json] [--misses]
 * Per corpus: risky posts warned, false alarms on clean posts, precision/recall per category.
 *
 * npm run -s eval -- --peers [CORPUS.jsonl ...] [--json] [--out FILE]
 * The same metrics for our engine and the peers side by side (src/cli/peers.ts), by default on the
 * dev corpus and every external dev corpus; also written to bench/results/judgement.json.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DraftChecker } from '../rules/engine/check';
import { InputError, readCorpus, scoredCategories } from './corpus';
import { predict, score, type CategoryScore, type CorpusScore } from './metrics';
import { args, main } from './run';

main('eval', () => {
  const { values, positionals } = args({
    json: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    peers: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results/judgement.json' },
  });
  if (values.peers) return evalWithPeers(positionals.length ? positionals : defaultCorpora(), values.out, values.json);
  if (positionals.length === 0) throw new InputError('usage: eval CORPUS.jsonl [...] [--json] [--misses]');
  const results: Array<{ corpus: string; score: CorpusScore; misses: string[] }> = [];
  for (const path of positionals) {
    const posts = readCorpus(path);
    const checker = new DraftChecker();
    const predictions = posts.map((post) => predict(post, checker));
    const scored = scoredCategories(path);
    const misses: string[] = [];
    posts.forEach((post, i) => {
      const got = new Set(predictions[i]?.labels.filter((l) => scored.includes(l)));
      const want = new Set(post.labels.filter((l) => scored.includes(l)));
      const missed = [...want].filter((l) => !got.has(l));
      const extra = [...got].filter((l) => !want.has(l));
      if (missed.length || extra.length) {
        misses.push(
          `${post.id}  missed=[${missed.join(',')}] extra=[${extra.join(',')}]  ${post.text.replace(/\n/g, ' / ').slice(0, 160)}`,
        );
      }
    });
    results.push({ corpus: basename(path), score: score(posts, predictions, scored), misses });
  }
  if (values.json)
    return JSON.stringify(
      results.map(({ corpus, score }) => ({ corpus, ...score })),
      null,
      2,
    );
  return results.map((r) => report(r.corpus, r.score, values.misses ? r.misses : [])).join('\n\n');
});

const CORPORA = '../shared/corpora';

/**
 * The dev corpus, every external dev corpus, and challenge-b: our rules were tuned on dev.jsonl, so
 * the held-out challenge-b and the external corpora are where a comparison means most.
 */
function defaultCorpora(): string[] {
  const external = join(CORPORA, 'external');
  return [
    join(CORPORA, 'dev.jsonl'),
    ...readdirSync(external)
      .filter((name) => name.endsWith('.dev.jsonl'))
      .sort()
      .map((name) => join(external, name)),
    'tests/corpus/challenge-b.jsonl',
  ];
}

async function evalWithPeers(paths: string[], out: string, json: boolean): Promise<string> {
  // Loaded only here: the peers' libraries take a few hundred milliseconds to import.
  const { createPeers, sideBySide, packageVersion, VADER_EMOTIVE_THRESHOLD } = await import('./peers');
  const peers = createPeers();
  const corpora = paths.map((path) => sideBySide(basename(path), readCorpus(path), scoredCategories(path), peers));
  const result = {
    date: new Date().toISOString(),
    vaderThreshold: VADER_EMOTIVE_THRESHOLD,
    tools: peers.map((p) => ({
      name: p.name,
      version: packageVersion(p.name),
      category: p.category,
      mapping: p.mapping,
    })),
    corpora,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  if (json) return JSON.stringify(result, null, 2);
  return corpora
    .map((c) => {
      const lines = [`${c.corpus}: ${c.posts} posts, scored on ${c.scored.join(', ')}`];
      for (const category of c.scored) {
        const rows = c.rows.filter((r) => r.category === category);
        lines.push(`  ${category}${rows.length === 1 ? '   (no peer judges this)' : ''}`);
        for (const r of rows)
          lines.push(`${row(`  ${r.tool}`, r)}  spans ${r.goldSpans ? pct(r.spanRecall) : '   n/a'}`);
      }
      return lines.join('\n');
    })
    .concat(`(written to ${out})`)
    .join('\n\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const num = (x: number) => x.toFixed(2);

function row(label: string, c: Omit<CategoryScore, 'category'>): string {
  return `  ${label.padEnd(22)} P ${num(c.precision)}  R ${num(c.recall)}  F1 ${num(c.f1)}   (tp ${c.truePositives}, fp ${c.falsePositives}, fn ${c.falseNegatives})`;
}

function report(corpus: string, s: CorpusScore, misses: string[]): string {
  const lines = [
    `${corpus}: ${s.posts} posts (${s.risky} risky, ${s.clean} clean)`,
    `  risky posts with a warning  ${pct(s.riskyWarned)}`,
    `  clean posts with a false alarm ${pct(s.cleanFalseAlarm)}`,
    `  gold spans overlapped       ${pct(s.spanRecall)}`,
    ...s.categories.map((c) => row(c.category, c)),
  ];
  if (s.tone) lines.push(row('tone (emotive∪disresp.)', s.tone));
  if (misses.length) lines.push('  misses:', ...misses.map((m) => `    ${m}`));
  return lines.join('\n');
}
