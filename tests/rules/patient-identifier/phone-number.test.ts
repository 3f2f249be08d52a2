import rule from '../../../src/rules/patient-identifier/phone-number';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'We are recruiting a practice nurse at Brookfield Surgery, 3 Station Road. Informal chats: 0113 496 0871.',
      why: "a job advert giving the practice's own number",
    },
    {
      text: 'Covid booster clinic at Lowfield Health Centre on Saturday. Queries: 01632 960 512.',
      why: "a clinic notice giving the centre's own number",
    },
    { text: 'Worried about your child? Call 111, or 999 in an emergency.', why: 'service numbers' },
    { text: 'Call the ward on 0113 496 0712 to check visiting times.', why: "the ward's own line" },
    { text: 'Smell gas? Ring 0800 111 999 straight away.', why: 'the gas emergency line' },
    { text: 'Samaritans are there day or night on 116 123.', why: 'a helpline' },
    { text: 'Appointments: 0161 496 0555 (surgery reception)', why: "the surgery's number" },
  ],
  warn: [
    {
      text: 'Can someone ring back Mr Hale on 07700 900312 about his bloods?',
      findings: [{ span: '07700 900312', messageId: 'patientPhone' }],
    },
    {
      text: 'her daughter is on 0113 496 0218 if anyone on the late shift can call',
      findings: [{ span: '0113 496 0218', messageId: 'patientPhone' }],
    },
    {
      text: 'ring his wife on seven seven double oh nine hundred four five six pls',
      findings: [{ span: 'seven seven double oh nine hundred four five six', messageId: 'spelled' }],
    },
    { text: 'Mobile: 03.93.92.16.85', findings: [{ span: '03.93.92.16.85', messageId: 'phone' }] },
  ],
});
