/**
 * Street addresses: a house number and a street ("14 Larch Close"), a house or flat described on
 * a named street ("a house on Moor Lane"), a numbered flat, and the number-street-number-suite
 * shape of addresses abroad ("2613 avenida praia 1 suite 463"). An organisation's own address
 * (a practice moving, a ward, a job advert, "find us at") is public and fine.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import {
  CLINICAL_EVENT,
  PREMISES,
  PATIENT_PERSON,
  RELATIVE,
  THIRD_PERSON,
  around,
  draftMatches,
  draftMayMatch,
  has,
  isAlteredCase,
  lead,
} from './_structured-context';

const STREET_TYPES =
  'Street|St|Road|Rd|Lane|Ln|Close|Avenue|Ave|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl|Terrace|Gardens|Gdns|Grove|Mews|Row|Walk|Hill|View|Rise|Square|Sq|Parade|Green|Vale|Boulevard|Blvd|Wynd|Gate|Fold|Croft|Meadows?|Heights|Bank|Brow|Approach|Circle|Estate|Park';
// Street types that are rarely ordinary words, allowed in lower case ("14 larch close" is not,
// "14 acacia avenue" is).
const LOWER_TYPES = 'street|road|lane|avenue|crescent|terrace|gardens|grove|mews|drive';

const UK_STREET = registerPattern(
  'address.uk',
  new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:(?:[Ff]lat|[Aa]partment|[Aa]pt\\.?|[Uu]nit) \\d{1,4}[a-zA-Z]?,? )?\\d{1,5}[a-zA-Z]?,? (?:[A-Z][\\p{L}'-]+ ){1,3}(?:${STREET_TYPES})\\.?(?![\\p{L}\\p{N}_])`,
    'gu',
  ),
);
const UK_STREET_LOWER = registerPattern(
  'address.uk-lower',
  new RegExp(
    `(?<![\\p{L}\\p{N}_])\\d{1,5}[a-z]?,? (?:[a-z][\\p{L}'-]+ ){1,2}(?:${LOWER_TYPES})(?![\\p{L}\\p{N}_])`,
    'gu',
  ),
);

// "a house on Moor Lane", "lives on Station Road", "her flat in Beech Grove".
const DESCRIBED = registerPattern(
  'address.described',
  new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:house|home|flat|bungalow|cottage|maisonette|terrace|lives|living|lived|address)(?: \\w+)? (?:on|in|at) (?:[A-Z][\\p{L}'-]+ ){1,3}(?:${STREET_TYPES})\\.?(?![\\p{L}\\p{N}_])`,
    'gu',
  ),
);

// A numbered flat or apartment on its own: "flat 3", "apartment 12b".
const FLAT = registerPattern(
  'address.flat',
  /(?<![\p{L}\p{N}_])(?:flat|apartment|apt\.?) ?\d{1,4}[a-z]?(?![\p{L}\p{N}_])/giu,
);

// Number, street words, number, then a suite/apartment: the shape of addresses abroad.
const SUITE = registerPattern(
  'address.suite',
  /(?<![\p{L}\p{N}_])\d{1,6},? (?:[\p{L}'.-]+ ){0,4}[\p{L}'.-]+(?: \d{1,5}[a-z]?)?,?\s{1,4}(?:suite|apt|apartment|unit|flat|floor|fl)\.?\s?\d{1,5}(?![\p{L}\p{N}_])/giu,
);

// Street-first forms used abroad: "ul. Północna 73", "C/ Señores Curas 88", "rue des Lilas 4".
const PREFIXED = registerPattern(
  'address.prefixed',
  /(?<![\p{L}\p{N}_])(?:ul\.|c\/|rue|via|calle|avenida|avda\.|rua|piazza|plaza|praça)\s(?:[\p{L}'.-]+ ){0,4}\d{1,5}[a-z]?(?![\p{L}\p{N}_])/giu,
);

// Military and diplomatic mail: "PSC 4355, Box 4187 APO AP 28906".
const MILITARY = registerPattern('address.military', /\b(?:APO|FPO|DPO) A[AEP] \d{5}\b/gu);

// "the corner of Dalbraut 99 and Frederikke Coves".
const CORNER = registerPattern(
  'address.corner',
  /\bcorner of (?:[A-Za-z\u00C0-\u024F'.-]{1,30} ){0,4}\d{1,5} [^\n]{0,40}? and [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]{1,30}/gu,
);

// "Address: 3654 Brixtonlaan 380" / "my new address is 68954 Geddingmoor 24".
const LABELLED = registerPattern(
  'address.labelled',
  /(?<=\baddress(?: is)?:?\s{1,8})\d{1,6},? (?:[\p{L}'.-]+ ){1,4}\d{1,5}[a-z]?(?![\p{L}\p{N}_])/giu,
);

// Number, capitalised street name, house number: continental order ("Feldstrasse 42").
const CONTINENTAL = registerPattern(
  'address.continental',
  /(?<![\p{L}\p{N}_])\d{3,6} (?:[\p{Lu}][\p{L}'-]+\.? ){1,3}\d{1,4}[a-z]?(?=\s*(?:,|\n|$|suite|apt|st\.|street))/gu,
);

// Gates, with each pattern's flags, run on each sentence: every match of the pattern in the
// draft leaves a match of its gate in the sentence where it starts or where its keyword is. A
// sentence boundary is whitespace, so where the pattern allows whitespace the gate also accepts
// the sentence's end ($) or start (^).
const SUITE_GATE = /(?:^|\s)(?:suite|apt|apartment|unit|flat|floor|fl)\.?(?:\s?\d|\s?$)/iu;
const LABELLED_GATE = /address/iu;
const PREFIXED_GATE = /(?<![\p{L}\p{N}_])(?:ul\.|c\/|rue|via|calle|avenida|avda\.|rua|piazza|plaza|praça)(?:\s|$)/iu;
const MILITARY_GATE = /APO|FPO|DPO/u;
const CORNER_GATE = /corner/u;
const CONTINENTAL_GATE = /(?<![\p{L}\p{N}_])\d{3,6}(?: \p{Lu}|$)/u;

type Kind = 'street' | 'described' | 'flat' | 'foreign' | 'military';

export default defineRule({
  id: 'patient-identifier/address',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'error',
    summary: "Flags a patient's street address or a description of their home.",
    messages: {
      address:
        "A house number and street point to one home. Next to a patient's details it tells readers exactly who and where.",
      addressAlone:
        'This looks like a street address. If it is where a patient or someone else lives, it identifies them.',
      described:
        'Describing the street a patient lives on lets neighbours and local readers work out who it is. Consider "their home area".',
    },
    guidance: ['gmc-social-media-2024-p19', 'gmc-social-media-2024-p18', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [{ text: 'Popped in on my lovely lady at 7 Birch Avenue, 94 and still gardening 🌷' }],
      pass: [
        {
          text: 'Our surgery has moved to 22 Mill Street. Same phone number, more parking!',
          why: "the practice's own address",
        },
      ],
    },
  },
  check(doc) {
    const altered = isAlteredCase(doc);
    const out: Report[] = [];
    const add = (start: number, end: number, kind: Kind): void => {
      if (out.some((r) => r.start < end && start < r.end)) return;
      const before = lead(doc, start, 70);
      const near = around(doc, start, end, 150, 80);
      const tied =
        has(PATIENT_PERSON, near) || has(RELATIVE, near) || has(CLINICAL_EVENT, near) || has(THIRD_PERSON, near);
      if (kind !== 'military' && has(PREMISES, before) && !has(PATIENT_PERSON, before)) return;
      if (altered && !tied) return;
      if ((kind === 'described' || kind === 'flat') && !tied) return;
      const messageId = kind === 'described' ? 'described' : tied ? 'address' : 'addressAlone';
      out.push({
        start,
        end,
        messageId,
        score: tied ? 0.85 : 0.65,
        severity: tied ? 'error' : 'warning',
        suggestion: 'their home area',
      });
    };
    // The whole-draft patterns run only when some sentence holds a word every match needs.
    const scan = (key: string, re: RegExp, gate: RegExp, on: 'folded' | 'plain' = 'folded') =>
      draftMayMatch(doc, key, gate, on) ? draftMatches(doc, re, on) : [];
    for (const m of scan('address.suite', SUITE, SUITE_GATE)) add(m.start, m.end, 'foreign');
    for (const m of scan('address.labelled', LABELLED, LABELLED_GATE)) add(m.start, m.end, 'foreign');
    for (const m of scan('address.prefixed', PREFIXED, PREFIXED_GATE, 'plain')) add(m.start, m.end, 'foreign');
    for (const m of scan('address.military', MILITARY, MILITARY_GATE, 'plain')) add(m.start, m.end, 'military');
    for (const m of scan('address.corner', CORNER, CORNER_GATE, 'plain')) add(m.start, m.end, 'foreign');
    for (const m of doc.matches('address.uk', UK_STREET, 'plain')) add(m.start, m.end, 'street');
    for (const m of doc.matches('address.uk-lower', UK_STREET_LOWER)) add(m.start, m.end, 'street');
    for (const m of scan('address.continental', CONTINENTAL, CONTINENTAL_GATE, 'plain')) add(m.start, m.end, 'foreign');
    for (const m of doc.matches('address.described', DESCRIBED, 'plain')) add(m.start, m.end, 'described');
    for (const m of doc.matches('address.flat', FLAT)) add(m.start, m.end, 'flat');
    return out;
  },
});
