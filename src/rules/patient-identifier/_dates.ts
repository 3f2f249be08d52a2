/**
 * Date shapes shared by the date-of-birth and clinical-date rules, as regex sources for the
 * folded (lower-case) text. Numeric dates are day-first (UK) but month-first also matches the
 * same shape, which is all a detector needs.
 */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';

/** 12/11/1946, 14.03.51, 02-07-1988. */
export const NUMERIC_DATE = '(?:[12]\\d|3[01]|0?[1-9])[/.-](?:[12]\\d|3[01]|0?[1-9])[/.-](?:19|20)?\\d{2}';
/** 1988-07-02. */
export const ISO_DATE = '(?:19|20)\\d{2}-(?:1[0-2]|0[1-9])-(?:[12]\\d|3[01]|0[1-9])';
/** 2 July 1988, 2nd of July, 1988 (year optional). */
export const DAY_MONTH = `${DAY}(?: of)? ${MONTH}\\.?(?:,? (?:19|20)\\d{2})?`;
/** July 2nd, 1988 / Feb 21 2023 (year optional). */
export const MONTH_DAY = `${MONTH}\\.? ${DAY}(?:,? (?:19|20)\\d{2})?`;
/** 12/01 (day and month, no year): only counted after "on". */
export const SHORT_NUMERIC = '(?:[12]\\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])';
export { MONTH, WEEKDAY, DAY };

/** Any full date (with a year): numeric, ISO or written. */
export const FULL_DATE = `(?:${ISO_DATE}|${NUMERIC_DATE}|${DAY}(?: of)? ${MONTH}\\.?,? (?:19|20)\\d{2}|${MONTH}\\.? ${DAY},? (?:19|20)\\d{2})`;
