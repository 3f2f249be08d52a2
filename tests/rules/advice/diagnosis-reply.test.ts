import rule from '../../../src/rules/advice/diagnosis-reply';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Most coughs and colds are viral and get better on their own. Your pharmacist can help with symptoms.',
      why: 'general information, not a diagnosis of a reader',
    },
    {
      text: 'Teaching case for our F1s: 7-year-old, vesicles on palms and soles, mild fever. It’s hand, foot and mouth.',
      why: 'a teaching vignette for clinicians',
    },
    {
      text: 'Flu season is here and it’s flu that fills our wards every January. Get your jab!',
      why: 'a condition named in a public-health message',
    },
    { text: 'Sounds like a plan, see you all at the conference x', why: 'no condition' },
    {
      text: 'It’s just a migraine, I’ll survive the shift 😂',
      why: 'the author’s own illness, not addressed to anyone',
    },
  ],
  warn: [
    {
      text: '@kay_88 sounds like tennis elbow to me, rest it for a couple of weeks',
      findings: [{ span: 'sounds like tennis elbow', messageId: 'diagnosis' }],
    },
    {
      text: 'Hi Pat, from your photo that’s impetigo.',
      findings: [{ span: 'that’s impetigo', messageId: 'diagnosis' }],
    },
    {
      text: '@sue_b from what you’ve described it’s just reflux, honestly',
      findings: [{ span: 'it’s just reflux', messageId: 'diagnosis' }],
    },
    {
      text: 'Hi Jo, the rash is nothing to worry about.',
      findings: [{ span: 'rash is nothing to worry about', messageId: 'reassurance' }],
    },
  ],
});
