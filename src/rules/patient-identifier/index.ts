import healthNumber from './health-number';
import type { Rule } from '../types';

/** Sorted by id. The meta-test proves every module in this folder is listed. */
export const PATIENT_IDENTIFIER_RULES: readonly Rule[] = [healthNumber];
