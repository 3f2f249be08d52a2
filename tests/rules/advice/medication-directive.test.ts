import rule from '../../../src/rules/advice/medication-directive';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Quick one for our F1s (NICE CKS): amoxicillin 500 mg three times a day for 5 days for low-severity CAP.',
      why: 'clinician-facing guideline dose with its source',
    },
    {
      text: 'Anaphylaxis teaching: give adrenaline 500 micrograms IM into the thigh (Resuscitation Council UK). Repeat after 5 minutes.',
      why: 'imperative dose in teaching for clinicians',
    },
    {
      text: 'If you’ve been prescribed antibiotics, take them exactly as prescribed. Unsure? Ask your pharmacist.',
      why: 'defers to the prescriber; no medicine named after the verb',
    },
    {
      text: 'Please keep taking your medicines as prescribed during the heatwave and ask your pharmacist if you’re unsure.',
      why: 'adherence message that defers to the pharmacist',
    },
    { text: 'Started my own statin today. Fingers crossed for no aches!', why: 'the author’s own medicine' },
    { text: 'I take sertraline 100mg every morning and I’m not ashamed of it.', why: 'the author’s own medicine' },
    {
      text: 'Take a look at the new NICE guidance on antibiotics for sore throat.',
      why: '"take a look" is not a dose',
    },
    {
      text: 'Patients often stop their statins because of aches; it’s worth asking why at every review.',
      why: 'describes patients, does not instruct',
    },
    {
      text: 'Take-home naloxone kits are available from our pharmacy, no questions asked.',
      why: '"take-home" is an adjective',
    },
    {
      text: "On a statin and getting muscle aches? Don't stop it without speaking to your GP or pharmacist first.",
      why: 'negated, and defers to the prescriber',
    },
  ],
  warn: [
    {
      text: '@dan_r yeah just take 2 ibuprofen 400 three times a day and you’ll be fine',
      findings: [{ span: 'take 2 ibuprofen 400 three times a day', messageId: 'medicineDirective' }],
    },
    {
      text: 'Honestly Karen, come off the omeprazole, you don’t need it.',
      findings: [{ span: 'come off the omeprazole', messageId: 'medicineDirective' }],
    },
    {
      text: 'Feeling better? Stop the antibiotics.',
      findings: [{ span: 'Stop the antibiotics', messageId: 'stopDirective' }],
    },
    {
      text: '@mike_p I’d halve your bisoprolol tonight and see how you go',
      findings: [{ span: 'halve your bisoprolol', messageId: 'medicineDirective' }],
    },
    {
      text: 'Bev, you’re fine to keep taking your citalopram while breastfeeding x',
      findings: [{ span: 'keep taking your citalopram', messageId: 'medicineDirective' }],
    },
    {
      text: 'Anyone with a cold: grab some Lemsip and take 2 every 4 hours, you’ll be right.',
      findings: [
        { span: 'grab some Lemsip', messageId: 'medicineDirective' },
        { span: 'take 2 every 4 hours', messageId: 'medicineDirective' },
      ],
    },
    {
      text: '@jen_k you’ll need to stop driving while you’re on that codeine',
      findings: [{ span: 'stop driving while you’re on that codeine', messageId: 'medicineDirective' }],
    },
    {
      text: "@sal_runs_5k stop the amlodipine if your ankles keep swelling, it's not worth it.",
      findings: [{ span: 'stop the amlodipine', messageId: 'medicineDirective' }],
    },
    {
      text: 'Anyone on PPIs for years: come off them, they do more harm than good.',
      findings: [{ span: 'come off them', messageId: 'stopDirective' }],
    },
  ],
});
