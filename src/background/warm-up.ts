/**
 * Runs the engine once over every rule's own examples. The first run of a large regular
 * expression compiles it (tens of milliseconds for the big lexicons), and compromise loads its
 * lexicon on first use: paying that when the worker starts keeps it off the user's first keystroke.
 */
import { DraftChecker } from '../rules/engine/check';
import { RULES } from '../rules/registry';

export function warmUp(): number {
  const started = performance.now();
  const examples = RULES.flatMap((rule) => [...rule.meta.examples.warn, ...rule.meta.examples.pass]).map((e) => e.text);
  new DraftChecker().check({ text: examples.join('\n') });
  return performance.now() - started;
}
