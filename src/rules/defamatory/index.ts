import allegation from './allegation';
import insinuation from './insinuation';
import type { Rule } from '../types';

/** Sorted by id. The meta-test proves every module in this folder is listed. */
export const DEFAMATORY_RULES: readonly Rule[] = [allegation, insinuation];
