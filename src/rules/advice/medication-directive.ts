/**
 * Directives about medicines to a member of the public: "take 2 co-codamol", "stop the statin",
 * "skip tonight's warfarin", "double your amlodipine", "you're fine to carry on with your
 * sertraline". The structure is an imperative (or "you can / you'll need to / I'd") verb of
 * taking, stopping or changing, followed within a few function words by a medicine.
 *
 * Told apart from clinician-facing guideline doses (a guideline body or audience in the same
 * paragraph), from general information that defers to the prescriber ("take them as
 * prescribed") and from the author's own medicines ("I take…", "my statin").
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import { COUNT_SOURCE, DOSE_SOURCE, FREQUENCY_SOURCE, MEDICINE_SOURCE } from './_lexicon';
import { isAddressed, isClinicianFacing, isSignposted, paragraphAt } from './_context';

// Verbs that change a treatment: risky even when addressed to everyone.
const CHANGE_VERBS = [
  'stop(?: taking| using)?',
  'skip',
  'miss',
  'come off',
  'get off',
  'ditch',
  'bin',
  'drop',
  'halve',
  'double(?: up)?(?: on)?',
  'increase',
  'reduce',
  'cut (?:down|back)(?: on)?',
  'wean (?:yourself |him |her |them )?off',
  'switch(?: over)?(?: to)?',
  'swap(?: to| for)?',
  'change to',
  'go (?:up |down )?to',
  'pause',
  'quit',
  'chuck',
];
// Verbs that start a treatment: risky with a dose, to one person, or with leftovers.
const START_VERBS = [
  'take',
  'try',
  'use',
  'grab',
  'get',
  'buy',
  'pick up',
  'give(?: (?:him|her|them|it|the baby|the kids?))?',
  'start(?: on| taking)?',
  'have',
  'pop',
  'put (?:him|her|them|yourself) on',
  'add',
];
// Verbs that continue one: risky only to one person or with "fine to".
const CONTINUE_VERBS = [
  'carry on(?: with| taking)?',
  'keep (?:taking|using|on with)',
  'continue(?: with| taking)?',
  'stay on',
  'stick (?:with|to)',
];

const VERB = registerPattern(
  'advice.medication-verb',
  new RegExp(
    `(?<![\\p{L}\\p{N}_'’-])(?:(${CHANGE_VERBS.join('|')})|(${START_VERBS.join('|')})|(${CONTINUE_VERBS.join('|')}))(?![\\p{L}\\p{N}_'’-])`,
    'gu',
  ),
);

// Function words allowed between the verb and the medicine ("2 of the leftover", "tonight's",
// "your", "an extra", "100mcg of the").
const GAP_WORD =
  "(?:the|your|ur|his|her|their|that|this|those|these|some|any|a|an|extra|more|another|one|two|three|four|half|high[\\s-]?dose|low[\\s-]?dose|leftover|left[\\s-]over|spare|old|usual|regular|normal|liquid|soluble|children['’]?s|kids['’]?|infant|baby|tonight['’]?s|today['’]?s|tomorrow['’]?s|this morning['’]?s|morning|evening|night|bedtime|\\d{1,5}(?:[.,]\\d{1,3})?(?:\\s?(?:mg|mcg|micrograms?|g|ml|units?|iu|x))?|of|on|with|to|off|up|couple|few|dose|doses|bit|course|pumps?|puffs?|tablets?|tabs?|capsules?|sachets?|spoonfuls?|otc|strong|stronger|generic|cheap|over the counter|ur|u)";
const MEDICINE_AFTER = registerPattern(
  'advice.medicine-after',
  new RegExp(`^\\s+(?:${GAP_WORD}\\s+){0,5}?(${MEDICINE_SOURCE})(?![\\p{L}\\p{N}_])`, 'u'),
);
// "Everyone on statins: stop them": a pronoun whose antecedent is a medicine named just before.
const PRONOUN_AFTER = /^\s+(?:them|it|those|these|that)(?![\p{L}\p{N}_'’-])/u;
const MEDICINE_BEFORE = registerPattern(
  'advice.medicine-before',
  new RegExp(`(?<![\\p{L}\\p{N}_])(?:${MEDICINE_SOURCE})(?![\\p{L}\\p{N}_])`, 'u'),
);
// "take 2 AllerClear Max a day": a count, a few words and a frequency, for unknown brands.
const COUNT_AFTER = registerPattern(
  'advice.count-after',
  new RegExp(`^\\s+${COUNT_SOURCE}\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?${FREQUENCY_SOURCE}`, 'u'),
);
// "stop breastfeeding while you're on that antibiotic".
const WHILE_ON = registerPattern(
  'advice.while-on',
  new RegExp(
    `^\\s+(?:breast[\\s-]?feeding|feeding|drinking|driving|alcohol)\\s+(?:while|whilst|when|if)\\s+(?:you['’]re|you are|she['’]s|he['’]s)\\s+(?:on|taking)\\s+(?:${GAP_WORD}\\s+){0,3}?(${MEDICINE_SOURCE})(?![\\p{L}\\p{N}_])`,
    'u',
  ),
);
// "instead of the cetirizine": a switch, whatever verb came first.
const INSTEAD_OF = registerPattern(
  'advice.instead-of',
  new RegExp(`\\binstead of (?:the |your |ur |his |her )?(${MEDICINE_SOURCE})(?![\\p{L}\\p{N}_])`, 'u'),
);

const DOSE_OR_FREQUENCY = registerPattern(
  'advice.dose-or-frequency',
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${DOSE_SOURCE}|${FREQUENCY_SOURCE})`, 'u'),
);
const COUNT_OR_LEFTOVER = registerPattern(
  'advice.count-or-leftover',
  new RegExp(`^\\s+(?:${COUNT_SOURCE}|(?:the |your )?left[\\s-]?overs?)\\b`, 'u'),
);

// What may come right before an imperative: a clause start, a softener, or "you can / I'd".
const DIRECTIVE_LEAD =
  /(?:^|@[\w.]{2,30}[:,]?|[,;:.!?()\u2013\u2014\-–—]|\p{Extended_Pictographic}|\b(?:and|then|so|just|simply|honestly|hun|hon|mate|lovely|babe|tbh|imo|also|plus|or|please|maybe|definitely|otherwise|x+|you can|you could|you should|you need to|you['’]ll need to|you will need to|you must|you might want to|you may want to|you['’](?:re|d be) (?:fine|ok|okay|safe|good|alright) to|you are (?:fine|ok|okay|safe) to|best to|better to|i['’]d(?: just)?|i would(?: just)?|i['’]d (?:recommend|suggest)(?: you)?|ok to|fine to|safe to|happy to|free to))\s*$/u;
// The author describing their own or someone else's medicines, not instructing.
const NOT_DIRECTIVE_BEFORE =
  /\b(?:i|we|they|he|she|who|people|patients|pts|many|most|doctors|gps|nurses|don['’]?t|do not|never|not|didn['’]?t|doesn['’]?t|won['’]?t|can['’]?t|cannot|before|after|when|until|whether|if you|to)\s+(?:\p{L}+\s+)?$/u;
// Information that defers to the prescriber in the same sentence.
const DEFERS =
  /\b(?:as (?:prescribed|directed|advised)|as (?:your|the) [\w ]{0,30}?(?:advised|advises|says|said|recommends|prescribed)|unless (?:your|the) (?:gp|doctor|prescriber|pharmacist|clinician)|(?:ask|speak to|talk to|check with|discuss (?:it|this) with) (?:your|a|the) (?:gp|doctor|pharmacist|prescriber|midwife|nurse|clinician)|without (?:talking|speaking|checking) (?:to|with)|the (?:patient information )?leaflet)\b/;
const OWN_MEDICINE = /^\s+(?:\p{L}+\s+){0,2}?(?:my|our)\b/u;
// A lead that is itself advice to the reader: "you can", "you'll need to", "I'd", "fine to".
const ADVISING_LEAD =
  /\b(?:you|i['’]d|i would|fine to|ok to|okay to|safe to|best to|better to|happy to|free to)\b[^,;:.!?]{0,25}$/;
// "for your hay fever take 2 …": a prepositional lead-in still ends in an imperative.
const FOR_YOUR_LEAD = /\bfor (?:your|ur|his|her|the) [\p{L} ]{2,25}$/u;
const SCHEDULE_AFTER = registerPattern(
  'advice.schedule-after',
  new RegExp(
    `^[\\s,-]{0,3}(?:${GAP_WORD}\\s+){0,2}?(?:${DOSE_SOURCE}|${FREQUENCY_SOURCE})(?:\\s+${FREQUENCY_SOURCE})?`,
    'u',
  ),
);

/** Is the verb used as an instruction, judging by the words before it? */
function isDirective(before: string): boolean {
  if (DIRECTIVE_LEAD.test(before)) {
    if (ADVISING_LEAD.test(before))
      return !/\b(?:don['’]?t|do not|never|can['’]?t|cannot|won['’]?t)\s+(?:\p{L}+\s+)?$/u.test(before);
    return !NOT_DIRECTIVE_BEFORE.test(before);
  }
  return FOR_YOUR_LEAD.test(before);
}

type VerbClass = 'change' | 'start' | 'continue';

export default defineRule({
  id: 'advice/medication-directive',
  meta: {
    category: 'advice',
    defaultSeverity: 'warning',
    summary:
      'Flags instructions to take, stop, skip or change a medicine or dose, given to one person or to every reader without a source.',
    messages: {
      medicineDirective:
        'This reads as an instruction about a medicine. Advice about one person’s medicines needs their history and a proper consultation, and on social media it may be followed without anyone checking. Consider sharing general, sourced information and pointing to a pharmacist, GP or 111 instead.',
      stopDirective:
        'This tells readers to stop, skip or change a medicine. Without knowing who is reading, that could cause harm. Consider general information that defers to their prescriber or pharmacist.',
    },
    guidance: ['gmc-gmp-2024-p89', 'gmc-social-media-2024-p8', 'gmc-gmp-2024-p82', 'rcgp-highway-code-2013-p3'],
    examples: {
      warn: [
        { text: '@dan_r yeah just take 2 ibuprofen 400 three times a day and you’ll be fine' },
        { text: 'Honestly Jo, come off the omeprazole, you don’t need it.' },
        { text: 'Feeling better? Stop the antibiotics.' },
      ],
      pass: [
        {
          text: 'Quick one for our F1s (NICE CKS): amoxicillin 500 mg three times a day for 5 days for low-severity CAP.',
          why: 'clinician-facing guideline dose with its source',
        },
        {
          text: 'If you’ve been prescribed antibiotics, take them exactly as prescribed. Unsure? Ask your pharmacist.',
          why: 'general information that defers to the prescriber',
        },
        { text: 'Started my own statin today. Fingers crossed for no aches!', why: 'the author’s own medicine' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const m of doc.matches('advice.medication-verb', VERB)) {
      const view = m.sentence.view;
      const folded = view.norm.folded;
      const verbEnd = m.index + (m.groups[0] ?? '').length;
      const before = folded.slice(Math.max(0, m.index - 45), m.index);
      const after = folded.slice(verbEnd, verbEnd + 90);
      const verbClass: VerbClass = m.groups[1] ? 'change' : m.groups[2] ? 'start' : 'continue';

      if (!isDirective(before)) continue;
      if (OWN_MEDICINE.test(after)) continue;

      let object = MEDICINE_AFTER.exec(after) ?? WHILE_ON.exec(after);
      // A stop or switch aimed at "them"/"it" when a medicine was named earlier in the sentence.
      if (!object && verbClass === 'change') {
        const pronoun = PRONOUN_AFTER.exec(after);
        if (pronoun && MEDICINE_BEFORE.test(folded.slice(Math.max(0, m.index - 80), m.index))) object = pronoun;
      }
      const counted = !object && verbClass !== 'continue' ? COUNT_AFTER.exec(after) : null;
      if (!object && !counted) continue;
      const objectEnd = verbEnd + (object ?? counted)![0].length;

      const rest = folded.slice(m.index);
      if (DEFERS.test(rest.slice(0, 160))) continue;

      const paragraph = paragraphAt(doc, m.start);
      const addressed = isAddressed(doc, paragraph);
      if (!addressed && isClinicianFacing(paragraph)) continue;

      const dosed =
        counted !== null ||
        COUNT_OR_LEFTOVER.test(after) ||
        DOSE_OR_FREQUENCY.test(folded.slice(m.index, Math.min(folded.length, objectEnd + 45))) ||
        INSTEAD_OF.test(rest);
      const reassured = /\byou['’](?:re| are) (?:fine|ok|okay|safe|good|alright) to\s*$/.test(before);

      let score: number;
      if (verbClass === 'change') score = addressed || dosed ? 0.9 : isSignposted(paragraph) ? 0 : 0.75;
      else if (verbClass === 'start') score = dosed ? (addressed ? 0.9 : 0.8) : addressed ? 0.7 : 0;
      else score = addressed || reassured ? 0.75 : 0;
      if (score < 0.5) continue;

      // Flag the verb through the medicine, and the dose or schedule that follows it.
      let endInSentence = objectEnd;
      const tail = folded.slice(objectEnd, objectEnd + 45);
      const schedule = SCHEDULE_AFTER.exec(tail);
      if (schedule) endInSentence = objectEnd + schedule[0].length;
      const span = view.norm.spanToOriginal(m.index, endInSentence);
      out.push({
        start: m.sentence.start + span.start,
        end: m.sentence.start + span.end,
        messageId: verbClass === 'change' && !addressed ? 'stopDirective' : 'medicineDirective',
        score,
        suggestion:
          'General information: medicines like this suit some people and not others. Please check with your pharmacist, GP or 111 about your own situation.',
      });
    }
    return out;
  },
});
