/** Plain-language names for categories and platforms, shared by the card, the review dialog, the popup and the options page. */
import type { Category } from '../rules/types';

export const CATEGORY_TITLE: Record<Category, string> = {
  'patient-identifier': 'Could identify a patient',
  advice: 'Reads as individual medical advice',
  emotive: 'Written in the heat of the moment?',
  defamatory: 'An allegation about someone identifiable',
  disrespect: 'Could read as disrespectful',
  'conflict-of-interest': 'Undeclared interest, or not saying who you are',
  boundary: 'Blurs the boundary with a patient',
};

/** What the checklist says when a category is clear, and when it is not. */
export const CHECKLIST: Array<{ category: Category; clear: string }> = [
  { category: 'patient-identifier', clear: 'No patient identifiers, alone or combined' },
  { category: 'advice', clear: 'No individual medical advice' },
  { category: 'emotive', clear: 'Calm in tone' },
  { category: 'defamatory', clear: 'No allegations about identifiable people or organisations' },
  { category: 'disrespect', clear: 'Respectful of patients, colleagues and groups' },
  { category: 'conflict-of-interest', clear: 'Interests declared' },
  { category: 'boundary', clear: 'Professional boundaries kept' },
];

/** Questions the guidance asks a doctor to ask themselves; only the author can answer them. */
export const SELF_CHECKS = [
  'Would I be happy to say this to a room of patients and colleagues?',
  'If I say I am a doctor, am I identifiable by name?',
  'Am I posting while angry, exhausted or after a drink?',
];

export const PLATFORM_NAME = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' } as const;
