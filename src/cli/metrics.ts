/** Post-level judgement metrics, shared by `npm run eval` and the corpus floor tests. */
import { DraftChecker } from '../rules/engine/check';
import type { Category, Finding } from '../rules/types';
import { postPlatform, type CorpusPost } from './corpus';

export interface CategoryScore {
  category: Category;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  posts: number;
  risky: number;
  clean: number;
  /** Share of risky posts with at least one warning (in a scored category). */
  riskyWarned: number;
  /** Share of clean posts with at least one warning (in a scored category). */
  cleanFalseAlarm: number;
  categories: CategoryScore[];
  /** emotive ∪ disrespect as one "tone" flag, where both are scored. */
  tone?: CategoryScore;
  /** Share of gold spans overlapped by a finding of their category. */
  spanRecall: number;
}

export interface Prediction {
  id: string;
  labels: Category[];
  findings: Finding[];
}

/** A label is predicted when any finding of that category is a warning or an error. */
export function predict(post: CorpusPost, checker = new DraftChecker()): Prediction {
  const { findings } = checker.check({ text: post.text, platform: postPlatform(post) });
  const labels = [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.category))];
  return { id: post.id, labels, findings };
}

export function score(
  posts: readonly CorpusPost[],
  predictions: readonly Prediction[],
  scored: readonly Category[],
): CorpusScore {
  const predicted = predictions.map((p) => new Set(p.labels.filter((l) => scored.includes(l))));
  const gold = posts.map((p) => new Set(p.labels.filter((l) => scored.includes(l))));
  const isRisky = gold.map((g) => g.size > 0);
  const risky = isRisky.filter(Boolean).length;
  const clean = posts.length - risky;
  const categories = scored.map((category) =>
    tally(
      category,
      posts.map((_, i) => [gold[i]?.has(category) ?? false, predicted[i]?.has(category) ?? false]),
    ),
  );
  let spans = 0;
  let spansHit = 0;
  posts.forEach((post, i) => {
    for (const span of post.spans ?? []) {
      if (!scored.includes(span.category)) continue;
      const at = post.text.indexOf(span.text);
      if (at < 0) continue;
      spans++;
      const hit = predictions[i]?.findings.some(
        (f) => f.category === span.category && f.severity !== 'info' && f.start < at + span.text.length && at < f.end,
      );
      if (hit) spansHit++;
    }
  });
  const result: CorpusScore = {
    posts: posts.length,
    risky,
    clean,
    riskyWarned: ratio(isRisky.filter((r, i) => r && (predicted[i]?.size ?? 0) > 0).length, risky),
    cleanFalseAlarm: ratio(isRisky.filter((r, i) => !r && (predicted[i]?.size ?? 0) > 0).length, clean),
    categories,
    spanRecall: ratio(spansHit, spans),
  };
  if (scored.includes('emotive') && scored.includes('disrespect')) {
    const tone = (set: Set<Category> | undefined) => !!set && (set.has('emotive') || set.has('disrespect'));
    result.tone = tally(
      'emotive',
      posts.map((_, i) => [tone(gold[i]), tone(predicted[i])]),
    );
  }
  return result;
}

function tally(category: Category, pairs: Array<[boolean, boolean]>): CategoryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gold, predicted] of pairs) {
    if (gold && predicted) tp++;
    else if (predicted) fp++;
    else if (gold) fn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { category, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** 0/0 counts as 1: nothing to find and nothing found is a perfect score, not a failure. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}
