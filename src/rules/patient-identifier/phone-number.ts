/**
 * Phone numbers tied to a patient or a relative ("ring back Mrs X on", "her daughter on"),
 * found with libphonenumber-js (GB default, so "07700 900417" and "+44 7700 900417" both parse),
 * labelled numbers in other formats ("Mobile: 03.93.92.16.85"), and numbers spelled out in words
 * ("oh seven seven double oh nine hundred…"), a common way past a digit detector.
 *
 * Service numbers (111, 999, 119, 116 123, the 0800 gas line) never parse as full numbers or are
 * skipped, and a number given as an organisation's line ("call the ward on", "surgery number")
 * is public. The author's own mobile given to patients is a boundary problem, checked elsewhere.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { defineRule } from '../engine/define';
import { isMod11Valid } from '../text/checksums';
import { registerPattern } from '../text/patterns';
import type { DocumentView, SentenceView } from '../engine/document';
import type { Report } from '../types';
import {
  CLINICAL_EVENT,
  PATIENT_PERSON,
  PREMISES,
  RELATIVE,
  around,
  foldedDraft,
  has,
  lead,
  trail,
} from './_structured-context';

interface Candidate {
  start: number;
  end: number;
  digits: string;
  labelled: boolean;
  /** libphonenumber says the number exists in the numbering plan (not just the right length). */
  valid: boolean;
}

// Freephone, shared-cost and service lines are organisations', never a patient's.
const SERVICE = /^(?:111|999|112|119|101|105|116\d{3}|0800\d{6,7}|0808\d{6,7}|03\d{8,9}|084\d{7,8}|087\d{7,8})$/;

