import rule from '../../../src/rules/emotive/anger';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Cardiology are the worst at answering bleeps 😂 love you really, heart people',
      why: 'affectionate banter between specialties',
    },
    {
      text: "Frustrated by the new parking charges for nights. I've written to the estates team and will post their reply.",
      why: 'frustration handled constructively',
    },
    { text: 'Sudden worst headache of their life? Think subarachnoid haemorrhage.', why: 'clinical phrase' },
    {
      text: "Frustrated that the discharge lounge is closing at weekends. I've raised it through the proper channels.",
      why: 'calm frustration, raised properly',
    },
    { text: 'Hate crime reporting has moved to a new portal: see the trust intranet.', why: '"hate crime" is a topic' },
    {
      text: 'I hate to say it, but the new coffee machine is actually good.',
      why: '"hate to say" is a figure of speech',
    },
    {
      text: 'RCEM data show corridor care is unacceptable and unsafe; we need capacity, not slogans.',
      why: 'sourced policy criticism',
    },
    {
      text: 'Patients told me the phrase "I\'m so angry" came up a lot in the survey.',
      why: 'reported speech in quotes',
    },
    { text: "I used to hate audit. Now it's the part of my job I'm proudest of.", why: 'a feeling that has passed' },
    {
      text: "What a decade in ED taught me: the worst nights are the ones you don't talk about.",
      why: 'reflective framing',
    },
    {
      text: "I hope you never need an ambulance, but if you do, here's how to help us find you quickly.",
      why: 'public-health advice, no scorn',
    },
  ],
  warn: [
    {
      text: 'Whoever blocked the ambulance bay: hope you never need one.',
      findings: [{ span: 'hope you never need', messageId: 'threat' }],
    },
    {
      text: "If one more relative asks me why it's taking so long I'm going to lose it.",
      findings: [
        { span: 'If one more relative asks', messageId: 'contempt' },
        { span: "I'm going to lose it", messageId: 'anger' },
      ],
    },
    {
      text: 'Ignorant, selfish idiot at reception today.',
      findings: [{ span: 'Ignorant, selfish idiot', messageId: 'contempt' }],
    },
    { text: 'Told to smile more by a visitor. Morons.', findings: [{ span: 'Morons.', messageId: 'contempt' }] },
    {
      text: "Leave cancelled for the third time. I'm absolutely livid.",
      findings: [{ span: "I'm absolutely livid", messageId: 'anger' }],
    },
    {
      text: 'Whoever approved this rota can go and jump.',
      findings: [{ span: 'can go and jump', messageId: 'anger' }],
    },
    {
      text: 'If one more manager says resilience I will not be responsible for my actions.',
      findings: [
        { span: 'If one more manager says', messageId: 'contempt' },
        { span: 'not be responsible for my actions', messageId: 'threat' },
      ],
    },
    {
      text: 'The whole exec team are an absolute shambles.',
      findings: [{ span: 'absolute shambles', messageId: 'contempt' }],
    },
    { text: 'Honestly, I hate this place now.', findings: [{ span: 'I hate', messageId: 'anger' }] },
    {
      text: 'Sick and tired of being told to do more with less.',
      findings: [{ span: 'Sick and tired of', messageId: 'anger' }],
    },
  ],
});
