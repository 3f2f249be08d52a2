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
    {
      text: "Patients are not 'bed blockers'. They are people waiting for care that doesn't exist yet.",
      why: 'negates the quoted slang',
    },
    {
      text: "We don't have 'frequent flyers' on this unit. Let's ditch the nickname at handover.",
      why: 'critique in a neighbouring sentence',
    },
    {
      text: 'Feeding time on the neonatal unit: a 27-weeker took her first full bottle today!',
      why: 'literal feeding, not an animal comparison',
    },
    {
      text: 'Patients are being treated like cattle in our corridors and it has to stop.',
      why: 'criticises the care, not the patients',
    },
    { text: 'Took my nephew to the zoo on my day off. Back on the ward tomorrow.', why: 'a real zoo' },
    { text: 'Our regular volunteers on the ward are back after the summer!', why: 'volunteers, not patients' },
  ],
  warn: [
    {
      text: 'Frailty bay is a proper menagerie tonight \ud83d\udc12',
      findings: [{ span: 'is a proper menagerie', messageId: 'dehumanise' }],
    },
    {
      text: 'Resus sounds like feeding time at the zoo. Animals, the lot of them.',
      findings: [{ span: 'feeding time at the zoo', messageId: 'dehumanise' }],
    },
    {
      text: 'One of our regulars rolled into majors again at 2am.',
      findings: [{ span: 'One of our regulars', messageId: 'slang' }],
    },
    {
      text: 'The usual suspects are back in the waiting room, like clockwork.',
      findings: [{ span: 'The usual suspects', messageId: 'slang' }],
    },
    {
      text: 'The drunk on the trolley in corridor 3 just spat at a porter.',
      findings: [{ span: 'The drunk', messageId: 'slang' }],
    },
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
