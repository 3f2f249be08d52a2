import rule from '../../../src/rules/patient-identifier/clinical-date';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Our teaching day is on 14 March, lunch provided.', why: 'an event date, no patient' },
    {
      text: 'Teaching case (details altered): a woman in her 40s admitted on 3 June with chest pain.',
      why: 'the details are stated to be altered',
    },
    { text: 'Ward 5 closed until 20 June. Patients and visitors please use the main entrance.', why: 'a closure date' },
    { text: 'A 60-year-old man diagnosed with lung cancer in 2021: what next?', why: 'a year only' },
    { text: 'Abstract deadline 30 September for the frailty conference, patients welcome.', why: 'a deadline' },
  ],
  warn: [
    {
      text: 'Delivered twins at 30 weeks on Boxing Day, mum was amazing 🎄',
      findings: [{ span: 'on Boxing Day', messageId: 'clinicalDate' }],
    },
    {
      text: 'A 40yo man came in on 14 February with an aortic dissection.',
      findings: [{ span: '14 February', messageId: 'clinicalDate' }],
    },
    {
      text: 'Saw a 22yo with Addison crisis in clinic (Wed 5 March), took three GPs to spot it.',
      findings: [{ span: 'Wed 5 March', messageId: 'clinicalDate' }],
    },
    {
      text: 'Lovely chap admitted last Tuesday night with a massive PE, doing well now',
      findings: [{ span: 'last Tuesday night', messageId: 'clinicalDate' }],
    },
  ],
});
