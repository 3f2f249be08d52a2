/**
 * A diagnosis or reassurance given at a distance to one person: "sounds like a pulled muscle",
 * "that's gout", "it's almost certainly anxiety", "that rash is shingles", "your son's chest pain
 * is muscular". The structure is a diagnostic frame ("sounds like", "that's", "X is") plus a
 * common condition, in a passage written to one person (a reply, a greeting, a vocative name,
 * "from what you've described") or about "your" symptom.
 *
 * General statements ("most sore throats are viral"), clinician teaching cases and the author's
 * own illness are not diagnoses of a reader and pass.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import { CONDITIONS } from './_lexicon';
import { hasSecondPerson, isAddressed, isClinicianFacing, paragraphAt } from './_context';

const CONDITION = `(?:${[...CONDITIONS].sort((a, b) => b.length - a.length).join('|')})`;
// A condition word used as a noun modifier is not a diagnosis: "flu season", "stress awareness".
const NOT_NOUN_MODIFIER =
  "(?![\\p{L}\\p{N}_])(?![\\s-]+(?:season|jabs?|vaccines?|vaccination|clinics?|awareness|week|month|day|days|weather|snap|spell|outside|today|water|and\\b|or\\b|services?|team|nurse|rates?|cases|levels?|management|tests?|testing|symptoms|guidance|advice|is\\b|are\\b|can\\b|isn['’]t))";
const HEDGE =
  '(?:just|only|almost certainly|definitely|defo|probably|likely|most likely|clearly|obviously|100%|classic|typical|simply|nothing but|a classic|a typical|textbook|honestly|deffo)';
// Body parts and symptoms that "your/that X is …" can describe.
const COMPLAINT =
  '(?:rash|lump|bump|mole|spot|spots|cough|pain|chest pain|headache|headaches|cut|wound|bite|swelling|temperature|fever|temp|rash|knee|back|ankle|wrist|shoulder|neck|chest|tummy|stomach|throat|ear|eye|skin|toe|foot|leg|arm|symptoms|palpitations|dizziness|bleeding|discharge|itch)';

const DIAGNOSIS = registerPattern(
  'advice.diagnosis',
  new RegExp(
    [
      // "sounds like a pulled muscle", "looks like shingles to me"
      `\\b(?:sounds|sound|looks|look)(?: to me)? like (?:${HEDGE} )?(?:a |an )?(${CONDITION})${NOT_NOUN_MODIFIER}`,
      // "that's gout", "it's almost certainly anxiety", "then it's benign"
      `\\b(?:that|it|this|thats|its|he|she)(?:['’]s| is| was| will be|['’]ll be)(?: (?:${HEDGE}|very|totally|completely|100 percent)){0,3}? (?:a |an )?(${CONDITION})${NOT_NOUN_MODIFIER}`,
      // "your son's chest pain is muscular", "that rash is shingles", "that wound's infected"
      `\\b(?:that|the|this|your|ur|his|her)(?: (?!(?:that|the|this|your|ur|his|her)\\b)[\\p{L}'’-]{2,15}){0,2}? ${COMPLAINT}(?:['’]s| is| are)(?: (?:${HEDGE}|very|totally|completely)){0,3}? (?:a |an )?(${CONDITION})${NOT_NOUN_MODIFIER}`,
    ].join('|'),
    'gu',
  ),
);
// Reassurance that closes the question for one person: "39.5 is nothing to worry about".
const REASSURANCE =
  /\b(?:is|['’]s|are|sounds|looks)(?: (?:absolutely|totally|completely|really))? (?:nothing to worry about|nothing serious|totally harmless|completely harmless|perfectly normal|fine to leave)\b/g;
const SYMPTOM_OR_READING =
  /\b(?:temp(?:erature)?|fever|rash|lump|mole|pain|cough|\d{2}(?:\.\d)?\s?(?:°|degrees|c\b)|\d{2}\.\d)\b/;
// The author's own illness: "it's just a migraine, I'll live".
const OWN = /\b(?:i['’]ve got|i have|i had|my own|mine)\b/;

export default defineRule({
  id: 'advice/diagnosis-reply',
  meta: {
    category: 'advice',
    defaultSeverity: 'warning',
    summary: 'Flags a diagnosis or reassurance given to one person at a distance, such as in a reply or comment.',
    messages: {
      diagnosis:
        'This reads as a diagnosis for one person, made without examining them. If it is wrong, they may not get the care they need, and it may be taken as your professional opinion. Consider general information and pointing them to their GP, a pharmacist or 111.',
      reassurance:
        'This reassures one person about their own symptoms without an assessment. Consider general information with the red flags to look out for, and where to get seen.',
    },
    guidance: ['gmc-gmp-2024-p89', 'gmc-social-media-2024-p8', 'gmc-gmp-2024-p82', 'rcgp-highway-code-2013-p3'],
    examples: {
      warn: [
        { text: '@kay_88 sounds like tennis elbow to me, rest it for a couple of weeks' },
        { text: 'Hi Pat, from your photo that’s impetigo.' },
      ],
      pass: [
        {
          text: 'Most coughs and colds are viral and get better on their own. Your pharmacist can help with symptoms.',
          why: 'general information, not a diagnosis of a reader',
        },
        {
          text: 'Teaching case for our F1s: 7-year-old, vesicles on palms and soles, mild fever. It’s hand, foot and mouth.',
          why: 'a teaching vignette for clinicians',
        },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    const found = [
      ...doc.matches('advice.diagnosis', DIAGNOSIS).map((m) => ({ m, messageId: 'diagnosis' })),
      ...doc.matches('advice.reassurance', REASSURANCE).map((m) => ({ m, messageId: 'reassurance' })),
    ];
    for (const { m, messageId } of found) {
      const view = m.sentence.view;
      const paragraph = paragraphAt(doc, m.start);
      const addressed = isAddressed(doc, paragraph);
      if (!addressed && !hasSecondPerson(view)) continue;
      if (!addressed && isClinicianFacing(paragraph)) continue;
      if (OWN.test(view.norm.folded)) continue;
      if (messageId === 'reassurance' && !SYMPTOM_OR_READING.test(view.norm.folded)) continue;
      // Reassurance spans back to the reading it dismisses ("39.5 is nothing to worry about").
      let start = m.start;
      if (messageId === 'reassurance') {
        const lead = /(?:\d{2}(?:\.\d)?|[\p{L}'’]+)\s*$/u.exec(view.norm.folded.slice(0, m.index));
        if (lead) start = m.sentence.start + view.norm.spanToOriginal(lead.index, lead.index + 1).start;
      }
      out.push({
        start,
        end: m.end,
        messageId,
        score: addressed ? 0.85 : 0.65,
        suggestion:
          'I can’t diagnose anyone on here, but the NHS website has good general information, and your GP, a pharmacist or 111 can check it properly.',
      });
    }
    return out;
  },
});
