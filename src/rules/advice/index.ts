import diagnosisReply from './diagnosis-reply';
import discourageCare from './discourage-care';
import medicationDirective from './medication-directive';
import type { Rule } from '../types';

/** Sorted by id. The meta-test proves every module in this folder is listed. */
export const ADVICE_RULES: readonly Rule[] = [diagnosisReply, discourageCare, medicationDirective];
