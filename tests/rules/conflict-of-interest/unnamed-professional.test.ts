import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/conflict-of-interest/unnamed-professional';
import { DraftChecker } from '../../../src/rules/engine/check';
import type { AuthorProfile } from '../../../src/rules/types';
import { ruleTester } from '../rule-tester';

// Without a profile the rule speaks only when the draft itself says it is anonymous.
ruleTester(rule, {
  pass: [
    { text: 'As a GP, I can tell you the waiting lists are a scandal.', why: 'profile not set: never a guess' },
    { text: 'I’m an A&E consultant and the corridors are full again.', why: 'profile not set' },
    {
      text: 'Anon account, obviously. As a doctor told me once, never trust a quiet ward.',
      why: 'someone else was the doctor',
    },
    { text: 'Posting anonymously: I’m a doctor’s daughter and the ward was wonderful.', why: 'a possessive' },
    { text: 'On my anon account: my husband, as a doctor, says the jab is fine.', why: 'a third person' },
    { text: 'Burner account. I’m not a doctor but this looks wrong.', why: 'negated' },
    { text: 'Anon account. I’m a management consultant and NHS IT is a mess.', why: 'not a health profession' },
    {
      text: 'Anonymous account, but I’m Dr Priya Shah, a GP in Leeds, and as a GP I see this daily.',
      why: 'the draft names its author',
    },
    { text: 'Anonymous account here. Book in with your GP practice if it persists.', why: 'no self-identification' },
  ],
  warn: [
    {
      text: 'Posting this from my anon account, but as an A&E consultant I can tell you the corridors are full.',
      findings: [{ span: 'as an A&E consultant', messageId: 'anonymousInDraft' }],
    },
    {
      text: 'I’m a GP and I won’t give my real name, but the waiting lists are a scandal.',
      findings: [{ span: 'I’m a GP', messageId: 'anonymousInDraft' }],
    },
    {
      text: 'Staying anonymous for obvious reasons. Speaking as a retired nurse, this is nonsense. As a nurse, I know.',
      findings: [{ span: 'as a retired nurse', messageId: 'anonymousInDraft' }],
    },
  ],
});

const check = (text: string, author?: AuthorProfile) =>
  new DraftChecker([rule]).check({ text, platform: 'x', settings: author ? { author } : {} }).findings;
const spans = (text: string, author?: AuthorProfile) => check(text, author).map((f) => text.slice(f.start, f.end));

describe('conflict-of-interest/unnamed-professional with a profile', () => {
  const pseudonymous: AuthorProfile = { name: 'nightshiftdoc', postsUnderOwnName: false };
  const named: AuthorProfile = { name: 'Dr Priya Shah', postsUnderOwnName: true };

  it.each([
    ['As a GP, I can tell you the waiting lists are a scandal.', 'As a GP'],
    ['I’m an A&E consultant and the corridors are full again.', 'I’m an A&E consultant'],
    ['Doctor here: the flu jab is safe and it matters.', 'Doctor here'],
    ['I’ve been a paediatric nurse for 20 years and this advice is wrong.', 'I’ve been a paediatric nurse'],
    ['I write this as a junior doctor on my fourth night shift.', 'as a junior doctor'],
    ['As doctors, we must speak up about corridor care.', 'As doctors, we'],
    ['I trained as a GP in Leeds before moving south.', 'I trained as a GP'],
  ])('notes "%s" from an account not in the user’s name', (text, span) => {
    expect(spans(text, pseudonymous)).toEqual([span]);
  });

  it.each([
    ['Waiting lists are a scandal and everyone knows it.', 'no self-identification'],
    ['My GP practice is brilliant, credit where it’s due.', 'a patient speaking'],
    ['I’m a GP patient and the app is great.', 'a patient of a GP'],
    ['She works as a nurse on the stroke unit.', 'someone else'],
    ['I’m Dr Priya Shah, and as a GP I see this daily.', 'named in the draft'],
  ])('says nothing on "%s" (%s)', (text) => {
    expect(spans(text, pseudonymous)).toEqual([]);
  });

  it('never speaks when the account is in the user’s own name, even if the draft says it is anonymous', () => {
    expect(spans('As a GP, I can tell you the waiting lists are a scandal.', named)).toEqual([]);
    expect(spans('Anon account, but as an A&E consultant: the corridors are full.', named)).toEqual([]);
  });

  it('notes once per draft, as information only, naming the platform and the profession and offering a wording', () => {
    const [finding, ...rest] = check('As a GP, I see this daily. As a GP, I am tired of it.', pseudonymous);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toContain('You say here that you are a GP');
    expect(finding?.message).toContain('your X account is not in your own name');
    expect(finding?.suggestion).toBe('I’m [your name], a GP');
    expect(finding?.guidance[0]).toBe('gmc-social-media-2024-p8');
  });

  it('follows the profile from one check to the next on the same draft (the options page changed it)', () => {
    const checker = new DraftChecker([rule]);
    const text = 'As a GP, I can tell you the waiting lists are a scandal.';
    expect(checker.check({ text, platform: 'x', settings: {} }).findings).toEqual([]);
    expect(checker.check({ text, platform: 'x', settings: { author: pseudonymous } }).findings).toHaveLength(1);
    expect(checker.check({ text, platform: 'x', settings: { author: named } }).findings).toEqual([]);
  });
});
