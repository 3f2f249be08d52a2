import rule from '../../../src/rules/patient-identifier/other-personal-number';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Order ref 1234 5678 9012 3456 for the new chairs', why: 'fails the card checksum' },
    { text: 'Running app version 10.2.3.4 now', why: 'a version number' },
    { text: 'NEWS2 of 5 or more needs urgent review', why: 'no identifier' },
  ],
  warn: [
    {
      text: 'Her card 4539 1488 0343 6467 was declined at the pharmacy',
      findings: [{ span: '4539 1488 0343 6467', messageId: 'card' }],
    },
    { text: 'My IBAN is GB82WEST12345698765432', findings: [{ span: 'GB82WEST12345698765432', messageId: 'iban' }] },
    { text: 'His social security number is 125-17-4954', findings: [{ span: '125-17-4954', messageId: 'ssn' }] },
    { text: 'keep getting address 36.160.14.148 blocked', findings: [{ span: '36.160.14.148', messageId: 'ip' }] },
    {
      text: 'Driving licence no: MORGA657054SM9IJ left in cubicle',
      findings: [{ span: 'MORGA657054SM9IJ', messageId: 'licence' }],
    },
  ],
});
