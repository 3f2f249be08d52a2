import { describe, expect, it } from 'vitest';
import { DraftChecker } from '../../../src/rules/engine/check';
import jigsaw from '../../../src/rules/patient-identifier/jigsaw';
import rule from '../../../src/rules/patient-identifier/custom-term';
import { ruleTester } from '../rule-tester';

// Without settings only the built-in local hospital nicknames apply.
ruleTester(rule, {
  pass: [
    {
      text: 'Our falls work followed the Royal College of Physicians bundle and cut inpatient falls on three wards.',
      why: '"the Royal" is part of a longer proper name',
    },
    { text: 'Sepsis awareness for the general public: look out for mottled skin.', why: 'the ordinary word "general"' },
    { text: 'Lovely sunny day at work today.', why: 'nothing identifying' },
    { text: 'The Royal College of Nursing has published new guidance.', why: 'no patient care in the draft' },
  ],
  warn: [
    {
      text: 'Admitted to the Infirmary last night with a stroke at 52.',
      findings: [{ span: 'the Infirmary', messageId: 'customTerm' }],
    },
  ],
});

describe('patient-identifier/custom-term with settings.identifyingTerms', () => {
  const settings = { identifyingTerms: ['Bramblewood', 'Heron Ward'] };
  const run = (text: string) =>
    new DraftChecker([rule]).check({ text, settings }).findings.map((f) => text.slice(f.start, f.end));

  it('flags a listed term in a post about a patient', () => {
    expect(run('Lovely lady on heron ward went home today after her hip op')).toEqual(['heron ward']);
  });

  it('ignores listed terms when no patient care is discussed', () => {
    expect(run('Bramblewood staff awards night was brilliant 🎉')).toEqual([]);
  });

  it('does not match inside longer words', () => {
    expect(run('Bramblewoodshire patients were discharged early')).toEqual([]);
  });

  it('counts a listed term as a place in the jigsaw score', () => {
    const text = 'A 44yo woman seen at bramblewood today with sepsis.';
    const withTerm = new DraftChecker([jigsaw]).check({ text, settings }).findings;
    const without = new DraftChecker([jigsaw]).check({ text }).findings;
    expect(without).toEqual([]);
    expect(withTerm.map((f) => text.slice(f.start, f.end))).toContain('bramblewood');
  });
});
