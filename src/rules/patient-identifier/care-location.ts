/**
 * Where a patient is lying: bed, bay, cubicle, side-room and resus numbers, and wards when a
 * patient is placed on them ("Doris on Ward 9", "her bed on Oak Ward"). Staff, visitors and
 * family on the ward know exactly who is in bed 6. A bed or bay number is a strong signal on its
 * own; a ward needs a patient next to it, since wards are also named in job adverts, closures,
 * bed counts and praise of the team.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import {
  CLINICAL_EVENT,
  PATIENT_PERSON,
  THIRD_PERSON,
  around,
  has,
  isAlteredCase,
  lead,
  trail,
} from './_structured-context';

// "bed 6", "bay 5", "b4y 3" (folded), "cubicle 6", "resus bay 1", "side room 4", "bed no. 12".
const SPOT = registerPattern(
  'care-location.spot',
  /(?<![\p{L}\p{N}_])(?:(?:resus|majors|minors|side|ambulatory) ?(?:bay|room|cubicle|cube|bed)|resus|bed|bay|cubicle|cubey|cube|side ?room|trolley|recliner|chair|pod)(?: no\.?| number| #)? ?\d{1,3}[a-z]?(?![\p{L}\p{N}_]|[.,]\d| ?(?:beds|bays|cubicles|hours?|hrs|mins?|minutes|days|patients|pts|%))/giu,
);
// What a bed or bay number is often followed by: the ward and unit ("on Ward 7B", "(AMU)").
const WARD_TAIL =
  /^(?:,| on| in| of)(?: the)? (?:ward \d{1,3}[a-z]?|[\p{L}'-]{2,20} ward)(?:\s?\([a-z]{2,6}\))?|^\s?\([a-z]{2,6}\)/iu;

// Bays and beds talked about as places, not as where someone is.
const PLACE_TALK = registerPattern(
  'care-location.place-talk',
  /(?<![\p{L}\p{N}_])(?:clos(?:ed|ure|ing)|refurb\w*|renovat\w*|ring[ -]?fenced|reopen\w*|opened|opening|deep clean\w*|cleaning|escalation (?:bay|area|beds?)|allocated|allocation|rota|staffing|covering|i'?m (?:in|on)|i was (?:in|on)|we'?re (?:in|on)|working (?:in|on)|signage|visitors? (?:please|should)|use the)(?![\p{L}\p{N}_])/iu,
);

// Ward numbers and named wards: "Ward 9", "ward 7b", "Oak Ward", "Tamar ward".
const WARD = registerPattern(
  'care-location.ward',
  /(?<![\p{L}\p{N}_])(?:[Ww]ard \d{1,3}[a-zA-Z]?|[A-Z][\p{L}'-]{2,20} [Ww]ard)(?![\p{L}\p{N}_])/gu,
);
// A ward becomes identifying when a patient is put on it: "<Name> on Ward 9", "her bed on…".
const WARD_LEAD = '\\s(?:\\([^)]{0,20}\\)\\s)?(?:(?:is |was |now |still )?(?:on|in|to|onto|from)\\s(?:the\\s)?)$';
const PATIENT_ON_WARD = registerPattern(
  'care-location.patient-on-ward',
  new RegExp(
    `\\b(?:mrs?|ms|miss|mx|pt|patient|lady|gent|gentleman|chap|man|woman|girl|boy|baby|her bed|his bed|their bed|her|him|them|admitted|transferred|moved|went up|sent up|died|passed away|\\d{1,3} ?[mf])${WARD_LEAD}`,
    'iu',
  ),
);
const WARD_LEAD_RE = registerPattern('care-location.ward-lead', new RegExp(WARD_LEAD, 'u'));

/** A capitalised first name (not a sentence opener) right before "on Ward 9". */
function nameOnWard(before: string): boolean {
  const lead = WARD_LEAD_RE.exec(before);
  if (!lead) return false;
  const rest = before.slice(0, lead.index);
  const name = /\b[A-Z][a-z]{2,15}$/.exec(rest);
  if (!name) return false;
  const prior = rest.slice(0, name.index).trimEnd();
  return prior.length > 0 && !/[.!?:]$/.test(prior);
}
// Staff, praise and recruitment around a ward.
const STAFF_TALK = registerPattern(
  'care-location.staff-talk',
  /(?<![\p{L}\p{N}_])(?:sister|nurses?|staff|team|colleagues?|hca|matron|manager|doctors?|dr|consultant|registrar|reg|pharmacist|physio|therapist|students?|everyone|all|thanks?|thank you|shout ?out|kudos|well done|proud|recruit\w*|band \d|jobs?|vacanc\w*|join)(?![\p{L}\p{N}_])/iu,
);

export default defineRule({
  id: 'patient-identifier/care-location',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'warning',
    summary: 'Flags bed, bay, cubicle and ward details that point at one patient.',
    messages: {
      bed: 'A bed, bay or cubicle number tells staff, visitors and family exactly which patient this is. Consider "a patient on the ward".',
      ward: 'Placing a patient on a named ward lets anyone who knows the hospital narrow down who it is. Consider leaving the ward out.',
    },
    guidance: ['gmc-social-media-2024-p19', 'gmc-social-media-2024-p18', 'gmc-gmp-2024-p16'],
    examples: {
      warn: [{ text: 'The gent in bay 4 has asked for his third cuppa before 7am ☕' }],
      pass: [
        { text: 'Bay 2 on Ward 14 is closed for a deep clean until Friday.', why: 'a closure, no patient' },
        { text: 'Huge thanks to the nurses on Ward 12 for a brilliant night.', why: 'praise of staff' },
      ],
    },
  },
  check(doc) {
    if (isAlteredCase(doc)) return [];
    const out: Report[] = [];
    for (const m of doc.matches('care-location.spot', SPOT)) {
      const sentence = m.sentence.view.norm.folded;
      const near = around(doc, m.start, m.end, 100, 80);
      const patient =
        has(PATIENT_PERSON, near) ||
        has(CLINICAL_EVENT, near) ||
        has(THIRD_PERSON, near) ||
        /\b[A-Z]{2,3} (?:in|on)\s*$/.test(doc.text.slice(Math.max(0, m.start - 8), m.start));
      if (has(PLACE_TALK, sentence) && !has(PATIENT_PERSON, sentence)) continue;
      // A bay holds several patients: it points at one only when a person is mentioned with it.
      const multiBed = /^(?:\w+ )?bay/.test(m.groups[0]?.toLowerCase() ?? '') && !/resus/.test(m.groups[0] ?? '');
      if (multiBed && !patient) continue;
      const tail = WARD_TAIL.exec(trail(doc, m.end, 40));
      const end = tail ? m.end + tail[0].length : m.end;
      out.push({
        start: m.start,
        end,
        messageId: 'bed',
        score: patient ? 0.85 : 0.65,
        suggestion: 'a patient on the ward',
      });
    }
    for (const m of doc.matches('care-location.ward', WARD, 'plain')) {
      if (out.some((r) => r.start <= m.start && m.end <= r.end)) continue;
      const before = doc.text.slice(Math.max(0, m.start - 40), m.start);
      if (!PATIENT_ON_WARD.test(before) && !nameOnWard(before)) continue;
      const beforeFolded = lead(doc, m.start, 40);
      if (has(STAFF_TALK, beforeFolded) && !has(PATIENT_PERSON, beforeFolded)) continue;
      if (has(PLACE_TALK, m.sentence.view.norm.folded)) continue;
      out.push({ start: m.start, end: m.end, messageId: 'ward', score: 0.75, suggestion: 'the ward' });
    }
    return out;
  },
});
