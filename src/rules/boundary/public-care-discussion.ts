/**
 * Discussing a patient's care with them in public: "great to see you in clinic today, bloods all
 * back normal", "Hi Mrs X! I remember you from surgery… your biopsy came back clear", "as your
 * practice nurse I can tell you…", "yes the scan showed what we talked about", "thinking of you
 * Gary" after treating him. A post addressed to someone (a reply, a greeting, a vocative name)
 * that gives their results or treatment, with a sign the author treats them.
 *
 * Patient stories shared with stated consent, and replies that decline to discuss care, pass.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import { isAddressed, paragraphAt, statesConsent } from '../advice/_context';
import { PATIENT_RELATIONSHIP } from './_signals';

const RESULT_NOUN =
  '(?:bloods?|blood tests?|results?|scans?|mri|ct|x-?rays?|ultrasound|biopsy|smear|swabs?|ecg|echo|mammogram|tsh|levels?|histology|tests?|cultures?|urine|sample)';
// "was all clear", "came back normal", "showed what we talked about".
const OUTCOME =
  '(?:(?:all|have|has|were|was|is|are|came|come|just|completely|totally|both|still) ){0,3}(?:back|clear|normal|fine|negative|positive|showed|shows|up|raised|ok|okay)\\b(?: (?:all )?(?:clear|normal|fine|what we (?:talked|spoke) about))?';
const AS_YOUR_ROLE =
  /\bas (?:your|ur) (?:practice nurse|district nurse|named nurse|nurse|gp|doctor|dr|consultant|surgeon|midwife|health visitor|physio(?:therapist)?|pharmacist|dentist|psychiatrist|therapist|paramedic|care coordinator|key worker)\b/g;
// "I'm your physio", "being your GP": the same disclosure, but only when said to one person.
const I_AM_YOUR_ROLE =
  /\b(?:i['’]m|i am|im|i was|i['’]ve been|being) (?:also )?(?:your|ur) (?:practice nurse|district nurse|named nurse|nurse|gp|doctor|dr|consultant|surgeon|midwife|health visitor|physio(?:therapist)?|pharmacist|dentist|psychiatrist|therapist|paramedic|care coordinator|key worker|osteo(?:path)?|chiro(?:practor)?|podiatrist|ot)\b/g;
const RESULT = registerPattern(
  'boundary.result',
  new RegExp(
    `\\b(?:(?:re |about )?(?:your|ur) (?:\\p{L}+ )?${RESULT_NOUN}\\b(?: ${OUTCOME})?|${RESULT_NOUN} ${OUTCOME})`,
    'gu',
  ),
);
const MET_AS_PATIENT =
  /\b(?:(?:great|lovely|nice|good) to (?:see|meet) you (?:in|at|on) (?:the )?(?:clinic|ward|surgery|practice|theatre|resus|ed|a&e|unit|appointment)\w*(?: today| yesterday| this morning)?(?: mate| hun| lovely)?|remember(?:ed)? you from (?:the )?(?:surgery|clinic|ward|practice|theatre|resus|ed|a&e|unit)|(?:i|we) (?:treated|looked after|operated on|saw) you|what we (?:talked|spoke) about|we['’]ll recheck|i['’]ll (?:pop round|see you at your|recheck))\b/g;
const GET_WELL = /\b(?:thinking of you|get well soon|wishing you a speedy recovery)\b/g;

export default defineRule({
  id: 'boundary/public-care-discussion',
  meta: {
    category: 'boundary',
    defaultSeverity: 'warning',
    summary: 'Flags replies that discuss a patient’s results, treatment or appointments with them in public.',
    messages: {
      asYourClinician:
        'This speaks to someone in public as their clinician. It confirms they are a patient and moves a consultation into comments that anyone can read. Consider replying that you can’t discuss individual care here and pointing them to the practice.',
      publicResult:
        'This discusses someone’s results or care in public, where anyone can read it. Even a good result confirms they are a patient. Consider contacting them through the practice’s usual channels instead.',
      publicWishes:
        'This addresses a patient you treated in a public post. Even kind wishes confirm who they are and that you treated them. Consider keeping good wishes private.',
    },
    guidance: ['gmc-social-media-2024-s-boundaries-risk', 'gmc-gmp-2024-p86', 'gmc-social-media-2024-p18'],
    examples: {
      warn: [
        { text: '@rob_t88 good to see you in clinic this morning! Your scan was all clear 👍' },
        { text: 'Jo, as your GP I’d say the rash is nothing to worry about.' },
      ],
      pass: [
        {
          text: 'Hi Jan, thanks for your message. I can’t discuss individual care on here, but please ring the surgery.',
          why: 'declines to discuss care and signposts',
        },
        {
          text: 'Had my own bloods done today, all back normal. Practise what you preach!',
          why: 'the author’s own results',
        },
      ],
    },
  },
  check(doc) {
    if (statesConsent(doc)) return [];
    const out: Report[] = [];
    for (const m of doc.matches('boundary.as-your-role', AS_YOUR_ROLE)) {
      out.push({ start: m.start, end: m.end, messageId: 'asYourClinician', score: 0.9 });
    }
    for (const m of doc.matches('boundary.i-am-your-role', I_AM_YOUR_ROLE)) {
      if (!isAddressed(doc, paragraphAt(doc, m.start))) continue;
      out.push({ start: m.start, end: m.end, messageId: 'asYourClinician', score: 0.85 });
    }
    const treats = doc.sentences.some(
      // Through the per-sentence match memo: test() on a /g regex
      // starts where the previous call stopped, which made the result depend on earlier checks.
      (s) =>
        s.view.matches('boundary.met-as-patient', MET_AS_PATIENT).length > 0 ||
        PATIENT_RELATIONSHIP.test(s.view.norm.folded),
    );
    for (const m of doc.matches('boundary.result', RESULT)) {
      const paragraph = paragraphAt(doc, m.start);
      if (!isAddressed(doc, paragraph)) continue;
      const own = /\b(?:my|mine|i['’]ve had|i had)\b/.test(m.sentence.view.norm.folded.slice(0, m.index + 1));
      if (own && !treats) continue;
      out.push({ start: m.start, end: m.end, messageId: 'publicResult', score: treats ? 0.9 : 0.7 });
    }
    for (const m of doc.matches('boundary.met-as-patient', MET_AS_PATIENT)) {
      if (!isAddressed(doc, paragraphAt(doc, m.start))) continue;
      out.push({ start: m.start, end: m.end, messageId: 'publicResult', score: 0.8 });
    }
    for (const m of doc.matches('boundary.get-well', GET_WELL)) {
      if (!treats || !isAddressed(doc, paragraphAt(doc, m.start))) continue;
      const sentence = m.sentence;
      out.push({ start: sentence.start, end: sentence.end, messageId: 'publicWishes', score: 0.75 });
    }
    return out;
  },
});
