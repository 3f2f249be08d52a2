import undeclaredPromotion from './undeclared-promotion';
import unnamedProfessional from './unnamed-professional';
import type { Rule } from '../types';

/** Sorted by id. The meta-test proves every module in this folder is listed. */
export const CONFLICT_OF_INTEREST_RULES: readonly Rule[] = [undeclaredPromotion, unnamedProfessional];
