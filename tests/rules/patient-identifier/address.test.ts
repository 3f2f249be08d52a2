import rule from '../../../src/rules/patient-identifier/address';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Our surgery has moved to 22 Mill Street. Same phone number, more parking!',
      why: "the practice's own address",
    },
    { text: 'Teaching at the hospital on Station Road today.', why: 'no house number, no patient' },
    { text: 'Seminar in room 3, 2nd floor of the education centre.', why: 'a room, not a home' },
  ],
  warn: [
    {
      text: 'Popped in on my lovely lady at 7 Birch Avenue, 94 and still gardening 🌷',
      findings: [{ span: '7 Birch Avenue', messageId: 'address' }],
    },
    {
      text: 'Went to a bungalow on Mill Lane today, elderly gent on the floor since yesterday',
      findings: [{ span: 'bungalow on Mill Lane', messageId: 'described' }],
    },
    {
      text: 'She lives in flat 3 above the bakery and keeps missing her insulin.',
      findings: [{ span: 'flat 3', messageId: 'address' }],
    },
    {
      text: 'Please update my address to 2613 avenida praia 1 suite 463',
      findings: [{ span: '2613 avenida praia 1 suite 463', messageId: 'addressAlone' }],
    },
  ],
});
