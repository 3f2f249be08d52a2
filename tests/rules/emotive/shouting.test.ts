import rule from '../../../src/rules/emotive/shouting';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'URGENT UPDATE: BLOOD CULTURE BOTTLES RECALLED. Use the new batch.', why: 'a notice heading' },
    { text: 'Choking in babies: back blows and chest thrusts, NOT abdominal thrusts.', why: 'safety emphasis' },
    { text: 'NEWS2 of 5 or more? Escalate to ICU outreach and inform the NHS 111 team.', why: 'acronyms' },
    { text: 'Our SDEC and AMU teams hit the 4-hour target for A&E referrals.', why: 'service acronyms' },
    { text: 'DO NOT GIVE IM adrenaline into the buttock: use the anterolateral thigh.', why: 'safety instruction' },
    { text: 'Lovely to see the #NHSAT75 celebrations on the ward today.', why: 'a hashtag' },
    { text: 'Lab lost the sample AGAIN.', why: 'one emphasised word with no other angry signal' },
  ],
  warn: [
    {
      text: 'WHY DOES NOBODY EVER ANSWER THE PHONE ON THIS WARD',
      findings: [{ span: 'WHY DOES NOBODY EVER ANSWER THE PHONE ON THIS WARD', messageId: 'shouting' }],
    },
    {
      text: 'Asked for a porter at 9am. STILL waiting at 2pm. Does anyone work here??',
      findings: [
        { span: 'STILL', messageId: 'emphasis' },
        { span: '??', messageId: 'punctuation' },
      ],
    },
    {
      text: 'I am so sick of this. I HATE nights.',
      findings: [{ span: 'HATE', messageId: 'emphasis' }],
    },
  ],
});
