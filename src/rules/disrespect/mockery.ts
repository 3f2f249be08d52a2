/**
 * Mockery of patients, colleagues or groups: weight ("put the pie down"), intelligence
 * ("thickest people on earth"), worth ("failed medics in lanyards", "snowflakes") and
 * collective insults ("useless, overpaid cowards", "a bunch of clueless ****s").
 */
import { defineRule } from '../engine/define';
import { phraseRegex } from '../text/patterns';
import type { Report } from '../types';
import { GROUP_BELITTLE, INCOMPETENCE, MOCK_INSULT, MOCK_WEIGHT, PROFESSION_GROUPS, PROFESSION_ONE } from './_lexicon';
import { BANTER } from '../emotive/_lexicon';
import { draftMatches } from '../emotive/_tone';

const WEIGHT = phraseRegex('disrespect.mockery.weight', MOCK_WEIGHT);
const INSULT = phraseRegex('disrespect.mockery.insult', MOCK_INSULT);
const PROFESSION = phraseRegex('disrespect.mockery.profession', PROFESSION_GROUPS);
const BELITTLE = phraseRegex('disrespect.mockery.belittle', GROUP_BELITTLE);
const TYPICAL = phraseRegex('disrespect.mockery.typical', [`typical ${PROFESSION_ONE}s?`]);
const INCOMPETENT = phraseRegex('disrespect.mockery.incompetent', INCOMPETENCE);
const AFFECTION = phraseRegex('disrespect.mockery.banter', BANTER);
// Between a group and its label: "surgeons are", "the junior nurses coming through now are".
const COPULA =
  /(?<![\p{L}])(?:are|were|is|being)(?: (?:all|just|basically|mostly|literally|nothing but|such|so|total|complete|utter|a bunch of|a load of)){0,3} ?$/u;
const NEGATED = /(?<![\p{L}])(?:not|never|n['\u2019]?t|no longer)\s+(?:\w+\s+)?$/u;
// Wishing poor care on patients or the public: "I hope you wait", "I hope they suffer".
const HARM_WISH = phraseRegex('disrespect.mockery.harm-wish', [
  'i hope (?:you|they|he|she|u) (?:wait|suffer|rot|choke|get what (?:you|they|he|she) deserves?|never get seen|die)',
  'i hope (?:you|they) (?:have to )?wait (?:hours|all night|for hours)',
]);

export default defineRule({
  id: 'disrespect/mockery',
  meta: {
    category: 'disrespect',
    defaultSeverity: 'warning',
    summary: "Flags mocking remarks about people's weight, intelligence or worth, and insults aimed at groups.",
    messages: {
      weight:
        'This mocks people for their weight. Weight stigma puts people off seeking care, and patients reading this may see themselves in it.',
      harmWish:
        'This wishes poor care or harm on patients or the public. Whatever they did, it can read as a threat to withhold care and undermine trust in the profession.',
      insult:
        'This belittles a group of patients, colleagues or the public. Debate the issue if you disagree, but demeaning the people can be seen as bullying or discrimination.',
    },
    guidance: ['gmc-social-media-2024-p14', 'gmc-gmp-2024-p56', 'gmc-gmp-2024-p48'],
    examples: {
      warn: [
        { text: 'If you eat like that and wonder why you are breathless, maybe put the fork down.' },
        { text: 'Physician associates are just wannabe doctors with a lanyard.' },
      ],
      pass: [
        {
          text: 'The debate about physician associates should be about scope and supervision, not insults.',
          why: 'debates policy respectfully',
        },
        { text: 'Weight stigma stops people seeing their GP. Be kind.', why: 'criticises stigma' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const { start: base, view } of doc.sentences) {
      for (const m of view.matches('disrespect.mockery.weight', WEIGHT)) {
        out.push({
          start: base + m.start,
          end: base + m.end,
          messageId: 'weight',
          score: 0.75,
          suggestion: 'Consider making the health point without commenting on anyone’s weight or appearance.',
        });
      }
      for (const m of view.matches('disrespect.mockery.insult', INSULT)) {
        out.push({
          start: base + m.start,
          end: base + m.end,
          messageId: 'insult',
          score: 0.7,
          suggestion: 'Consider criticising the decision or the system rather than the people.',
        });
      }
      for (const m of view.matches('disrespect.mockery.harm-wish', HARM_WISH)) {
        out.push({ start: base + m.start, end: base + m.end, messageId: 'harmWish', score: 0.75 });
      }
      // A professional group given a demeaning label: "Orthopaedic surgeons are knuckle-draggers".
      if (doc.memo('disrespect.mockery.affection', (d) => draftMatches(d, AFFECTION).length > 0)) continue;
      const groups = view.matches('disrespect.mockery.profession', PROFESSION);
      if (groups.length === 0) continue;
      const folded = view.norm.folded;
      for (const b of view.matches('disrespect.mockery.belittle', BELITTLE)) {
        const g = groups.find((x) => x.index < b.index && b.index - x.index <= 70);
        if (!g) continue;
        const between = folded.slice(g.index + (g.groups[0] ?? '').length, b.index);
        if (!COPULA.test(between) || NEGATED.test(between)) continue;
        const start = base + b.start;
        const end = base + b.end;
        if (out.some((o) => o.start < end && start < o.end)) continue;
        out.push({
          start,
          end,
          messageId: 'insult',
          score: 0.7,
          suggestion: 'Consider criticising the decision or the system rather than the people.',
        });
        break;
      }
    }
    // "Typical PA: confidently wrong": a stereotype of a professional group, then a jibe.
    if (!doc.memo('disrespect.mockery.affection', (d) => draftMatches(d, AFFECTION).length > 0)) {
      const jibes = draftMatches(doc, INCOMPETENT);
      for (const t of draftMatches(doc, TYPICAL)) {
        const jibe = jibes.find((j) => j.index > t.index && j.index - t.index <= 90);
        if (!jibe) continue;
        out.push({
          start: t.start,
          end: jibe.end,
          messageId: 'insult',
          score: 0.7,
          suggestion: 'Consider describing the specific incident rather than stereotyping a professional group.',
        });
      }
    }
    return out;
  },
});
