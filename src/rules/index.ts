/** Public entry of the pure rule engine: no DOM, no browser APIs. */
export { check, DraftChecker, MAX_CHECK_LENGTH, MIN_SCORE, type CheckResult } from './engine/check';
export { RULES, RULES_BY_ID } from './registry';
export { citation, GUIDANCE, type Citation, type GuidanceId } from './guidance';
export * from './types';
