import type { Rule } from '../types';
import mockery from './mockery';
import patientSlang from './patient-slang';
import prejudice from './prejudice';

/** Sorted by id. The meta-test proves every module in this folder is listed. */
export const DISRESPECT_RULES: readonly Rule[] = [mockery, patientSlang, prejudice];
