/**
 * Every regular expression in src/ is checked for catastrophic backtracking with recheck.
 * recheck's verdicts are kept in regex-verdicts.json (refresh: `npm run regex:verdicts`); any
 * expression without a recorded verdict, new or edited, is analysed here and now.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allExpressions, key, verdictOf, VERDICTS_FILE, type Expression, type Verdict } from './regexes';

/**
 * Exponential and cubic-or-worse patterns fail everywhere. A quadratic pattern is tolerated in a
 * rule, because rules run on one sentence (at most MAX_SENTENCE_LENGTH characters), but not in
 * the text utilities that scan the whole draft.
 */
function acceptable(e: Expression, verdict: Verdict): boolean {
  if (verdict === 'safe') return true;
  return verdict === 'polynomial-2' && !e.where.startsWith('src/rules/text/') && !e.where.startsWith('src/content/');
}

describe('regular expressions', () => {
  const expressions = allExpressions();
  const recorded: Record<string, Verdict> = existsSync(VERDICTS_FILE)
    ? JSON.parse(readFileSync(VERDICTS_FILE, 'utf8'))
    : {};

  it('finds the expressions to check', () => {
    expect(expressions.length).toBeGreaterThan(100);
  });

  it('has none open to catastrophic backtracking', { timeout: 600_000 }, async () => {
    const unsafe: string[] = [];
    const queue = expressions.filter((e) => !(key(e) in recorded) || !acceptable(e, recorded[key(e)] as Verdict));
    const worker = async () => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        const verdict = recorded[key(e)] ?? (await verdictOf(e));
        if (!acceptable(e, verdict)) unsafe.push(`${e.where}: ${key(e)} (${verdict})`);
      }
    };
    await Promise.all([worker(), worker()]);
    expect(unsafe).toEqual([]);
  });
});
