import rule from '../../../src/rules/patient-identifier/hospital-number';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'FYI the hospital number is 0161 496 0000, switchboard only, they cannot give results.',
      why: 'a switchboard phone number',
    },
    { text: 'Crop the image so no name, DOB or hospital number shows.', why: 'names the identifier type only' },
    { text: 'Unit 4 of the e-learning is on consent.', why: 'a course unit, no number after context' },
    { text: 'We audited MRN completeness across 12 wards.', why: 'no identifier after the context word' },
  ],
  warn: [
    {
      text: 'Can someone chase the echo for hosp no RQM2048813 please',
      findings: [{ span: 'RQM2048813', messageId: 'hospitalNumber' }],
    },
    { text: 'MRN: 00452917 still waiting for a bed', findings: [{ span: '00452917', messageId: 'hospitalNumber' }] },
    {
      text: 'Hospital number T\u2060-\u2060552 871 sitting in majors for 9 hours',
      findings: [{ span: 'T\u2060-\u2060552 871', messageId: 'hospitalNumber' }],
    },
    {
      text: 'Unit no. 7734120 keeps being merged with another patient',
      findings: [{ span: '7734120', messageId: 'hospitalNumber' }],
    },
    {
      text: 'Insurance ID ZX-987654 for the patient with the knee replacement',
      findings: [{ span: 'ZX-987654', messageId: 'hospitalNumber' }],
    },
    {
      text: 'Bloods for the patient RTX4471023 lost again',
      findings: [{ span: 'RTX4471023', messageId: 'possibleCode' }],
    },
  ],
});
