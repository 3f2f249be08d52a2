/**
 * Posting while drinking: "drunk post", "had a few", "3 proseccos in", "wine o'clock", or a row
 * of drink emoji. A drink mentioned in health information ("alcohol units") is not this.
 */
import { defineRule } from '../engine/define';
import { phraseRegex } from '../text/patterns';
import type { Report } from '../types';
import { DRINK_EMOJI, INTOXICATION } from './_lexicon';
import { draftMatches } from './_tone';

const DRINKING = phraseRegex('emotive.intoxication.phrase', INTOXICATION);
const EMOJI_RUN =
  /(?:(?:\u{1F377}|\u{1F37B}|\u{1F942}|\u{1F37A}|\u{1F378}|\u{1F379}|\u{1F943}|\u{1F376}|\u{1F37E})\s?){2,}/gu;

export default defineRule({
  id: 'emotive/intoxication',
  meta: {
    category: 'emotive',
    defaultSeverity: 'warning',
    summary: 'Flags drafts that say they were written while drinking.',
    messages: {
      drinking:
        'This says it was written after a drink. Posts written while drinking are the ones people most often regret, and they can undermine trust in you as a professional.',
      emoji:
        'A row of drink emoji suggests this was written after a few. Consider saving it as a draft and reading it again in the morning.',
    },
    guidance: ['gmc-social-media-2024-p7', 'gmc-gmp-2024-p81'],
    examples: {
      warn: [
        { text: "Two glasses of wine in and I've got opinions about the new rota." },
        { text: "wine o'clock and honestly, management…" },
      ],
      pass: [
        {
          text: 'Alcohol units add up: a large glass of wine can be three units. More on the NHS website.',
          why: 'health information',
        },
        { text: 'Leaving do for Sam on Friday at the Crown, all welcome 🍻', why: 'one emoji, no drinking state' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    const suggestion = 'Consider saving this as a draft and reading it again in the morning.';
    for (const { start: base, view } of doc.sentences) {
      for (const m of view.matches('emotive.intoxication.phrase', DRINKING)) {
        out.push({ start: base + m.start, end: base + m.end, messageId: 'drinking', score: 0.75, suggestion });
      }
    }
    const emoji = doc.memo('emotive.intoxication.emoji', (d) => {
      DRINK_EMOJI.lastIndex = 0;
      return (d.text.match(DRINK_EMOJI) ?? []).length;
    });
    if (emoji >= 3 || (emoji >= 2 && out.length > 0)) {
      for (const m of draftMatches(doc, EMOJI_RUN)) {
        out.push({ start: m.start, end: m.end, messageId: 'emoji', score: 0.6, suggestion });
      }
    }
    return out;
  },
});
