/**
 * Local names the user has listed as identifying (settings.identifyingTerms): their hospital,
 * wards, practice or colleagues. Generic lexicons cannot know these, so the user supplies them.
 * They are flagged when the draft talks about someone's care, and they also count as a named
 * place in the jigsaw rule.
 */
import { defineRule } from '../engine/define';
import { customTermSpans, docContext } from './_signals';

export default defineRule({
  id: 'patient-identifier/custom-term',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'warning',
    summary:
      'Flags local names you have listed as identifying (your hospital, wards, colleagues) in posts about patient care.',
    messages: {
      customTerm:
        'You listed this as a local name that could identify where a patient was treated. Next to clinical details it narrows down who the patient is. Consider a general term such as "a hospital" or "the ward".',
    },
    guidance: ['gmc-social-media-2024-p18', 'gmc-social-media-2024-p19', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [{ text: 'Admitted to the Infirmary last night with a stroke at 52, now on the stroke unit.' }],
      pass: [{ text: 'Lovely sunny day at work today.', why: 'no identifying terms are configured' }],
    },
  },
  check(doc) {
    const spans = customTermSpans(doc);
    if (spans.length === 0 || !docContext(doc).clinical || docContext(doc).consent) return [];
    return spans.map((s) => ({
      start: s.start,
      end: s.end,
      messageId: 'customTerm',
      score: 0.75,
      suggestion: 'the hospital',
    }));
  },
});
