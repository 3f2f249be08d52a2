import rule from '../../../src/rules/emotive/profanity';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Bloody diarrhoea for more than a day needs a same-day GP review.', why: 'clinical use of "bloody"' },
    {
      text: 'Anal fissures usually heal with fibre and fluids; see your GP if bleeding continues.',
      why: 'clinical word',
    },
    { text: 'New AF clinic opens in outpatients on Monday.', why: '"AF" is atrial fibrillation' },
    {
      text: 'Finger-prick glucose for every child with thirst and weight loss.',
      why: '"prick" in a clinical compound',
    },
    { text: 'Cockpit-style checklists cut never events in theatre.', why: 'an innocent compound word' },
    { text: 'Great teaching from the Scunthorpe and Sussex teams today.', why: 'place names containing swear strings' },
    { text: 'Apple crumble in the canteen again, not complaining.', why: 'no swearing at all' },
  ],
  warn: [
    {
      text: 'Rota published two days before the month starts. Absolutely f***ing brilliant.',
      findings: [{ span: 'f***ing', messageId: 'masked' }],
    },
    { text: 'Bleep has gone 40 times since midnight FFS', findings: [{ span: 'FFS', messageId: 'abbreviation' }] },
    {
      text: 'Parking fine on a night shift. This shit is why people leave.',
      findings: [{ span: 'shit', messageId: 'swearing' }],
    },
    { text: 'Honestly what a bunch of tossers.', findings: [{ span: 'tossers', messageId: 'swearing' }] },
    { text: 'sh1t handover again tonight', findings: [{ span: 'sh1t', messageId: 'swearing' }] },
    { text: 'The management are all ****s.', findings: [{ span: '****s', messageId: 'masked' }] },
    {
      text: 'This bloody useless computer system has crashed again.',
      findings: [{ span: 'bloody', messageId: 'mild' }],
    },
  ],
});