// A personal line: "Mobile: …", "home number".
const PERSONAL_LABEL = /(?:mobile|mob|cell|home|personal)(?: (?:no|number|phone))?[\s:.#]{0,4}$/;
// A label or verb right before a number in any format.
const LABEL_BEFORE =
  /(?:phone|tel|telephone|mobile|mob|cell|fax|desk|landline|home|work|number|no|contact|whatsapp|call|ring|text|answering at|messages to|registered|on)[\s:.#]{0,4}$/;
// A label right after: "930.167.3943 fax", "+447700677662 mobile".
const LABEL_AFTER = /^\s{0,3}\(?(?:office|fax|mobile|mob|cell|home|work|landline|desk)\b/;
// Any run of 7-15 digits with common separators, for formats libphonenumber does not know.
const LOOSE = registerPattern(
  'phone-number.loose',
  /(?<![\p{L}\p{N}_.,/])\+?(?:\(\d{1,5}\)|\d{1,5})(?:[ .-]{1,2}(?:\(\d{1,5}\)|\d{1,5})){1,5}(?![\p{L}\p{N}_]|[.,/]\d)/gu,
);

// Digits spelled out: "oh seven seven double oh nine hundred two three three".
const DIGIT_WORD = 'oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|hundred';
const SPELLED = registerPattern(
  'phone-number.spelled',
  new RegExp(`(?<![\\p{L}\\p{N}_])(?:(?:${DIGIT_WORD})[\\s,-]{1,3}){5,30}(?:${DIGIT_WORD})(?![\\p{L}\\p{N}_])`, 'giu'),
);
const WORD_DIGITS: Record<string, number> = {
  oh: 1,
  o: 1,
  zero: 1,
  nought: 1,
  one: 1,
  two: 1,
  three: 1,
  four: 1,
  five: 1,
  six: 1,
  seven: 1,
  eight: 1,
  nine: 1,
  hundred: 2,
};

function spelledDigitCount(words: string): number {
  let count = 0;
  let pending = 0;
  for (const w of words.toLowerCase().split(/[\s,-]+/)) {
    if (w === 'double') pending = 1;
    else if (w === 'triple' || w === 'treble') pending = 2;
    else {
      count += (WORD_DIGITS[w] ?? 0) + (w === 'hundred' ? 0 : pending);
      pending = 0;
    }
  }
  return count;
}

// Whose number: a patient or relative, an organisation, or the author.
const PATIENT_LINK = registerPattern(
  'phone-number.patient-link',
  /\b(?:(?:her|his|their|pt'?s?|patient'?s?|mum'?s|dad'?s) (?:[a-z]{1,12} )?(?:number|mobile|mob|phone|landline|no)|(?:ring|call|phone|text|contact) (?:her|him|them))\b/iu,
);
// "ring back Mrs X on", "call Mr Y back": a call-back is to a patient or relative.
const CALL_BACK = /\b(?:ring|call|phone|text|contact|rang|called)\b[^.!?]{0,30}\bback\b|\bcall ?back\b/iu;
const ORG_LINE = registerPattern(
  'phone-number.org-line',
  /(?<![\p{L}\p{N}_])(?:ward|wards|surgery|practice|clinic|switchboard|reception|helpline|hotline|advice line|line|office|department|dept|unit|team|hub|hospital|hospice|pharmacy|service|centre|center|desk|bleep|ext|extension|appointments?|bookings?|enquiries|call us|ring us|contact us|freephone|website|our (?:number|phone))(?![\p{L}\p{N}_])/iu,
);
const AUTHOR = registerPattern(
  'phone-number.author',
  /(?<![\p{L}\p{N}_])(?:my (?:\w+ )?(?:mobile|number|phone|mob|cell|whatsapp)|(?:text|call|ring|message|whatsapp|reach) me|me on)(?![\p{L}\p{N}_])/iu,
);

/**
 * An organisation's notice or advert (a clinic, a practice, a vacancy) that mentions no patient,
 * relative or clinical event: any number in it is the organisation's own.
 */
function orgNotice(doc: DocumentView): boolean {
  return doc.memo('phone-number.org-notice', (d) => {
    const text = foldedDraft(d);
    return (
      has(PREMISES, text) &&
      !has(PATIENT_LINK, text) &&
      !has(PATIENT_PERSON_STRICT, text) &&
      !has(RELATIVE, text) &&
      !has(CLINICAL_EVENT, text)
    );
  });
}
// A patient in the story (the broad PATIENT_PERSON also counts "children" in "children's flu").
const PATIENT_PERSON_STRICT = registerPattern(
  'phone-number.patient-person',
  /\b(?:pts?|patients?|patient's|mrs?|ms|miss|gent|gentleman|lady|resident|service user|client|next of kin|nok)\b/iu,
);

function labelNear(before: string, after: string): boolean {
  return LABEL_BEFORE.test(before.slice(-16)) || LABEL_AFTER.test(after);
}

function countDigits(text: string): number {
  return text.match(/\p{Nd}/gu)?.length ?? 0;
}

function candidates(view: SentenceView): Candidate[] {
  return view.memo('phone-number.candidates', (s) => {
    const plain = s.norm.plain;
    const out: Candidate[] = [];
    // No phone number of any country has fewer than 5 digits, even written +290 1234 (checked
    // by brute force over every 1-4 digit string): skip libphonenumber's scan, the costly part.
    if (countDigits(plain) < 5) return out;
    // POSSIBLE leniency: Ofcom's drama ranges (07700 900xxx) are the right shape but not "valid".
    const options = { defaultCountry: 'GB', leniency: 'POSSIBLE' } as Parameters<typeof findPhoneNumbersInText>[1];
    for (const found of findPhoneNumbersInText(plain, options)) {
      const national = found.number.nationalNumber;
      const digits = found.number.countryCallingCode === '44' ? `0${national}` : `${national}`;
      const span = s.norm.spanToOriginal(found.startsAt, found.endsAt);
      out.push({ ...span, digits, labelled: false, valid: found.number.isValid() });
    }
    LOOSE.lastIndex = 0;
    for (let m = LOOSE.exec(plain); m; m = LOOSE.exec(plain)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) continue;
      const span = s.norm.spanToOriginal(m.index, m.index + m[0].length);
      if (out.some((c) => c.start < span.end && span.start < c.end)) continue;
      const before = plain.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
      const after = plain.slice(m.index + m[0].length, m.index + m[0].length + 14).toLowerCase();
      if (!LABEL_BEFORE.test(before) && !LABEL_AFTER.test(after)) continue;
      out.push({ ...span, digits, labelled: true, valid: false });
    }
    return out;
  });
}

export default defineRule({
  id: 'patient-identifier/phone-number',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'error',
    summary: "Flags a patient's or relative's phone number, including numbers written out in words.",
    messages: {
      patientPhone:
        "This looks like a patient's or relative's phone number. A phone number identifies a person on its own and lets anyone contact them.",
      phone:
        'This looks like a personal phone number. If it belongs to a patient or their family, it identifies them and lets anyone contact them.',
      spelled:
        'This reads like a phone number written out in words. Spelled out, it identifies the person just as the digits would.',
    },
    guidance: ['gmc-social-media-2024-p18', 'gmc-social-media-2024-p19', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [{ text: 'Can someone ring back Mr Hale on 07700 900312 about his bloods?' }],
      pass: [
        { text: 'Worried about your child? Call 111, or 999 in an emergency.', why: 'service numbers' },
        { text: 'Call the ward on 0113 496 0712 to check visiting times.', why: "the ward's own line" },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const sentence of doc.sentences) {
      for (const c of candidates(sentence.view)) {
        const start = c.start + sentence.start;
        const end = c.end + sentence.start;
        const before = lead(doc, start, 45);
        if (SERVICE.test(c.digits) && !PERSONAL_LABEL.test(before)) continue;
        const after = trail(doc, end, 25);
        if (/(?:nhs|chi|h&c|mrn|hosp(?:ital)?)\W{0,3}(?:no|number|num)?\W{0,3}$/.test(before)) continue;
        const written = doc.text.slice(start, end).replace(/\D/g, '');
        if (written.length === 10 && !written.startsWith('0') && isMod11Valid(written)) continue;
        // Part of a longer code ("PV2218743"): a hospital number, not a phone.
        if (/[\p{L}\p{N}]/u.test(doc.text.charAt(start - 1))) continue;
        const patientLinked =
          has(PATIENT_LINK, before) || CALL_BACK.test(before) || has(RELATIVE, before) || has(PATIENT_PERSON, before);
        if (!patientLinked) {
          if (has(AUTHOR, before)) continue;
          if (has(ORG_LINE, before) || has(ORG_LINE, after) || orgNotice(doc)) continue;
        }
        const mobile = /^07\d{9}$/.test(c.digits);
        if (!c.valid && !mobile && !c.labelled && !patientLinked && !labelNear(before, after)) continue;
        const strong = patientLinked || c.labelled || mobile;
        out.push({
          start,
          end,
          messageId: patientLinked ? 'patientPhone' : 'phone',
          score: strong ? 0.9 : 0.6,
          severity: patientLinked ? 'error' : 'warning',
          suggestion: '[number removed]',
        });
      }
    }
    for (const m of doc.matches('phone-number.spelled', SPELLED)) {
      if (spelledDigitCount(m.groups[0] ?? '') < 9) continue;
      const near = around(doc, m.start, m.end, 60, 40);
      if (has(ORG_LINE, lead(doc, m.start, 30)) && !has(PATIENT_LINK, near)) continue;
      out.push({ start: m.start, end: m.end, messageId: 'spelled', score: 0.85, suggestion: '[number removed]' });
    }
    return out;
  },
});
