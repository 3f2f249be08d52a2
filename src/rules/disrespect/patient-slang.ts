/**
 * Derogatory clinical slang for patients: "frequent flyer", "bed blocker", "GOMER", "acopia",
 * "God's waiting room", "junkies". A term that is quoted in order to criticise or teach about it
 * ("'Social admission' can be the most dangerous phrase in medicine") is fine.
 */
import { defineRule } from '../engine/define';
import { phraseRegex } from '../text/patterns';
import type { Report } from '../types';
import {
  DEHUMANISING,
  PATIENT_CONTEXT,
  PATIENT_SLANG,
  SLANG_CRITIQUE,
  SLANG_NEGATION,
  SLANG_NEGATION_QUOTED,
} from './_lexicon';
import { draftMatches, isQuoted } from '../emotive/_tone';

const SLANG = phraseRegex('disrespect.patient-slang.term', PATIENT_SLANG);
const CRITIQUE = phraseRegex('disrespect.patient-slang.critique', SLANG_CRITIQUE);
const ANIMAL = phraseRegex('disrespect.patient-slang.animal', DEHUMANISING);
const CONTEXT = phraseRegex('disrespect.patient-slang.context', PATIENT_CONTEXT);
// "Patients treated like cattle in corridors" criticises the care, not the patients.
const TREATED_LIKE =
  /\b(?:treat(?:ed|ing|s)?|herd(?:ed|ing|s)?|kept|housed|packed|crammed|penned|caged|processed|stacked|are not|aren['\u2019]?t|not)\s+(?:\w+\s+){0,2}$/;

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
      dehumanise:
        'This compares patients to animals. However chaotic the shift, it strips people of dignity, and patients or families may recognise the ward.',
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
    // A draft that talks about language ("retire the phrase", #LanguageMatters) may quote the
    // slang it criticises in another sentence.
    const critiqued = doc.memo('disrespect.patient-slang.critiqued', (d) => draftMatches(d, CRITIQUE).length > 0);
    const clinical = doc.memo('disrespect.patient-slang.clinical', (d) => draftMatches(d, CONTEXT).length > 0);
    for (const { start: base, view } of doc.sentences) {
      if (clinical) {
        for (const m of view.matches('disrespect.patient-slang.animal', ANIMAL)) {
          if (TREATED_LIKE.test(view.norm.folded.slice(Math.max(0, m.index - 40), m.index))) continue;
          if (isQuoted(view.norm.plain, m.index, m.index + (m.groups[0] ?? '').length)) continue;
          if (view.matches('disrespect.patient-slang.critique', CRITIQUE).length > 0) continue;
          out.push({
            start: base + m.start,
            end: base + m.end,
            messageId: 'dehumanise',
            score: 0.75,
            suggestion: 'Consider describing the pressure on the ward without comparing patients to animals.',
          });
        }
      }
      const hits = view.matches('disrespect.patient-slang.term', SLANG);
      if (hits.length === 0) continue;
      if (view.matches('disrespect.patient-slang.critique', CRITIQUE).length > 0) continue;
      for (const m of hits) {
        const len = (m.groups[0] ?? '').length;
        const quoted = isQuoted(view.norm.plain, m.index, m.index + len);
        if (quoted && critiqued) continue;
        const before = view.norm.folded.slice(Math.max(0, m.index - 40), m.index);
        if (SLANG_NEGATION.test(before) || (quoted && SLANG_NEGATION_QUOTED.test(before))) continue;
        const term = m.groups[0] ?? '';
        const suggestion = REWORDINGS.find(([re]) => re.test(term))?.[1] ?? 'a neutral description of the patient';
        out.push({ start: base + m.start, end: base + m.end, messageId: 'slang', score: 0.75, suggestion });
      }
    }
    return out;
  },
});
