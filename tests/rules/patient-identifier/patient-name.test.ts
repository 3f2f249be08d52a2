import rule from '../../../src/rules/patient-identifier/patient-name';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'So proud of my colleague Priya Raman who has just passed her MRCP!',
      why: 'a colleague introduced as one',
    },
    { text: 'Thank you to our HCA Bernadette Okoye for staying late on the ward tonight.', why: 'staff praise' },
    {
      text: 'Congratulations to Dr Callum Reid on his new consultant post. Callum has been a brilliant registrar.',
      why: 'a doctor, and a later mention of the same colleague',
    },
    {
      text: 'Massive shout out to Sister Joy Mensah on Ward 4, retiring after 30 years.',
      why: 'a sister retiring, not a patient',
    },
    {
      text: "Shared with Frank's written consent and our comms team: Frank is back walking his dog after his bypass.",
      why: 'consent and sign-off are stated',
    },
    {
      text: 'Hi Maureen, from what you describe that sounds like shingles, see a pharmacist.',
      why: 'addressed, but nothing shows she is a patient of the author',
    },
    {
      text: 'Everyone knows Mr Fothergill operates on Fridays after a long lunch and nobody checks.',
      why: 'a surgeon in an allegation: the defamation rules handle it',
    },
    { text: 'Lower UTI: nitrofurantoin 100 mg MR BD for 3 days (NICE).', why: '"MR" is modified release' },
    {
      text: "Started a 40-year-old on treatment for Graves' disease today.",
      why: 'an eponymous disease, not a person',
    },
    { text: 'Positive patient ID at the bedside, every time.', why: '"ID" is not initials' },
    { text: 'My name is Hannah and I am a practice nurse in the Dales.', why: "the author's own name" },
  ],
  warn: [
    {
      text: 'Mr Desmond Achterberg in bed 9 on Ward 3B finally off oxygen 🙌',
      findings: [{ span: 'Mr Desmond Achterberg', messageId: 'patientName' }],
    },
    {
      text: 'mrs holloway was in for her knee today and brought us all biscuits',
      findings: [{ span: 'mrs holloway', messageId: 'patientName' }],
    },
    {
      text: 'so proud of little freddie on the childrens ward, rang the end of chemo bell today',
      findings: [{ span: 'freddie', messageId: 'patientName' }],
    },
    {
      text: 'RIP m4rg4ret (the one with the budgie) who passed on ICU overnight',
      findings: [{ span: 'm4rg4ret', messageId: 'nameNearCare' }],
    },
    { text: 'PK in bed 12 pulled through the night.', findings: [{ span: 'PK', messageId: 'initials' }] },
    {
      text: '@dave_h_1970 good to see you in clinic, your bloods came back fine',
      findings: [{ span: '@dave_h_1970', messageId: 'handle' }],
    },
    {
      text: 'Hi Mrs Kowalczyk! I remember you from clinic, your scan was all clear',
      findings: [{ span: 'Mrs Kowalczyk', messageId: 'patientName' }],
    },
    {
      text: 'Follow up with Hanne I. Kreutzmann next month.',
      findings: [{ span: 'Hanne I. Kreutzmann', messageId: 'bareName' }],
    },
  ],
});
