/**
 * Telling someone not to seek care, or to skip screening, vaccination or a course of treatment:
 * "no need to get him checked", "don't waste a GP appointment", "don't bother with 111", "I'd
 * give it a week before bothering anyone", "you don't need a smear", "skip the flu jab", "you do
 * NOT need to finish the course", "I wouldn't even mention it to the midwife".
 *
 * Public-health posts that send people the other way ("Don't wait for screening, see your GP",
 * "Not an emergency? Use 111 rather than A&E") redirect to a service and pass.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import { CARE_SOURCE, MEDICINE_SOURCE } from './_lexicon';
import { isAddressed, isClinicianFacing, isSignposted, paragraphAt } from './_context';

const CHECKED = '(?:checked(?: out| over)?|seen(?: to)?|looked at|examined|tested|assessed)';
const PERSON = '(?:him|her|them|it|yourself|the baby|the kids?|your (?:son|daughter|child|little one|baby))';

const DISCOURAGE = registerPattern(
  'advice.discourage-care',
  new RegExp(
    [
      // "no need to get him checked", "no need for the GP", "no need to see anyone"
      `\\bno need (?:to |for )(?:(?:get|have) (?:${PERSON} )?${CHECKED}|see (?:anyone|anybody|a doctor|the doctor|a gp|the gp|your gp)|go(?:ing)? (?:to |in)|bother(?:ing)?(?: (?:anyone|anybody|the gp|your gp))?|worry about (?:getting|seeing)|${CARE_SOURCE}(?![\\p{L}]))`,
      // "don't waste a GP appointment", "don't bother with 111", "don't go to A&E with that"
      `\\b(?:don['’]?t|do not|dont|never|no point)(?: even)? (?:waste (?:a |your |the |their )?(?:gp|doctor['’]?s?|pharmacist['’]?s?|nurse['’]?s?|a&e|111)(?:['’]s)?(?: appointment| appt| time| slot)?|bother(?:ing)? (?:with |going to |calling |ringing |seeing |booking )?${CARE_SOURCE}|bother (?:getting|having) (?:${PERSON} )?${CHECKED}|go(?:ing)? (?:to |near )(?:the )?(?:a&e|a and e|gp|doctors?|hospital|walk-?in|urgent care)|(?:call|ring)(?:ing)? (?:111|999|an ambulance|the gp|the surgery)|wait for (?:an|your|a|the) (?:appointment|appt|gp|doctor))`,
      // "I'd give it a week before bothering anyone"
      `\\bgive it (?:a |another )?(?:week|fortnight|few (?:days|weeks)|couple of (?:days|weeks)|month|\\d{1,2} (?:days|weeks)) before (?:bothering|seeing|going|ringing|calling|booking|getting)(?: (?:anyone|anybody|a doctor|the gp|your gp|it checked))?`,
      // "I wouldn't worry about getting it checked", "I wouldn't even mention it to the midwife"
      `\\bi (?:wouldn['’]?t|would not|wouldnt)(?: even)? (?:worry about (?:getting|having|seeing|going)(?: (?:it|him|her|them|that))?(?: ${CHECKED})?|bother (?:with|getting|going|seeing|calling|ringing)|mention (?:it|this|that) to (?:the |your )?(?:midwife|gp|doctor|nurse|health visitor|consultant|pharmacist|dentist))`,
      // "you don't need a smear", "you do NOT need to finish the course", "you don't need to wait for your GP"
      `\\byou (?:definitely |really |honestly )?(?:don['’]?t|do not|dont|won['’]?t|will not) (?:really |even )?need (?:(?:a |an |the |your |to (?:have |get |book |go for |wait for |see )(?:a |an |the |your )?)(?:smear|smear test|cervical screening|screening|mammogram|jab|flu jab|vaccine|booster|check-?up|gp|doctor|appointment|scan)\\b|to finish (?:the|your) (?:course|antibiotics|tablets))`,
      // "skip the flu jab this year", "waste of a pharmacy trip", "save the GP appointment"
      `\\b(?:skip|avoid|ditch|swerve|miss) (?:the |your |this year['’]?s |ur )?(?:flu |covid |mmr |hpv |rsv |shingles |whooping cough )?(?:jab|vaccine|vaccination|booster|smear|smear test|screening|mammogram)\\b`,
      `\\b(?:waste of (?:a |an |the )?(?:gp|doctor['’]?s?|pharmacy|pharmacist|a&e|nurse)(?:['’]s)? (?:appointment|appt|trip|visit|time)|save (?:the |a |your )?(?:gp|doctor['’]?s?) (?:appointment|appt|trip|visit))`,
    ].join('|'),
    'gu',
  ),
);
// Putting someone off a medicine: "don't bother starting the statin", "no need for the
// antibiotics", "I wouldn't take the HRT", "no point filling that prescription for co-amox".
// Group 1 is a discouraging lead that stands on its own; group 2 ("don't take", "no need for")
// is also ordinary public-health wording, so it counts only when said to one person.
const SKIP_MEDICINE = registerPattern(
  'advice.skip-medicine',
  new RegExp(
    `\\b(?:((?:don['’]?t|do not|dont|never) (?:even )?bother|(?:i|i['’]d|id) (?:wouldn['’]?t|would not|wouldnt)(?: bother)?|you (?:really |honestly |definitely )?(?:don['’]?t|do not|dont) need)|((?:don['’]?t|do not|dont|never)|no need (?:to|for)|no point(?: in)?))(?: (?:with|starting|start|taking|take|using|use|filling|collecting|getting|trying|having|touching|touch))? (?:(?:the|your|ur|that|this|those|these|any|his|her|them on|him on|her on|new|extra|prescribed|repeat|course of) ){0,3}(?:${MEDICINE_SOURCE})(?![\\p{L}\\p{N}_])`,
    'gu',
  ),
);
const DEFERS_TO_PRESCRIBER =
  /\b(?:without (?:talking|speaking|checking)|unless (?:your|the) (?:gp|doctor|prescriber|pharmacist|clinician|midwife)|(?:ask|speak to|talk to|check with) (?:your|a|the) (?:gp|doctor|pharmacist|prescriber|midwife|nurse|clinician))\b/;

// Redirects that make a "don't" into public-health signposting: "don't wait, see your GP".
const REDIRECT =
  /\b(?:see|call|ring|contact|use|ask|try|visit|book|speak to|talk to|go to|get checked|get seen)\s+(?:\p{L}+\s+){0,3}?(?:gp|doctor|pharmacist|pharmacy|111|999|nhs\.uk|urgent treatment centre|utc|minor injuries|walk-?in|practice|surgery|midwife|health visitor|a&e|nurse)\b/u;

export default defineRule({
  id: 'advice/discourage-care',
  meta: {
    category: 'advice',
    defaultSeverity: 'warning',
    summary:
      'Flags telling someone not to seek care, or to skip screening, vaccination or a course of treatment, without an assessment.',
    messages: {
      skipMedicine:
        'This could put someone off a medicine they have been offered or prescribed. Whether it is needed depends on their history, which a post cannot take into account. Consider general, sourced information and suggesting they talk it through with their prescriber or pharmacist.',
      discourageCare:
        'This could put someone off getting care they need. Without assessing them you can’t rule out something serious, and a clinician’s “no need” carries weight. Consider pointing them to their GP, a pharmacist or 111 instead.',
    },
    guidance: ['gmc-gmp-2024-p89', 'gmc-social-media-2024-p8', 'gmc-gmp-2024-p82', 'rcgp-highway-code-2013-p3'],
    examples: {
      warn: [
        { text: '@amy_k honestly no need to get it checked, it’ll settle' },
        { text: 'Don’t bother with the GP for that, they’ll just fob you off.' },
      ],
      pass: [
        {
          text: 'Got symptoms? Don’t wait for your screening invite, see your GP.',
          why: 'sends people towards care',
        },
        {
          text: 'Walk-in flu clinic on Saturday morning, no need to book.',
          why: 'no appointment needed for a service, not a reason to skip care',
        },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const m of doc.matches('advice.discourage-care', DISCOURAGE)) {
      const folded = m.sentence.view.norm.folded;
      // A redirect to another service right after the match makes it signposting.
      const after = folded.slice(m.index + (m.groups[0] ?? '').length);
      const nextSentence = doc.sentences[doc.sentences.indexOf(m.sentence) + 1];
      if (REDIRECT.test(after) || (nextSentence && REDIRECT.test(nextSentence.view.norm.folded.slice(0, 80)))) continue;
      if (isClinicianFacing(paragraphAt(doc, m.start))) continue;
      out.push({
        start: m.start,
        end: m.end,
        messageId: 'discourageCare',
        score: 0.8,
        suggestion:
          'I can’t assess this on here. If you’re worried, your GP, a pharmacist or 111 can check it properly, and call 999 in an emergency.',
      });
    }
    for (const m of doc.matches('advice.skip-medicine', SKIP_MEDICINE)) {
      const folded = m.sentence.view.norm.folded;
      const rest = folded.slice(m.index, m.index + 200);
      if (DEFERS_TO_PRESCRIBER.test(rest) || REDIRECT.test(rest)) continue;
      const paragraph = paragraphAt(doc, m.start);
      const addressed = isAddressed(doc, paragraph);
      if (!addressed && (isClinicianFacing(paragraph) || isSignposted(paragraph))) continue;
      // A bare "don't take X" is ordinary safety information unless it is said to one person.
      if (!m.groups[1] && !addressed) continue;
      out.push({
        start: m.start,
        end: m.end,
        messageId: 'skipMedicine',
        score: 0.8,
        suggestion:
          'Whether a medicine is right for you depends on your history. Please talk it through with your GP or pharmacist before starting or stopping anything.',
      });
    }
    return out;
  },
});
