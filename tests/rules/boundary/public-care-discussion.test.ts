import { describe, expect, it } from 'vitest';
import { DraftChecker } from '../../../src/rules/engine/check';
import rule from '../../../src/rules/boundary/public-care-discussion';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Hi Jan, thanks for your message. I can’t discuss individual care on here, but please ring the surgery.',
      why: 'declines to discuss care and signposts',
    },
    {
      text: 'Had my own bloods done today, all back normal. Practise what you preach!',
      why: 'the author’s own results',
    },
    {
      text: 'Thank you Ray for letting us share your story, shared with his written consent. Your scans are all clear now!',
      why: 'consent stated',
    },
    {
      text: 'Hi everyone, your cervical screening results will be sent by letter within 2 weeks.',
      why: 'service information to everyone',
    },
    {
      text: 'Well done Priya on passing your exams! Results day is always nerve-racking.',
      why: 'not clinical results',
    },
    {
      text: "To everyone at Oak Lane: from Monday I'm your practice nurse, so come and say hi at the flu clinic!",
      why: 'an announcement to everyone, not a reply to one patient',
    },
  ],
  warn: [
    {
      text: '@rob_t88 good to see you in clinic this morning! Your scan was all clear 👍',
      findings: [
        { span: 'good to see you in clinic this morning', messageId: 'publicResult' },
        { span: 'Your scan was all clear', messageId: 'publicResult' },
      ],
    },
    {
      text: 'Jo, as your GP I’d say the rash is nothing to worry about.',
      findings: [{ span: 'as your GP', messageId: 'asYourClinician' }],
    },
    {
      text: "@lou_k88 brilliant to see you walking without the crutches! Still can't believe I'm your physio and your netball captain 😂",
      findings: [{ span: "I'm your physio", messageId: 'asYourClinician' }],
    },
  ],
});

describe('state between checks', () => {
  it('gives the same findings however often and after whatever the checker has seen', () => {
    const text = 'Replying to scan showed what we talked about';
    const checker = new DraftChecker([rule]);
    const first = checker.check({ text }).findings;
    checker.check({ text: 'Lovely to see you in clinic today, what we talked about still stands' });
    checker.check({ text });
    expect(checker.check({ text }).findings).toEqual(first);
    expect(new DraftChecker([rule]).check({ text }).findings).toEqual(first);
  });
});
