/**
 * npm run -s eval -- CORPUS.jsonl [...] [--json] [--misses]
 * Per corpus: risky posts warned, false alarms on clean posts, precision/recall per category.
 */
import { basename } from 'node:path';
import { DraftChecker } from '../rules/engine/check';
import { InputError, readCorpus, scoredCategories } from './corpus';
import { predict, score, type CategoryScore, type CorpusScore } from './metrics';
import { args, main } from './run';

main('eval', () => {
  const { values, positionals } = args({
    json: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
  });
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

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const num = (x: number) => x.toFixed(2);

function row(label: string, c: CategoryScore): string {
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
