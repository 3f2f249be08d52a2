/**
 * Hospital, unit and medical-record numbers (and their insurance-world cousins: member, policy
 * and health-plan numbers). Unlike NHS numbers they carry no checksum, so the recognizer leans
 * on context words ("hosp no", "MRN", "unit number") right before the identifier, and accepts
 * the shapes trusts use: digits, letters-then-digits, hyphenated or split by invisible characters.
 * A bare letters-and-digits code ("RXX1234567") counts only beside patient or clinical words.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import { CLINICAL_EVENT, PATIENT_PERSON, has } from './_structured-context';

const CONTEXT = [
  'hosp(?:ital)?\\.? ?(?:no|nos|number|num|#|id|ref)\\.?',
  'hosp\\.?',
  'h\\.? ?no\\.?',
  'mrn\\.?',
  'm\\.r\\.n\\.?',
  'med(?:ical)? rec(?:ord)?s? (?:no|number|#)\\.?',
  '(?:patient |case )?record (?:no|number|#)\\.?',
  'unit (?:no|number)\\.?',
  'case (?:no|number|#)\\.?',
  '(?:patient|pt) (?:id|no|number|#)\\.?',
  'k ?(?:no|number)\\.?',
  'rxx',
  'insur(?:ance)?\\.? ?(?:id|no|number|#)\\.?',
  '(?:health )?policy (?:no|number|#)\\.?',
  'health ?plan (?:id|no|number|#)\\.?',
  '(?:member|beneficiary|subscriber) (?:id|no|number|#)\\.?',
  'medica(?:id|re) (?:id|no|number|#)\\.?',
  'hbn',
  'hpn',
  '(?:emis|systm ?one|rio|epr) (?:no|number|id)\\.?',
].join('|');

// Context, an optional "is"/colon, then the identifier: up to four letters, then 4-15 digits
// that may be grouped by single spaces or hyphens.
const CONTEXT_ID = registerPattern(
  'hospital-number.context-id',
  new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${CONTEXT})(?: is| was| of)?[\\s:#=(-]{0,4}(#?(?:[a-z]{1,4}[ -]?)?\\d(?:\\d|[ -]\\d){3,14})(?![\\p{L}\\p{N}_])`,
    'giu',
  ),
);

// A trust-style code on its own: capitals then 6-9 digits (e.g. three letters, seven digits).
const BARE_CODE = /(?<![\p{L}\p{N}_])[A-Z]{1,3}\d{6,9}(?![\p{L}\p{N}_])/gu;

/** Grouped like a UK phone number ("0113 496 0000"): a switchboard, not a patient. */
function looksLikePhone(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  return /^0[1-9]\d{8,9}$/.test(digits) && /\d[ -]\d/.test(raw);
}

export default defineRule({
  id: 'patient-identifier/hospital-number',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'error',
    summary: 'Flags hospital, unit and medical-record numbers, which let anyone with record access find the patient.',
    messages: {
      hospitalNumber:
        'This looks like a hospital or medical-record number. Anyone with access to the records (or who has seen the wristband) can look the patient up from it.',
      possibleCode:
        'This code sits next to patient details and has the shape of a hospital number. If it is one, it identifies the patient to anyone with record access.',
    },
    guidance: ['gmc-social-media-2024-p18', 'gmc-social-media-2024-p19', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [
        { text: 'Can someone chase the echo for hosp no RQM2048813?' },
        { text: 'MRN 00452917 still waiting for a bed' },
      ],
      pass: [
        {
          text: 'The hospital number on our website (0113 496 0000) is the switchboard.',
          why: 'a switchboard phone number',
        },
        { text: 'Remove the name, DOB and hospital number before sharing any image.', why: 'names the type only' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    const seen = new Set<number>();
    for (const m of doc.matches('hospital-number.context-id', CONTEXT_ID)) {
      const id = m.groups[1] ?? '';
      if (looksLikePhone(id)) continue;
      if (id.replace(/\D/g, '').length < 5) continue;
      const idStart = m.index + (m.groups[0] ?? '').lastIndexOf(id);
      const span = m.sentence.view.norm.spanToOriginal(idStart, idStart + id.length);
      const start = span.start + m.sentence.start;
      seen.add(start);
      out.push({
        start,
        end: span.end + m.sentence.start,
        messageId: 'hospitalNumber',
        score: 0.95,
        suggestion: '[number removed]',
      });
    }
    for (const m of doc.matches('hospital-number.bare', BARE_CODE, 'plain')) {
      if (seen.has(m.start) || out.some((r) => r.start <= m.start && m.end <= r.end)) continue;
      const sentence = m.sentence.view.norm.folded;
      if (!has(PATIENT_PERSON, sentence) && !has(CLINICAL_EVENT, sentence)) continue;
      out.push({
        start: m.start,
        end: m.end,
        messageId: 'possibleCode',
        score: 0.6,
        severity: 'warning',
        suggestion: '[number removed]',
      });
    }
    return out;
  },
});
