/**
 * Derogatory clinical slang for patients: "frequent flyer", "bed blocker", "GOMER", "acopia",
 * "God's waiting room", "junkies". A term that is quoted in order to criticise or teach about it
 * ("'Social admission' can be the most dangerous phrase in medicine") is fine.
 */
import { defineRule } from '../engine/define';
import { phraseRegex } from '../text/patterns';
import type { Report } from '../types';
import { PATIENT_SLANG, SLANG_CRITIQUE } from './_lexicon';

const SLANG = phraseRegex('disrespect.patient-slang.term', PATIENT_SLANG);
const CRITIQUE = phraseRegex('disrespect.patient-slang.critique', SLANG_CRITIQUE);

/** Neutral wording for the commonest terms; others get a general suggestion. */
const REWORDINGS: ReadonlyArray<[RegExp, string]> = [
  [/frequent/, 'a patient who attends often'],
  [/block/, 'a patient waiting for discharge support'],
  [/gomer|crumbl|waiting room|departure/, 'an older patient'],
  [/acopia/, 'a patient who is not managing at home'],
  [/junk|drugg|smack|crack/, 'a person who uses drugs'],
  [/drunk|alk|pisshead/, 'a patient with alcohol dependence'],
  [/nut|psycho|loon|head|fruit/, 'a patient in mental-health crisis'],
];

export default defineRule({
  id: 'disrespect/patient-slang',
  meta: {
    category: 'disrespect',
    defaultSeverity: 'warning',
    summary: 'Flags derogatory slang for patients, such as "frequent flyer", "bed blocker" or "GOMER".',
    messages: {
      slang:
        'This is derogatory slang for patients. Patients and families can read it, and it can undermine their trust and dignity even when it is meant as dark humour.',
    },
    guidance: ['gmc-social-media-2024-p14', 'gmc-gmp-2024-p56', 'gmc-gmp-2024-p16'],
    examples: {
      warn: [
        { text: 'Our favourite frequent flyer is back in resus tonight.' },
        { text: 'Ward full of bed blockers again, no wonder ED is rammed.' },
      ],
      pass: [
        {
          text: 'Please stop calling people "frequent flyers": the label hides unmet need.',
          why: 'criticises the term',
        },
        { text: 'Patients who attend often deserve a care plan, not a nickname.', why: 'neutral wording' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const { start: base, view } of doc.sentences) {
      const hits = view.matches('disrespect.patient-slang.term', SLANG);
      if (hits.length === 0) continue;
      if (view.matches('disrespect.patient-slang.critique', CRITIQUE).length > 0) continue;
      for (const m of hits) {
        const term = m.groups[0] ?? '';
        const suggestion = REWORDINGS.find(([re]) => re.test(term))?.[1] ?? 'a neutral description of the patient';
        out.push({ start: base + m.start, end: base + m.end, messageId: 'slang', score: 0.75, suggestion });
      }
    }
    return out;
  },
});
