import rule from '../../../src/rules/emotive/intoxication';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Drink-driving kills. Had a few? Get a taxi.', why: 'a question to the reader, not the author drinking' },
    {
      text: 'Alcohol units add up: a large glass of wine can be three units. More on the NHS website.',
      why: 'health information',
    },
    { text: 'Leaving do for Sam on Friday at the Crown, all welcome 🍻', why: 'one emoji, no drinking state' },
    { text: 'Drunk patients in ED need the same dignity as everyone else.', why: 'about patients, not the author' },
  ],
  warn: [
    {
      text: "Two glasses of wine in and I've got opinions about the new rota.",
      findings: [{ span: 'Two glasses of wine in', messageId: 'drinking' }],
    },
    { text: "wine o'clock and honestly, management…", findings: [{ span: "wine o'clock", messageId: 'drinking' }] },
    { text: 'Drunk tweeting again, sorry not sorry', findings: [{ span: 'Drunk tweeting', messageId: 'drinking' }] },
    {
      text: 'Friday night 🍷🍷🍷 time to tell you what I really think',
      findings: [{ span: '🍷🍷🍷 ', messageId: 'emoji' }],
    },
  ],
});
