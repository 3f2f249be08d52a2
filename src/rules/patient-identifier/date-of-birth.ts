/**
 * Dates of birth: "DOB", "d.o.b.", "date of birth", "born" (leetspeak "d0b" too, which folding
 * undoes) followed by a date in any common format, and the specimen-label shape SURNAME + initial
 * + date that shows up in image alt text. The author's own birthday is theirs to share.
 */
import { defineRule } from '../engine/define';
import type { DocumentView } from '../engine/document';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import { DAY_MONTH, FULL_DATE, MONTH_DAY } from './_dates';
import { lead } from './_structured-context';

const DOB_DATE = registerPattern(
  'date-of-birth.context',
  new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on)?|b\\.)(?: is| was)?[\\s:,=-]{0,4}(${FULL_DATE}|${DAY_MONTH}|${MONTH_DAY})(?![\\p{L}\\p{N}_])`,
    'giu',
  ),
);

// SURNAME (capitals), an initial or forename, then a numeric date: the shape of a specimen or
// wristband label read out in alt text.
const LABEL_DATE =
  /\b[A-Z][A-Z'-]{2,20},? [A-Z](?:[a-z]{1,15})?\.? (?:[A-Z]\.? )?((?:[12]\d|3[01]|0?[1-9])[/.-](?:1[0-2]|0?[1-9])[/.-](?:19|20)?\d{2})\b/gu;

// The author's own birthday: "I was born", "my DOB", "happy birthday to me".
const OWN_LEAD = /(?:\bi (?:was )?|\bi'?m |\bme,? )$/u;
const OWN_NEAR = /\bmy (?:dob|d\.o\.b|date of birth|birthday|birth)\b|\bbirthday to me\b/u;

// A personal post: the sentence so far is about "I" and names nobody else.
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|my|me|myself)\b/u;
const SOMEONE_ELSE =
  /\b(?:he|she|him|her|his|hers|they|them|their|patients?|pts?|mrs?|ms|miss|baby|babies|son|daughter|child|kid|boy|girl|man|woman|lady|gent|mum|dad|mother|father|husband|wife|partner|resident|client|twins?)\b/u;

function ownStory(doc: DocumentView, start: number): boolean {
  const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
  if (!sentence) return false;
  const before = lead(doc, start, Math.min(200, start - sentence.start));
  return FIRST_PERSON.test(before) && !SOMEONE_ELSE.test(before);
}

export default defineRule({
  id: 'patient-identifier/date-of-birth',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'error',
    summary: "Flags a patient's date of birth, which with almost any other detail identifies them.",
    messages: {
      dateOfBirth:
        'This looks like a date of birth. With a name, a place or a condition it points to one person, and it is a key detail for identity fraud.',
      labelDate:
        'A surname in capitals next to a date reads like a specimen or wristband label. A name with a date of birth identifies the patient.',
    },
    guidance: ['gmc-social-media-2024-p18', 'gmc-social-media-2024-p19', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [
        { text: 'Lab rejected the sample again, DOB 03/04/1952 on the form was fine!' },
        { text: 'Alt: request form reading HOLROYD M 21/06/1939' },
      ],
      pass: [
        { text: 'Happy birthday to me! Born 2 July 1988 and still feel 21', why: "the author's own birthday" },
        { text: 'Never post a DOB or an NHS number, however anonymised you think it is.', why: 'no date' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const m of doc.matches('date-of-birth.context', DOB_DATE)) {
      const before = lead(doc, m.start, 60);
      if (OWN_LEAD.test(before) || OWN_NEAR.test(before) || ownStory(doc, m.start)) continue;
      out.push({
        start: m.start,
        end: m.end,
        messageId: 'dateOfBirth',
        score: 0.95,
        suggestion: 'an age band (e.g. "in their 70s")',
      });
    }
    for (const m of doc.matches('date-of-birth.label', LABEL_DATE, 'plain')) {
      if (out.some((r) => r.start < m.end && m.start < r.end)) continue;
      out.push({ start: m.start, end: m.end, messageId: 'labelDate', score: 0.85, suggestion: '[label removed]' });
    }
    return out;
  },
});
