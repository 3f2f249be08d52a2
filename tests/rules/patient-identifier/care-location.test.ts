import rule from '../../../src/rules/patient-identifier/care-location';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Bay 2 on Ward 14 is closed for a deep clean until Friday.', why: 'a closure, no patient' },
    { text: 'Huge thanks to the nurses on Ward 12 for a brilliant night.', why: 'praise of staff' },
    { text: 'From 6 beds to 28 in ten years. Proud of this unit.', why: 'bed counts' },
    { text: "We're recruiting! Ward 7B needs Band 5 nurses.", why: 'a job advert' },
    { text: 'Bay 4 is chaos today, send biscuits', why: 'a bay as a place, no person in it' },
  ],
  warn: [
    {
      text: 'The gent in bay 4 has asked for his third cuppa before 7am ☕',
      findings: [{ span: 'bay 4', messageId: 'bed' }],
    },
    { text: 'TR in bed 9 (AMU) finally settled overnight', findings: [{ span: 'bed 9 (AMU)', messageId: 'bed' }] },
    { text: 'st1ll no porter for the lady in b4y 2', findings: [{ span: 'b4y 2', messageId: 'bed' }] },
    {
      text: 'Cubicle 6 has been waiting for psych for 11 hours',
      findings: [{ span: 'Cubicle 6', messageId: 'bed' }],
    },
    { text: 'Happy 90th to Ethel on Ward 3 🎂', findings: [{ span: 'Ward 3', messageId: 'ward' }] },
    {
      text: 'She told me from her bed on Willow Ward that nobody explained the move.',
      findings: [{ span: 'Willow Ward', messageId: 'ward' }],
    },
  ],
});
