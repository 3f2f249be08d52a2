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
  ],
  warn: [
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
