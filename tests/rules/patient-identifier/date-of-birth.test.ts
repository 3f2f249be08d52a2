import rule from '../../../src/rules/patient-identifier/date-of-birth';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Big birthday for me this week, born 14 May 1974 and finally booked my own NHS health check.',
      why: "the author's own date of birth in a personal post",
    },
    {
      text: "Personal update: diagnosed with coeliac disease at 38 (I was born 2 Feb 1986, so no, it isn't just children).",
      why: 'first person, nobody else in the sentence',
    },
    { text: 'Happy birthday to me! Born 2 July 1988 and still feel 21', why: "the author's own birthday" },
    { text: 'I was born 14.03.81, so yes, I remember dial-up.', why: "the author's own date of birth" },
    { text: 'Never post a DOB or an NHS number, however anonymised you think it is.', why: 'no date' },
    { text: 'Born in the 1950s, she saw the NHS grow up.', why: 'a decade, not a date' },
  ],
  warn: [
    {
      text: 'I admitted a lady born 6 June 1941 with a hip fracture today.',
      findings: [{ span: 'born 6 June 1941', messageId: 'dateOfBirth' }],
    },
    {
      text: 'Lab rejected the sample again, DOB 03/04/1952 on the form was fine!',
      findings: [{ span: 'DOB 03/04/1952', messageId: 'dateOfBirth' }],
    },
    {
      text: 'lady in bay 2, d0b 21.06.39, still no bloods',
      findings: [{ span: 'd0b 21.06.39', messageId: 'dateOfBirth' }],
    },
    {
      text: 'Pt born 2 July 1988 came in with a PE',
      findings: [{ span: 'born 2 July 1988', messageId: 'dateOfBirth' }],
    },
    {
      text: 'date of birth: 1961-11-30 on the referral',
      findings: [{ span: 'date of birth: 1961-11-30', messageId: 'dateOfBirth' }],
    },
    {
      text: 'Alt: request form reading HOLROYD M 21/06/1939',
      findings: [{ span: 'HOLROYD M 21/06/1939', messageId: 'labelDate' }],
    },
  ],
});
