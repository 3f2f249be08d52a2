import type { Rule } from '../types';

/** Sorted by id. The meta-test proves every module in this folder is listed. */
export const DISRESPECT_RULES: readonly Rule[] = [];
