import rule from '../../../src/rules/advice/discourage-care';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Got symptoms? Don’t wait for your screening invite, see your GP.', why: 'sends people towards care' },
    { text: 'Walk-in flu clinic on Saturday morning, no need to book.', why: 'no booking needed, not skipping care' },
    {
      text: 'Not an emergency? Don’t go to A&E, call 111 or use 111 online first.',
      why: 'redirects to the right service',
    },
    {
      text: 'Please don’t ignore a lump. Don’t wait for your next appointment, ring the practice.',
      why: 'urges earlier contact',
    },
    {
      text: 'No need for antibiotics for most sore throats: they get better on their own (NHS).',
      why: 'general public-health information, not said to one person',
    },
  ],
  warn: [
    {
      text: '@amy_k honestly no need to get it checked, it’ll settle',
      findings: [{ span: 'no need to get it checked', messageId: 'discourageCare' }],
    },
    {
      text: 'Don’t bother with the GP for that, they’ll just fob you off.',
      findings: [{ span: 'Don’t bother with the GP', messageId: 'discourageCare' }],
    },
    {
      text: '@gaz_w nah I’d give it a couple of weeks before seeing anyone',
      findings: [{ span: 'give it a couple of weeks before seeing anyone', messageId: 'discourageCare' }],
    },
    {
      text: '@lisa_j you don’t need the flu jab if you had covid this year',
      findings: [{ span: 'you don’t need the flu jab', messageId: 'discourageCare' }],
    },
    {
      text: "Honestly, don't bother starting the HRT your GP gave you, it's more hassle than it's worth.",
      findings: [{ span: "don't bother starting the HRT", messageId: 'skipMedicine' }],
    },
    {
      text: "@jen_b no need for the antibiotics, it'll clear on its own x",
      findings: [{ span: 'no need for the antibiotics', messageId: 'skipMedicine' }],
    },
  ],
});
