import rule from '../../../src/rules/disrespect/patient-slang';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Please stop calling people "frequent flyers": the label hides unmet need.',
      why: 'criticises the term',
    },
    {
      text: '"Acopia" is a dangerous word: it hides delirium, sepsis and falls.',
      why: 'teaching about the term',
    },
    { text: 'Patients who attend often deserve a care plan, not a nickname.', why: 'neutral wording' },
    { text: 'Apple crumble and custard in the canteen today 😋', why: 'a pudding, not a patient' },
    { text: 'Psycho-social assessment done by the liaison team.', why: 'a clinical compound' },
    { text: 'The discharge lounge opens at 8am on weekdays.', why: 'a real service, not slang' },
  ],
  warn: [
    {
      text: 'Our favourite frequent flyer is back in resus tonight 🙄',
      findings: [{ span: 'frequent flyer', messageId: 'slang' }],
    },
    {
      text: 'Ward full of bed blockers again, no wonder ED is rammed.',
      findings: [{ span: 'bed blockers', messageId: 'slang' }],
    },
    { text: 'Another gomer up from the care home.', findings: [{ span: 'gomer', messageId: 'slang' }] },
    {
      text: 'Saturday night: smackheads, pissheads and the worried well.',
      findings: [
        { span: 'smackheads', messageId: 'slang' },
        { span: 'pissheads', messageId: 'slang' },
        { span: 'the worried well', messageId: 'slang' },
      ],
    },
    { text: "Resus is God's waiting room tonight", findings: [{ span: "God's waiting room", messageId: 'slang' }] },
  ],
});
