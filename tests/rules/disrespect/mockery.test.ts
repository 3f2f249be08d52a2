import rule from '../../../src/rules/disrespect/mockery';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'The debate about physician associates should be about scope and supervision, not insults.',
      why: 'debates policy respectfully',
    },
    { text: 'Weight stigma stops people seeing their GP. Be kind.', why: 'criticises stigma' },
    { text: 'I hope you never have to go through what that family did.', why: 'sympathy, not a wish of harm' },
    { text: 'The pen is mightier than the sword, as my old tutor said.', why: 'no insult' },
    {
      text: 'Orthopaedic surgeons are brilliant at fixing hips and I learned loads on my rotation.',
      why: 'praise of a specialty',
    },
    { text: 'GPs are not lazy: most are doing 40 contacts a day.', why: 'defends a group' },
    {
      text: 'Typical Monday: 40 patients, two nurses and no beds. The team were brilliant.',
      why: "'typical' describes a day",
    },
    {
      text: "The managers are useless at telling us about rota changes; I've raised it at the staff forum.",
      why: 'criticises a process',
    },
  ],
  warn: [
    {
      text: 'Anaesthetists are glorified plumbers who think they run the hospital.',
      findings: [{ span: 'glorified plumbers', messageId: 'insult' }],
    },
    {
      text: 'Radiologists are knuckle-draggers with a dictaphone.',
      findings: [{ span: 'knuckle-draggers', messageId: 'insult' }],
    },
    {
      text: 'Typical surgeon: no idea how to manage a potassium of 6.',
      findings: [{ span: 'Typical surgeon: no idea', messageId: 'insult' }],
    },
    {
      text: 'Stick to the tea round, sweetheart, and leave the diagnosing to the real doctors.',
      findings: [
        { span: 'Stick to the tea round', messageId: 'insult' },
        { span: 'leave the diagnosing to the real doctors', messageId: 'insult' },
      ],
    },
    {
      text: 'The new F1s are precious little flowers who fold at the first busy take.',
      findings: [
        { span: 'precious little flowers', messageId: 'insult' },
        { span: 'fold at the first busy', messageId: 'insult' },
      ],
    },
    {
      text: "Medics couldn't find a DVT if it bit them.",
      findings: [{ span: "couldn't find a DVT if it bit", messageId: 'insult' }],
    },
    {
      text: 'If you eat like that and wonder why you are breathless, maybe put the fork down.',
      findings: [{ span: 'put the fork down', messageId: 'weight' }],
    },
    {
      text: 'Physician associates are just wannabe doctors in lanyards.',
      findings: [
        { span: 'wannabe doctors', messageId: 'insult' },
        { span: 'in lanyards', messageId: 'insult' },
      ],
    },
    {
      text: "Half the agency staff shouldn't be anywhere near patients.",
      findings: [{ span: "shouldn't be anywhere near patients", messageId: 'insult' }],
    },
    {
      text: 'To whoever kicked off at reception: I hope you wait all night.',
      findings: [{ span: 'I hope you wait', messageId: 'harmWish' }],
    },
    { text: 'Antivaxxers are snowflakes with wifi.', findings: [{ span: 'snowflakes', messageId: 'insult' }] },
  ],
});
