import rule from '../../../src/rules/disrespect/prejudice';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Our Polish and Filipino colleagues are always the first to offer extra shifts. Grateful.',
      why: 'a positive generalisation',
    },
    {
      text: 'Black women are four times more likely to die in pregnancy (MBRRACE-UK). We must do better.',
      why: 'reports evidence about inequality',
    },
    { text: 'Proud of our internationally recruited nurses: 96% passed their OSCE first time.', why: 'praise' },
    { text: 'Hereditary spastic paraplegia clinic moves to Tuesdays.', why: 'a clinical term' },
    { text: 'Quick fag break then back to the ward (I know, I know).', why: 'British slang for a cigarette' },
    { text: 'Polish interpreters are available 24/7 via the language line.', why: 'a service, no generalisation' },
    {
      text: 'Lovely Romanian family on the ward today. They brought the whole team baklava.',
      why: 'praise carried by the pronoun',
    },
    { text: 'Our gender clinic waiting list is five years. Trans patients deserve better.', why: 'advocacy' },
  ],
  warn: [
    {
      text: 'Got a Romanian family in resus again. They all expect us to do everything for free.',
      findings: [{ span: 'expect us to do everything for free', messageId: 'generalisation' }],
    },
    {
      text: 'A bloke in a dress kicking off on the female ward.',
      findings: [{ span: 'bloke in a dress', messageId: 'identity' }],
    },
    {
      text: "Trans patient in clinic insisting we call him 'she'. Sure thing \ud83d\ude44",
      findings: [{ span: "insisting we call him 'she'", messageId: 'identity' }],
    },
    {
      text: 'Half the overseas nurses need babysitting for months.',
      findings: [{ span: 'overseas nurses need babysitting', messageId: 'generalisation' }],
    },
    {
      text: 'The Bulgarian porters are always lazy, every single shift.',
      findings: [{ span: 'Bulgarian porters are always', messageId: 'generalisation' }],
    },
    {
      text: 'Had a "they/them" on the ward today, cue the pronoun police.',
      findings: [
        { span: 'a "they/them"', messageId: 'identity' },
        { span: 'pronoun police', messageId: 'identity' },
      ],
    },
    { text: 'Stop acting like a retard, it is a simple rota.', findings: [{ span: 'retard', messageId: 'slur' }] },
    {
      text: 'Patients from that estate never turn up and never speak English.',
      findings: [{ span: 'Patients from that estate never', messageId: 'generalisation' }],
    },
  ],
});
