import rule from '../../../src/rules/patient-identifier/jigsaw';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Baby clinic every Tuesday 10-12 at Ashcombe Medical Centre, Orchard Road. Weigh-ins and advice.',
      why: 'a practice notice: places and times, but nobody described',
    },
    {
      text: 'Girls and boys in Year 9 are offered the MenACWY jab at school. Missed it? They can have it until their 25th birthday. Source: NHS.',
      why: 'public-health information: a school year and an age limit for everyone',
    },
    {
      text: 'Teaching case (details changed): a man in his 50s with crushing chest pain and a normal first troponin.',
      why: 'anonymised, with an age band',
    },
    {
      text: 'What are the options for a 63-year-old woman with Huntington disease?',
      why: 'age, sex and condition but nothing that locates her',
    },
    {
      text: 'Delighted to be presenting at the conference on 14 May in Harrogate, board 12!',
      why: 'no patient or care',
    },
    {
      text: 'Five years ago today I was diagnosed with lymphoma. I was 41 and a GP in Skipton.',
      why: "the author's own story, with no other person's care",
    },
    { text: 'Treated a 72yo man from Leeds with pneumonia.', why: 'a large city and common illness are not enough' },
  ],
  warn: [
    {
      text: 'Saw a 27yo farmer from Much Wenlock with leptospirosis today.',
      findings: [
        { span: '27yo', messageId: 'jigsaw' },
        { span: 'farmer', messageId: 'jigsaw' },
        { span: 'Much Wenlock', messageId: 'jigsaw' },
        { span: 'today', messageId: 'jigsaw' },
      ],
    },
    {
      text: "Treated my next-door neighbour's wife in resus tonight, stroke at 52.",
      findings: [
        { span: "my next-door neighbour's wife", messageId: 'jigsaw' },
        { span: 'tonight', messageId: 'jigsaw' },
        { span: '52', messageId: 'jigsaw' },
      ],
    },
    {
      text: 'A certain Premier League striker came into majors last night with a broken ankle 👀',
      findings: [
        { span: 'A certain', messageId: 'jigsaw' },
        { span: 'last night', messageId: 'jigsaw' },
      ],
    },
  ],
});
