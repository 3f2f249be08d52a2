/**
 * Prejudice about a protected characteristic: slurs (a data file with provenance), scorn for
 * gender identity ("a 'they/them'"), and a group defined by nationality, ethnicity, religion,
 * sexuality, disability or age followed by a negative generalisation ("the Romanian HCAs are
 * useless", "always the same with patients from that community"). Sentences that discuss
 * prejudice or report evidence about inequality are left alone.
 */
import { defineRule } from '../engine/define';
import { phraseRegex } from '../text/patterns';
import type { Report } from '../types';
import { GENERALISATIONS, GROUP_TERMS, IDENTITY_SCORN } from './_lexicon';
import { SLURS } from './_slurs';
import { valence } from '../emotive/_tone';

const SLUR = phraseRegex('disrespect.prejudice.slur', SLURS);
const GROUP = phraseRegex('disrespect.prejudice.group', GROUP_TERMS);
const GENERALISATION = phraseRegex('disrespect.prejudice.generalisation', GENERALISATIONS);
const NEUTRAL_CLAIM = /^(?:always|never|are all|all the same|typical|every (?:single )?one of them)$/;
// A claim that may cross a sentence end when a pronoun carries the group into it: "Had a Polish
// family in clinic. Lovely, but they all expect everything for free."
const CARRIED_CLAIM = phraseRegex('disrespect.prejudice.carried', [
  'expect (?:everything|it all|things|the lot|us to do everything) (?:for free|handed to them|on a plate|done for them)',
  'want (?:everything|it all|the lot) (?:for free|handed to them|on a plate)',
  '(?:come|came|coming) (?:here|over here) (?:for|to get) (?:free|the free)',
  'health tourists?',
  'milking the (?:system|nhs)',
  'scroungers?',
  'criminals',
  'liars',
  'lazy',
  'dirty',
  'smelly',
  'stink',
  'breed',
  'should go back',
  'go back (?:to|home)',
  'taking over',
  'can' + "['\u2019]?" + 't be trusted',
  'need(?:s|ing)? babysitting',
]);
const PRONOUN = /(?<![\p{L}])(?:they|them|their|that lot|those lot|this lot)(?![\p{L}])/u;
const SCORN = phraseRegex('disrespect.prejudice.identity', IDENTITY_SCORN);
const DISCUSSION = phraseRegex('disrespect.prejudice.discussion', [
  'racis[mt]',
  'discriminat\\w*',
  'prejudice',
  'stereotyp\\w*',
  'myths?',
  'inequalit\\w*',
  'disparit\\w*',
  'more likely',
  'less likely',
  'times (?:more|higher)',
  'evidence',
  'study',
  'report',
  'data',
  'research',
  'barriers?',
  'interpreters?',
  'welcomed?',
  'proud',
  'thank',
  'support(?:ed|ing)?',
]);

export default defineRule({
  id: 'disrespect/prejudice',
  meta: {
    category: 'disrespect',
    defaultSeverity: 'error',
    summary: 'Flags slurs and negative generalisations about people with a protected characteristic.',
    messages: {
      slur: 'This word is a slur. Using it in public can be discrimination under the Equality Act and a serious breach of professional standards.',
      generalisation:
        'This generalises negatively about people because of their nationality, ethnicity, religion, sexuality, disability, age or gender. It can read as discrimination against patients or colleagues.',
      identity:
        "This mocks someone's gender identity or pronouns. Gender reassignment is a protected characteristic, and patients and colleagues may recognise themselves.",
    },
    guidance: ['gmc-social-media-2024-p14', 'gmc-gmp-2024-p56', 'gmc-gmp-2024-p48'],
    examples: {
      warn: [
        { text: 'The Bulgarian porters are always lazy, every single shift.' },
        { text: 'Had a "they/them" on the ward today, cue the pronoun police.' },
      ],
      pass: [
        {
          text: 'Black women are four times more likely to die in pregnancy (MBRRACE-UK). We must do better.',
          why: 'reports evidence about inequality',
        },
        { text: 'Proud of our internationally recruited nurses: 96% passed their OSCE first time.', why: 'praise' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    let carried = false;
    for (const { start: base, view } of doc.sentences) {
      const wasCarried = carried;
      carried = false;
      for (const m of view.matches('disrespect.prejudice.slur', SLUR)) {
        out.push({
          start: base + m.start,
          end: base + m.end,
          messageId: 'slur',
          score: 0.85,
          suggestion: '[slur removed]',
        });
      }
      for (const m of view.matches('disrespect.prejudice.identity', SCORN)) {
        out.push({ start: base + m.start, end: base + m.end, messageId: 'identity', score: 0.7 });
      }
      const groups = view.matches('disrespect.prejudice.group', GROUP);
      const discussion = view.matches('disrespect.prejudice.discussion', DISCUSSION).length > 0;
      if (groups.length === 0) {
        if (!wasCarried || discussion || !PRONOUN.test(view.norm.folded)) continue;
        const claim = view.matches('disrespect.prejudice.carried', CARRIED_CLAIM)[0];
        if (claim) {
          out.push({
            start: base + claim.start,
            end: base + claim.end,
            messageId: 'generalisation',
            score: 0.7,
            suggestion:
              'Consider describing the specific problem (for example, a language-support need) without generalising about a group.',
          });
        }
        continue;
      }
      if (discussion) continue;
      carried = true;
      const claims = view.matches('disrespect.prejudice.generalisation', GENERALISATION);
      for (const g of groups) {
        const claim = claims.find(
          (c) => (c.index >= g.index && c.index - g.index <= 80) || (c.index < g.index && g.index - c.index <= 40),
        );
        if (!claim) continue;
        // "Always"/"never" alone can be praise ("always the first to offer extra shifts"): it needs a
        // negative claim or a negative sentence beside it to be prejudice.
        const neutral = (c: (typeof claims)[number]) => NEUTRAL_CLAIM.test(c.groups[0] ?? '');
        if (neutral(claim) && !claims.some((c) => !neutral(c)) && valence(view).sum >= 0) continue;
        const start = Math.min(g.start, claim.start);
        const end = Math.max(g.end, claim.end);
        out.push({
          start: base + start,
          end: base + end,
          messageId: 'generalisation',
          score: 0.7,
          suggestion:
            'Consider describing the specific problem (for example, a language-support need) without generalising about a group.',
        });
        break;
      }
    }
    return out;
  },
});
