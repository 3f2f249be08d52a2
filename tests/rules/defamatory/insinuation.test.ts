import rule from '../../../src/rules/defamatory/insinuation';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Everyone knows Sister Okafor is the kindest nurse on the unit 💙',
      why: 'praise, with no hint of wrongdoing',
    },
    { text: 'Is it normal to drink six coffees before 10am? Asking for a friend 😅', why: 'a joke with no target' },
    {
      text: 'Not saying the new rota is perfect, but our registrars have made it work brilliantly.',
      why: 'a disavowal with no hint of wrongdoing',
    },
    { text: 'Funny how the sun always comes out on my nights off 🙃', why: 'no identifiable target' },
    {
      text: "Interesting that the CQC's State of Care report shows the same access gap again. Worth a read.",
      why: 'sourced commentary, no one accused',
    },
    {
      text: 'Best neonatal unit in the region? *cough* Westmoor General *cough* 💙',
      why: 'a mock cough with praise, no hint of wrongdoing',
    },
  ],
  warn: [
    {
      text: 'Not saying the practice manager at Elm Tree Surgery fiddled the QOF figures, but draw your own conclusions.',
      findings: [
        {
          span: 'Not saying the practice manager at Elm Tree Surgery fiddled the QOF figures',
          messageId: 'insinuation',
        },
        { span: 'draw your own conclusions', messageId: 'insinuation' },
      ],
    },
    {
      text: 'Why do all the complaints about Dr Harlow somehow disappear? Asking for a friend 🤔',
      findings: [{ span: 'Asking for a friend', messageId: 'insinuation' }],
    },
    {
      text: 'Interesting that our new deputy director got the post a week after her husband joined the board. Funny how these things work out.',
      findings: [
        { span: 'Interesting that', messageId: 'insinuation' },
        { span: 'Funny how these things work out', messageId: 'insinuation' },
      ],
    },
    {
      text: 'The audit figures at Holmwood Hospital changed the night before the CQC visit. Make of that what you will.',
      findings: [{ span: 'Make of that what you will', messageId: 'insinuation' }],
    },
    {
      text: 'Which trust round here massages its cancer waits? *cough* Westmoor General *cough*',
      findings: [{ span: '*cough*', messageId: 'insinuation' }],
    },
    {
      text: "Dr Pryce at Hillview Surgery is on the take, I'd bet money on it.",
      findings: [{ span: "I'd bet money on it", messageId: 'insinuation' }],
    },
  ],
});
