/**
 * Swearing, including the evasions people use to get it past a filter: masked letters
 * ("f***ing", "****s"), leetspeak and stretched letters (obscenity's transformers) and
 * abbreviations ("FFS", "wtf"). Mild words ("bloody", "crap") are only a note unless the
 * sentence is hostile too. Slurs are left to disrespect/prejudice.
 */
import { defineRule } from '../engine/define';
import { phraseRegex } from '../text/patterns';
import type { Report } from '../types';
import { EXTRA_SWEARS, MASKED_SWEARS, MILD_SWEARS, SWEAR_ABBREVIATIONS } from './_lexicon';
import { hostile, profanityIn } from './_tone';

const MASKED = phraseRegex('emotive.profanity.masked', MASKED_SWEARS);
const ABBREVIATION = phraseRegex('emotive.profanity.abbreviation', SWEAR_ABBREVIATIONS);
const EXTRA = phraseRegex('emotive.profanity.extra', EXTRA_SWEARS);
const MILD = phraseRegex('emotive.profanity.mild', MILD_SWEARS);

const SUGGESTION = 'Consider saving this as a draft and reading it again tomorrow, without the swearing.';

export default defineRule({
  id: 'emotive/profanity',
  meta: {
    category: 'emotive',
    defaultSeverity: 'warning',
    summary: 'Flags swearing, including masked ("f***ing"), abbreviated ("FFS") and leetspeak forms.',
    messages: {
      swearing:
        'Swearing in a public post can read as unprofessional and undermine trust in you and the profession, even when the frustration is understandable.',
      masked:
        'Masking the letters still reads as swearing. Posts written in the heat of the moment can undermine public trust in the profession.',
      abbreviation:
        'This abbreviation stands for swearing and signals a post written in anger or frustration. Consider whether you would say it to a patient.',
      mild: 'Mild swearing can still set an angry tone. Consider how this reads to a patient or employer.',
    },
    guidance: ['gmc-social-media-2024-p7', 'gmc-gmp-2024-p81', 'gmc-social-media-2024-p14'],
    examples: {
      warn: [
        { text: 'Rota out two days before the month starts. Absolutely f***ing brilliant.' },
        { text: 'Bleep has gone 40 times since midnight FFS' },
        { text: 'This shit is why people leave.' },
      ],
      pass: [
        { text: 'Scunthorpe and Sussex teams both at the regional meeting today.', why: 'innocent place names' },
        {
          text: 'Anal fissures are common after constipation; see your GP if bleeding persists.',
          why: 'clinical vocabulary',
        },
        { text: 'New AF clinic opens on Monday.', why: '"AF" is atrial fibrillation here' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const { start: base, view } of doc.sentences) {
      const report = (span: { start: number; end: number }, messageId: string, score: number): void => {
        out.push({ start: base + span.start, end: base + span.end, messageId, score, suggestion: SUGGESTION });
      };
      for (const hit of profanityIn(view)) report(hit, 'swearing', 0.85);
      for (const m of view.matches('emotive.profanity.masked', MASKED, 'plain')) report(m, 'masked', 0.75);
      for (const m of view.matches('emotive.profanity.extra', EXTRA)) report(m, 'swearing', 0.7);
      for (const m of view.matches('emotive.profanity.abbreviation', ABBREVIATION)) report(m, 'abbreviation', 0.75);
      const angry = hostile(view);
      for (const m of view.matches('emotive.profanity.mild', MILD)) {
        out.push({
          start: base + m.start,
          end: base + m.end,
          messageId: 'mild',
          score: angry ? 0.6 : 0.55,
          severity: angry ? 'warning' : 'info',
          suggestion: SUGGESTION,
        });
      }
    }
    return out;
  },
});
