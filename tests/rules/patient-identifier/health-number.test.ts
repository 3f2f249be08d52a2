import rule from '../../../src/rules/patient-identifier/health-number';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Course booking ref for ALS: 5120 334 871', why: 'nine digits' },
    { text: 'Booking reference 5120334871 for the course', why: 'fails the mod-11 check' },
    { text: 'Use 999 999 9999 in the training system', why: 'a placeholder of one repeated digit' },
    { text: 'Call 0113 496 0712 for the ward', why: 'an eleven-digit phone number' },
    { text: 'Version 1.2345678901 of the app', why: 'digits after a decimal point' },
    { text: 'NHS number, DOB and address were removed before sharing.', why: 'names the identifier type only' },
  ],
  warn: [
    {
      text: 'Chase the MRI for NHS no 463 030 8245 please',
      findings: [{ span: '463 030 8245', messageId: 'nhsNumber' }],
    },
    {
      text: 'pt with NHS n o. 6 1 2 8 2 1 9 9 3 4 still waiting',
      findings: [{ span: '6 1 2 8 2 1 9 9 3 4', messageId: 'nhsNumber' }],
    },
    {
      text: 'NHS: 9 9 9 - 7 5 7 - 4 9 1 5 keeps being booked wrongly',
      findings: [{ span: '9 9 9 - 7 5 7 - 4 9 1 5', messageId: 'nhsNumber' }],
    },
    { text: 'NHS 705-937-8650 no match on Spine', findings: [{ span: '705-937-8650', messageId: 'nhsNumber' }] },
    { text: 'nhs number 943.476.5919 typed in', findings: [{ span: '943.476.5919', messageId: 'nhsNumber' }] },
    {
      text: 'NHS no 943\u2060476\u20605919 split by word joiners',
      findings: [{ span: '943\u2060476\u20605919', messageId: 'nhsNumber' }],
    },
    { text: 'CHI 1403515557, suspected cauda equina', findings: [{ span: '1403515557', messageId: 'chiNumber' }] },
    { text: 'H&C number 943 476 5919 for the referral', findings: [{ span: '943 476 5919', messageId: 'hcNumber' }] },
    {
      text: 'eRS keeps bouncing 4120166139 and she has a lump',
      findings: [{ span: '4120166139', messageId: 'possibleNumber' }],
    },
  ],
});
