import rule from '../../../src/rules/defamatory/allegation';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'I missed a fracture on an x-ray last year and it changed how I review films.',
      why: 'the author’s own mistake',
    },
    {
      text: "In my view the ICB's plan to cut phlebotomy is a false economy; the consultation document admits it.",
      why: 'sourced, respectful criticism of published policy',
    },
    {
      text: 'The MPTS found that the surgeon had falsified records, and he was struck off.',
      why: 'reports a public finding',
    },
    {
      text: 'If the reg seems drunk on duty, escalate to the consultant on call straight away.',
      why: 'a hypothetical, with the proper route',
    },
    {
      text: 'I have concerns about staffing on our unit and have raised them through Freedom to Speak Up.',
      why: 'raising concerns through proper channels',
    },
    {
      text: 'Research fraud is rare, but here is how to spot fabricated data when you appraise a trial.',
      why: 'a general statement with no identifiable target',
    },
    {
      text: 'Dr Rahman was accused of fraud in the tabloids but was cleared by the tribunal.',
      why: 'attributed, and cleared',
    },
    {
      text: 'With respect @NHSEngland, your own discharge data shows that social care is the bottleneck.',
      why: 'respectful criticism citing the body’s own data',
    },
    { text: 'Huge thanks to our ward manager for covering the gap in the rota again.', why: 'praise of a colleague' },
    {
      text: 'We had two never events this year and our chief nurse led a brilliant learning review.',
      why: '"never events" is a term, not a negation, and nothing is alleged',
    },
    {
      text: 'Not saying the practice manager at Elm Tree Surgery fiddled the QOF figures, but draw your own conclusions.',
      why: 'an insinuation: left to defamatory/insinuation so it is reported once',
    },
    {
      text: 'Our ward manager was subjected to racist abuse by a relative today and handled it with such dignity.',
      why: '"racist" describes abuse she suffered, not something she is accused of',
    },
    {
      text: "Our practice manager spotted a scam email pretending to be from NHS England. Don't click the link!",
      why: '"scam" modifies the email; nobody is accused',
    },
    {
      text: 'Pharmacy First means your local pharmacist can supply some antibiotics without a GP appointment (NHS England).',
      why: 'describes a lawful service',
    },
    { text: 'Our matron worked her way up from HCA to chief nurse. Legend.', why: 'praise, not buying a position' },
    {
      text: 'Beware of counterfeit Botox sold online - the MHRA has issued a warning.',
      why: 'a public warning with no target',
    },
  ],
  warn: [
    {
      text: 'Dr Ellery at Brookfield Surgery falsified his audit data to pass revalidation.',
      findings: [{ span: 'Dr Ellery at Brookfield Surgery falsified', messageId: 'allegation' }],
    },
    {
      text: 'Our clinical director turned up drunk on shift again and the trust knows.',
      findings: [
        { span: 'Our clinical director turned up drunk on shift again and the trust knows', messageId: 'allegation' },
      ],
    },
    {
      text: 'Hartley Locums take a 45% cut and lie to doctors about the rate. Crooks.',
      findings: [
        { span: 'Hartley Locums take a 45% cut and lie to doctors', messageId: 'allegation' },
        { span: 'Crooks.', messageId: 'verdict' },
      ],
    },
    {
      text: 'Avoid Willowmere Care Home. They sedate residents at night so the agency staff can sleep.',
      findings: [{ span: 'They sedate residents', messageId: 'allegation' }],
    },
    {
      text: 'The on-call reg on Ward 9 ignored three bleeps about a septic patient and went home.',
      findings: [{ span: 'The on-call reg on Ward 9 ignored three bleeps', messageId: 'allegation' }],
    },
    {
      text: "dr marsh at the walk-in centre is incompetent, she missed a lady's cancer last spring",
      findings: [
        { span: "dr marsh at the walk-in centre is incompetent, she missed a lady's cancer", messageId: 'allegation' },
      ],
    },
    {
      text: "Prof Halden's 2018 trial was basically made up and his co-authors covered for him.",
      findings: [
        {
          span: "Prof Halden's 2018 trial was basically made up and his co-authors covered for him",
          messageId: 'allegation',
        },
      ],
    },
    {
      text: 'Riverside Dental Ltd are taking NHS fees and charging patients privately for the same work. Fraud, plain and simple.',
      findings: [{ span: 'Fraud, plain and simple.', messageId: 'verdict' }],
    },
    {
      text: '@PrimeLocumsUK pay nurses cash in hand below minimum wage.',
      findings: [{ span: '@PrimeLocumsUK pay nurses cash in hand below minimum wage', messageId: 'allegation' }],
    },
    {
      text: "St Brennan's have been hiding their C. diff cases from the CQC for a year.",
      findings: [{ span: "St Brennan's have been hiding their C. diff cases", messageId: 'allegation' }],
    },
    {
      text: 'The chemist on Bridge Street hands out codeine no questions asked.',
      findings: [
        { span: 'The chemist on Bridge Street hands out codeine no questions asked', messageId: 'allegation' },
      ],
    },
    {
      text: 'Our new clinical director paid his way onto the board.',
      findings: [{ span: 'Our new clinical director paid his way onto', messageId: 'allegation' }],
    },
    {
      text: 'The practice manager at Oakfield Surgery has been hiding the falls from the CQC.',
      findings: [
        { span: 'The practice manager at Oakfield Surgery has been hiding the falls', messageId: 'allegation' },
      ],
    },
    {
      text: 'Glow Aesthetics on King Street uses counterfeit Botox.',
      findings: [{ span: 'Glow Aesthetics on King Street uses counterfeit Botox', messageId: 'allegation' }],
    },
  ],
});
