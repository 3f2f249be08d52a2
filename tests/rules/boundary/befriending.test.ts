import rule from '../../../src/rules/boundary/befriending';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'A gentle reminder: I don’t accept friend requests from patients, past or present.',
      why: 'states the boundary',
    },
    { text: 'Sent a friend request to my old uni housemate after 20 years!', why: 'no patient involved' },
    {
      text: 'Hi Mum, hope the new hip is behaving! Add me on here so you can see the holiday photos.',
      why: 'family, not a patient',
    },
    { text: 'Give me a follow for more running content!', why: 'no patient involved' },
  ],
  warn: [
    {
      text: 'Any of my patients on here, feel free to add me! Love hearing how you’re all doing 💕',
      findings: [{ span: 'feel free to add me', messageId: 'connect' }],
    },
    {
      text: 'A guy I treated in ED last month just asked me out for dinner. He’s not my patient now so fair game?',
      findings: [
        { span: 'guy I treated', messageId: 'formerPatient' },
        { span: 'not my patient now', messageId: 'formerPatient' },
      ],
    },
    {
      text: "Great to see you in the big Sainsbury's, Priya! Hope the new tablets are helping. Add me on here x",
      findings: [{ span: 'Add me on', messageId: 'connect' }],
    },
    {
      text: "Happy to connect with any of my old clients here, always nice to see how you're getting on.",
      findings: [{ span: 'Happy to connect with any', messageId: 'connect' }],
    },
    {
      text: '@ash_p glad the new inhaler is helping! Give me a follow on Insta x',
      findings: [{ span: 'Give me a follow', messageId: 'connect' }],
    },
  ],
});
