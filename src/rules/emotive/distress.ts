/**
 * Acute distress and exhaustion: "can't do this anymore", "crying in the car park", "awake 22
 * hours". Present-tense distress warns even beside signposting, because the author may be
 * posting in crisis. Distress told about the past is fine in a calm, reflective post that
 * signposts support ("Back at work after burnout… Practitioner Health is free").
 */
import { defineRule } from '../engine/define';
import { phraseRegex } from '../text/patterns';
import type { Report } from '../types';
import { DISTRESS_ACUTE, DISTRESS_PAST, REFLECTION } from './_lexicon';
import { draftMatches, isQuoted } from './_tone';

const ACUTE = phraseRegex('emotive.distress.acute', DISTRESS_ACUTE);
const PAST = phraseRegex('emotive.distress.past', DISTRESS_PAST);
const REFLECTIVE = phraseRegex('emotive.distress.reflection', REFLECTION);
// Tears told as a memory or as joy ("last week … I'll admit I cried on the doorstep") are not a
// crisis now: a past-tense "cried/sobbed" in such a sentence is left alone.
const PAST_TENSE_TEARS = /^(?:just )?(?:cried|sobbed|broke down)/;
const MEMORY_OR_JOY = phraseRegex('emotive.distress.memory', [
  'last (?:week|month|year|spring|summer|autumn|winter)',
  '(?:a|one|two|three|few|several|\\d+) (?:weeks|months|years) ago',
  'years ago',
  'when i (?:was|qualified|started)',
  'back in',
  'the (?:first|day) (?:time|i qualified)',
  'happy tears',
  'tears of (?:joy|pride|relief)',
  '(?:with|from) (?:joy|pride|happiness|relief)',
  "i(?:['\u2019]ll| will| must| have to) admit",
  'i admit',
  'proud',
  // Experience rather than the present moment: "I've sobbed in the car more than once".
  `i(?:['\u2019]ve| have) (?:\\w+ )?(?:cried|sobbed|broken down)`,
  'more than once',
  'used to',
]);

const SUGGESTION =
  'Consider saving this as a draft and talking to someone you trust first. NHS Practitioner Health and the Samaritans (116 123) are there for you.';

export default defineRule({
  id: 'emotive/distress',
  meta: {
    category: 'emotive',
    defaultSeverity: 'warning',
    summary: 'Flags posts written in acute distress or exhaustion, and points to support.',
    messages: {
      acute:
        'This reads as written in distress or exhaustion. Posts made in this state are easy to regret, and you deserve support first: NHS Practitioner Health and the Samaritans (116 123) can help.',
      past: 'This describes real distress. If you are still in it, consider talking to someone before posting; NHS Practitioner Health is free and confidential.',
    },
    guidance: ['gmc-social-media-2024-p7', 'gmc-gmp-2024-p81'],
    examples: {
      warn: [{ text: "Sat in the car after the shift and I can't stop crying." }, { text: "I can't do this anymore." }],
      pass: [
        {
          text: 'Back at work after a year off with burnout. Asking for help was the best thing I did: Practitioner Health is free.',
          why: 'calm, reflective disclosure with signposting',
        },
        {
          text: 'Tough night. We debriefed as a team and looked after each other. Proud of them all.',
          why: 'calm reflection',
        },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    const reflective = doc.memo('emotive.distress.reflective', (d) => draftMatches(d, REFLECTIVE).length > 0);
    for (const [i, { start: base, view }] of doc.sentences.entries()) {
      const previous = i > 0 ? doc.sentences[i - 1]?.view : undefined;
      const remembered = (v: typeof view | undefined) =>
        v !== undefined && v.matches('emotive.distress.memory', MEMORY_OR_JOY).length > 0;
      for (const m of view.matches('emotive.distress.acute', ACUTE)) {
        if (isQuoted(view.norm.plain, m.index, m.index + (m.groups[0] ?? '').length)) continue;
        if (PAST_TENSE_TEARS.test(m.groups[0] ?? '') && (remembered(view) || remembered(previous))) continue;
        out.push({ start: base + m.start, end: base + m.end, messageId: 'acute', score: 0.75, suggestion: SUGGESTION });
      }
      if (reflective) continue;
      for (const m of view.matches('emotive.distress.past', PAST)) {
        out.push({ start: base + m.start, end: base + m.end, messageId: 'past', score: 0.65, suggestion: SUGGESTION });
      }
    }
    return out;
  },
});
