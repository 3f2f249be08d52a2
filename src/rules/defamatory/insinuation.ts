/**
 * Insinuation: "Not saying X falsified…, but", "Draw your own conclusions", "Asking for a friend
 * 🤔", "Funny how these things work out". Defamation law reads a post for the meaning an
 * ordinary reader takes from it, so hinting at wrongdoing about an identifiable person or body is
 * treated like saying it.
 *
 * A strong device counts when a target is in the same sentence or one of the two before it. A
 * weak device ("everyone knows", "makes you wonder", 🤔) also needs a hint of wrongdoing nearby
 * (an allegation predicate or a suspicious coincidence), so praise with a wink is left alone.
 */
import { defineRule } from '../engine/define';
import type { PlacedSentence } from '../engine/document';
import type { Report } from '../types';
import { INSINUATION_COUGH, INSINUATION_EMOJI, INSINUATION_STRONG, INSINUATION_WEAK, SUSPICION_HOOK } from './_lexicon';
import { allTargets, findAllegations } from './_targets';

const SUGGESTION =
  'If you have evidence of wrongdoing, raise it through the proper channels (Freedom to Speak Up, the regulator) rather than hinting at it here.';
/** How many sentences back a device can point. */
const LOOK_BACK = 2;
/** "Not saying X falsified the audit, but…": the claim runs to the comma or "but". */
const CLAUSE_END = /,|\bbut\b|[.!?;]/;

export default defineRule({
  id: 'defamatory/insinuation',
  meta: {
    category: 'defamatory',
    defaultSeverity: 'warning',
    summary:
      'Flags insinuation ("not saying…, but", "draw your own conclusions", "asking for a friend 🤔") about an identifiable person, role or organisation.',
    messages: {
      insinuation:
        'This hints at wrongdoing by someone readers could identify. An insinuation can be defamatory in the same way as a direct claim, and the GMC expects you not to post unsubstantiated comments about colleagues. Share only facts you can evidence, or raise the concern through proper channels such as Freedom to Speak Up.',
    },
    guidance: [
      'gmc-social-media-2024-p15',
      'gmc-social-media-2024-p14',
      'bma-social-media-2011-s-derogatory-defamation',
    ],
    examples: {
      warn: [
        {
          text: 'Not saying the practice manager at Elm Tree Surgery fiddled the QOF figures, but draw your own conclusions.',
        },
        { text: 'Why do all the complaints about Dr Harlow somehow disappear? Asking for a friend 🤔' },
      ],
      pass: [
        {
          text: 'Is it normal to drink six coffees before 10am? Asking for a friend 😅',
          why: 'no target and no hint of wrongdoing',
        },
        {
          text: 'Everyone knows Sister Okafor is the kindest nurse on the unit 💙',
          why: 'praise, with no hint of wrongdoing',
        },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    doc.sentences.forEach((sentence, i) => {
      const view = sentence.view;
      const strong = view.matches('defamatory.insinuation-strong', INSINUATION_STRONG, 'folded');
      const weak = [
        ...view.matches('defamatory.insinuation-weak', INSINUATION_WEAK, 'folded'),
        ...view.matches('defamatory.insinuation-emoji', INSINUATION_EMOJI, 'plain'),
        ...view.matches('defamatory.insinuation-cough', INSINUATION_COUGH, 'plain'),
      ];
      if (strong.length === 0 && weak.length === 0) return;
      const window = doc.sentences.slice(Math.max(0, i - LOOK_BACK), i + 1);
      const hooked = window.some(
        (s) =>
          s.view.matches('defamatory.suspicion-hook', SUSPICION_HOOK, 'folded').length > 0 ||
          findAllegations(s.view).length > 0,
      );
      if (strong.length === 0 && !hooked) return;
      if (!window.some((s) => allTargets(s.view).length > 0)) return;
      // A disavowal ("Not saying X falsified…") is flagged over its clause; otherwise the
      // strongest device in the sentence is.
      const disavowal = hooked ? weak.find((w) => isDisavowal(w.groups[0] ?? '')) : undefined;
      const devices = [disavowal, strong[0] ?? (hooked && !disavowal ? weak[0] : undefined)];
      for (const device of devices) {
        if (!device) continue;
        const end = device === disavowal ? clauseEnd(sentence, device.index) : device.end;
        out.push({
          start: sentence.start + device.start,
          end: sentence.start + end,
          messageId: 'insinuation',
          score: hooked ? 0.8 : 0.7,
          suggestion: SUGGESTION,
        });
      }
    });
    return out;
  },
});

function isDisavowal(device: string): boolean {
  return /\bnot\b|\bwon'?t say\b/.test(device);
}

/** Sentence-relative end of the clause a disavowal opens. */
function clauseEnd(sentence: PlacedSentence, from: number): number {
  const folded = sentence.view.norm.folded;
  const rest = folded.slice(from);
  const cut = rest.search(CLAUSE_END);
  const plainEnd = cut < 0 ? folded.trimEnd().length : from + cut;
  return sentence.view.norm.spanToOriginal(from, plainEnd).end;
}
