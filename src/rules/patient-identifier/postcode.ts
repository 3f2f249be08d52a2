/**
 * UK postcodes: the full form ("LS6 2QB", "m14 5rt" after the word postcode) points to a
 * handful of households, and an outward district ("LS6") narrows a patient to a neighbourhood
 * when it sits right next to them. An organisation's own postcode (a practice moving, "find
 * us at", a job advert) is public and fine.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import {
  CLINICAL_EVENT,
  PREMISES,
  PATIENT_PERSON,
  RELATIVE,
  around,
  has,
  isAlteredCase,
  lead,
} from './_structured-context';

// Every UK postcode area (the letters before the first digit).
const AREAS =
  'AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE';

const FULL = registerPattern(
  'postcode.full',
  new RegExp(`(?<![\\p{L}\\p{N}_])(?:${AREAS})\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\p{N}_])`, 'giu'),
);

// An outward code right after a preposition of place: "in LS6", "from M14".
const OUTWARD = registerPattern(
  'postcode.outward',
  new RegExp(
    `(?<=\\b(?:in|from|near|round|around|at|lives in|living in)\\s)(?:${AREAS})\\d{1,2}[A-Z]?(?![\\p{L}\\p{N}_]| ?\\d[A-Z]{2})`,
    'gu',
  ),
);
// Training grades and motorways share the shape of an outward code.
const NOT_A_DISTRICT = /^(?:ST\d|CT\d|[A-Z]\d)$/;

function tiedToPatient(near: string): boolean {
  return has(PATIENT_PERSON, near) || has(RELATIVE, near) || has(CLINICAL_EVENT, near);
}

export default defineRule({
  id: 'patient-identifier/postcode',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'error',
    summary: 'Flags UK postcodes tied to a patient, a home visit or a diagnosis.',
    messages: {
      postcode:
        'A full postcode covers only a handful of homes. Next to a diagnosis or a visit it can point to one household.',
      postcodeAlone:
        'This looks like a full postcode. If it is where a patient lives, it narrows them down to a handful of homes.',
      district:
        'A postcode district next to a patient narrows them to a neighbourhood. With other details it can identify them.',
    },
    guidance: ['gmc-social-media-2024-p19', 'gmc-social-media-2024-p18', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [{ text: 'Home visit in BD7 3QP this morning, new diagnosis of lung cancer.' }],
      pass: [
        {
          text: 'Our practice is moving! Find us at 22 Mill Street, BD7 3QP from Monday.',
          why: "the practice's own address",
        },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    const altered = isAlteredCase(doc);
    for (const m of doc.matches('postcode.full', FULL, 'plain')) {
      const raw = m.groups[0] ?? '';
      const before = lead(doc, m.start, 80);
      if (raw !== raw.toUpperCase() && !/post ?code/.test(before)) continue;
      if (has(PREMISES, before) && !has(CLINICAL_EVENT, around(doc, m.start, m.end, 0, 30))) continue;
      const near = around(doc, m.start, m.end, 150, 60);
      const tied = tiedToPatient(near);
      if (altered && !tied) continue;
      out.push({
        start: m.start,
        end: m.end,
        messageId: tied ? 'postcode' : 'postcodeAlone',
        score: tied ? 0.9 : 0.6,
        severity: tied ? 'error' : 'warning',
        suggestion: 'their home area',
      });
    }
    if (altered) return out;
    for (const m of doc.matches('postcode.outward', OUTWARD, 'plain')) {
      if (NOT_A_DISTRICT.test(m.groups[0] ?? '')) continue;
      const near = around(doc, m.start, m.end, 80, 60);
      if (!tiedToPatient(near) || has(PREMISES, lead(doc, m.start, 40))) continue;
      out.push({
        start: m.start,
        end: m.end,
        messageId: 'district',
        score: 0.7,
        severity: 'warning',
        suggestion: 'their home area',
      });
    }
    return out;
  },
});
