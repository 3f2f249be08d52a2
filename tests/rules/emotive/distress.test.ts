import rule from '../../../src/rules/emotive/distress';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: "I'm so tired of posts blaming nurses for waiting lists; the data say otherwise.",
      why: '"tired of" is exasperation about an argument, not exhaustion',
    },
    {
      text: 'Back at work after a year off with burnout. Asking for help was the best thing I did: Practitioner Health is free.',
      why: 'calm reflection with signposting',
    },
    {
      text: 'Tough night on the unit. We debriefed as a team and looked after each other. Proud of them.',
      why: 'calm sadness with support',
    },
    { text: "Still can't cope with a 5am alarm after all these years 😂", why: 'light-hearted, not distress' },
    { text: 'Make it normal on your ward to say "I\'m not OK".', why: "quoted, not the author's state" },
    { text: 'Ten years of nights taught me that sleep is a clinical skill.', why: 'reflective, no distress' },
    {
      text: 'Last week I cried on the doorstep when a family brought in their rainbow baby.',
      why: 'joyful tears told as a memory',
    },
    {
      text: 'Proud to have qualified ten years ago. Cried at my graduation and would again.',
      why: 'past tears in a proud post',
    },
  ],
  warn: [
    {
      text: 'Just cried in the staff toilet for the third time this week.',
      findings: [{ span: 'Just cried in', messageId: 'acute' }],
    },
    {
      text: "Crying in the staff room again. I can't do this anymore.",
      findings: [
        { span: 'Crying in the staff', messageId: 'acute' },
        { span: "I can't do this anymore", messageId: 'acute' },
      ],
    },
    {
      text: "Sat in the car after the shift and I can't stop shaking.",
      findings: [{ span: "I can't stop shaking", messageId: 'acute' }],
    },
    { text: 'Not okay tonight. Please nobody call.', findings: [{ span: 'Not okay tonight', messageId: 'acute' }] },
    {
      text: 'Been awake 20 hours and they want me to stay on.',
      findings: [{ span: 'awake 20 hours', messageId: 'acute' }],
    },
    {
      text: 'Last week I sat in my car and sobbed for an hour.',
      findings: [{ span: 'sat in my car and sobbed', messageId: 'past' }],
    },
  ],
});
