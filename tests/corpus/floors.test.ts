/**
 * Judgement floors on the labelled corpora (../shared/corpora). The build fails if quality drops
 * below them. Figures for the note come from `npm run eval`; this only guards the floors.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus, scoredCategories } from '../../src/cli/corpus';
import { predict, score, type CorpusScore } from '../../src/cli/metrics';
import { DraftChecker } from '../../src/rules/engine/check';

const CORPORA = '../shared/corpora';

function evaluate(file: string): CorpusScore {
  const path = `${CORPORA}/${file}`;
  expect(existsSync(path), `${path} is missing: is ../shared checked out beside the repo?`).toBe(true);
  const posts = readCorpus(path);
  const checker = new DraftChecker();
  return score(
    posts,
    posts.map((p) => predict(p, checker)),
    scoredCategories(path),
  );
}

const fmt = (c: { precision: number; recall: number }) => `P ${c.precision.toFixed(2)} R ${c.recall.toFixed(2)}`;

describe('dev.jsonl floors', { timeout: 60_000 }, () => {
  const result = evaluate('dev.jsonl');

  it.each(result.categories.map((c) => [c.category, c] as const))('%s: recall ≥ 0.90 at precision ≥ 0.85', (_, c) => {
    expect(c.recall, fmt(c)).toBeGreaterThanOrEqual(0.9);
    expect(c.precision, fmt(c)).toBeGreaterThanOrEqual(0.85);
  });

  it('warns on ≥ 95% of risky posts and falsely alarms on ≤ 8% of clean ones', () => {
    expect(result.riskyWarned).toBeGreaterThanOrEqual(0.95);
    expect(result.cleanFalseAlarm).toBeLessThanOrEqual(0.08);
  });
});

describe('external corpora floors', { timeout: 60_000 }, () => {
  // Target for both: recall ≥ 0.90 at precision ≥ 0.85, which both meet (presidio_synth_pii,
  // Faker names from many locales, only just: 0.90 since the given-name cues).
  it.each([
    ['asq_phi_clinical_queries.dev.jsonl', 0.9],
    ['presidio_synth_pii.dev.jsonl', 0.9],
  ])('%s: patient-identifier recall ≥ %s at precision ≥ 0.85', (file, recall) => {
    const pi = evaluate(`external/${file}`).categories.find((c) => c.category === 'patient-identifier');
    expect(pi).toBeDefined();
    if (!pi) return;
    expect(pi.recall, fmt(pi)).toBeGreaterThanOrEqual(recall);
    expect(pi.precision, fmt(pi)).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['davidson_hate_offensive.dev.jsonl', 'tone'],
    ['goemotions_anger.dev.jsonl', 'emotive'],
  ])('%s: emotive/disrespect combined recall ≥ 0.70 at precision ≥ 0.80', (file, which) => {
    const result = evaluate(`external/${file}`);
    const tone = which === 'tone' ? result.tone : result.categories.find((c) => c.category === 'emotive');
    expect(tone).toBeDefined();
    if (!tone) return;
    expect(tone.recall, fmt(tone)).toBeGreaterThanOrEqual(0.7);
    expect(tone.precision, fmt(tone)).toBeGreaterThanOrEqual(0.8);
  });
});
