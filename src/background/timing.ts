/**
 * User Timing entries in the worker (DevTools shows them; bench/browser.ts reads them to split a
 * cold start into its parts). Times only: never any text.
 */
export const LISTENING_MARK = 'second-look:listening';
export const CHECK_ANSWER_MEASURE = 'second-look:check-answer';
