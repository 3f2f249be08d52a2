/** Every rule, by category. Adding a rule means adding it to its category's index.ts. */
import { ADVICE_RULES } from './advice/index';
import { BOUNDARY_RULES } from './boundary/index';
import { CONFLICT_OF_INTEREST_RULES } from './conflict-of-interest/index';
import { DEFAMATORY_RULES } from './defamatory/index';
import { DISRESPECT_RULES } from './disrespect/index';
import { EMOTIVE_RULES } from './emotive/index';
import { PATIENT_IDENTIFIER_RULES } from './patient-identifier/index';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  ...PATIENT_IDENTIFIER_RULES,
  ...ADVICE_RULES,
  ...EMOTIVE_RULES,
  ...DEFAMATORY_RULES,
  ...DISRESPECT_RULES,
  ...CONFLICT_OF_INTEREST_RULES,
  ...BOUNDARY_RULES,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
