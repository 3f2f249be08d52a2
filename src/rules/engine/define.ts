import type { Rule } from '../types';

/** Identity helper: gives a rule module its type without doing any work. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
