/**
 * Sarcasm aimed at people: "Thrilled to be told by…", "what would we do without you 🙃",
 * "Hero. 👏" after a complaint. The 🙃 / 🙄 / slow-clap signals count only after praise words,
 * and 👏 only when the draft also complains. Banter that says so ("love you really") is fine.
 */
import { defineRule } from '../engine/define';
import { phraseRegex } from '../text/patterns';
import type { Report } from '../types';
import { BANTER, PRAISE_WORDS, SARCASM_IF_COMPLAINT, SARCASM_PHRASES } from './_lexicon';
import { fold } from '../text/normalize';
import { draftMatches, hostile, valence } from './_tone';

const PHRASES = phraseRegex('emotive.sarcasm.phrase', SARCASM_PHRASES);
const CONTEXTUAL = phraseRegex('emotive.sarcasm.contextual', SARCASM_IF_COMPLAINT);
const PRAISE = phraseRegex('emotive.sarcasm.praise', PRAISE_WORDS);
const AFFECTION = phraseRegex('emotive.sarcasm.banter', BANTER);
// A praise word, then within a short stretch an ironic emoji: "Hero. 👏", "thank you 🙃".
const IRONY = /(?:\u{1F643}|\u{1F644}|\/s(?![\p{L}\p{N}]))/gu;
const CLAP = /\u{1F44F}(?:\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF})?/gu;
// Scare quotes around someone's excuse: "'didn't have time'", "'owe'".
// A concession between the praise and the emoji ("Lovely, once you get past…", "great, but…") means
// the eye-roll is aimed at what follows, not at the praise: that is not mock praise.
const CONCESSION =
  /\b(?:once you get past|once you get over|apart from|except (?:that|for|when)|but|although|though|if you ignore|other than)\b/;
const SCARE_QUOTES = /['\u2018][a-z][a-z' ]{1,30}['\u2019](?![a-z])/g;

export default defineRule({
  id: 'emotive/sarcasm',
  meta: {
    category: 'emotive',
    defaultSeverity: 'warning',
    summary: 'Flags sarcasm aimed at a person or role, such as mock praise with an eye-roll or slow clap.',
    messages: {
      sarcasm:
        'This reads as sarcasm aimed at someone. Sarcasm in a public post can come across as belittling, and the person may be identifiable to colleagues.',
      ironicEmoji:
        'Praise followed by an upside-down face, eye-roll or clap reads as sarcasm aimed at someone. Consider saying plainly what went wrong, or raising it directly.',
    },
    guidance: ['gmc-social-media-2024-p7', 'gmc-gmp-2024-p81', 'gmc-gmp-2024-p48'],
    examples: {
      warn: [
        {
          text: 'Delighted to be told by an HR consultant that my breaks are "a choice". What would we do without you.',
        },
        { text: 'Cancelled theatre list because nobody ordered the kit. Brilliant planning 🙃' },
      ],
      pass: [
        { text: 'Massive thanks to the night team for covering the gaps 👏👏', why: 'sincere praise, no complaint' },
        {
          text: 'Ortho reg asked me what a potassium is again 🙄 love you really, bone doctors',
          why: 'affectionate banter',
        },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    if (doc.memo('emotive.sarcasm.banter', (d) => draftMatches(d, AFFECTION).length > 0)) return out;
    const suggestion = 'Consider saying plainly what went wrong, or saving this as a draft to reread tomorrow.';
    for (const { start: base, view } of doc.sentences) {
      for (const m of view.matches('emotive.sarcasm.phrase', PHRASES)) {
        out.push({ start: base + m.start, end: base + m.end, messageId: 'sarcasm', score: 0.7, suggestion });
      }
    }
    const complaint = doc.memo('emotive.sarcasm.complaint', (d) =>
      d.sentences.some(
        ({ view }) =>
          hostile(view) || valence(view).sum <= -2 || view.matches('emotive.sarcasm.scare', SCARE_QUOTES).length > 0,
      ),
    );
    const irony = draftMatches(doc, IRONY);
    if (complaint || irony.length > 0) {
      for (const { start: base, view } of doc.sentences) {
        for (const m of view.matches('emotive.sarcasm.contextual', CONTEXTUAL)) {
          out.push({ start: base + m.start, end: base + m.end, messageId: 'sarcasm', score: 0.65, suggestion });
        }
      }
    }
    // Cross-sentence: praise then an ironic emoji within 80 characters.
    const praise = draftMatches(doc, PRAISE);
    const ironic = [...irony, ...(complaint ? draftMatches(doc, CLAP) : [])];
    for (const e of ironic) {
      const before = praise.filter((p) => p.end <= e.start && e.start - p.end <= 80);
      const p = before[before.length - 1];
      if (!p) continue;
      // Draft offsets: the two matches may sit in different sentences.
      if (CONCESSION.test(fold(doc.text.slice(p.end, e.start)))) continue;
      out.push({ start: p.start, end: e.end, messageId: 'ironicEmoji', score: 0.65, suggestion });
    }
    return out;
  },
});
