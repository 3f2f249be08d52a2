/**
 * Any string a user can paste: the engine never throws, keeps spans inside the text, gives the
 * same answer twice and finishes in bounded time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, DraftChecker } from '../../src/rules/engine/check';

/** Runs of characters that stress text handling: emoji, RTL, zero-width, controls, lone surrogates. */
const awkward = fc.constantFrom(
  '😀',
  '👩🏽‍⚕️',
  '🇬🇧',
  '\u200B',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u202E',
  'مرحبا',
  'שלום',
  '\u0000',
  '\u0007',
  '\r\n',
  '\n',
  '\t',
  '\uD800',
  '\uDC00',
  'İ',
  'ß',
  'NHS no ',
  'bed 4 ',
  'DOB ',
  '07700 900',
  ' Mrs ',
  '@',
  '#',
  '. ',
  '!!!',
  '****',
  'FFS ',
  'stop the ',
  '0',
  '9',
  '1',
  ' ',
);
const draft = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(awkward, { maxLength: 200 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(fc.string({ maxLength: 12 }), awkward), { maxLength: 120 }).map((parts) => parts.join(' ')),
);

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('engine properties', () => {
  it('never throws, keeps spans inside the draft and answers the same twice', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const first = check({ text }).findings;
        for (const f of first) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
        expect(check({ text }).findings).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('agrees with a fresh check after any sequence of edits (incremental = from scratch)', () => {
    fc.assert(
      fc.property(fc.array(draft, { minLength: 2, maxLength: 5 }), (versions) => {
        const checker = new DraftChecker();
        for (const text of versions) expect(checker.check({ text })).toEqual(check({ text }));
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });

  it.each([
    ['10,000 digits in a row', '7'.repeat(10_000)],
    ['a 100,000-character single word', 'a'.repeat(100_000)],
    ['100,000 characters of emoji', '😀'.repeat(50_000)],
    ['100,000 characters of zero-width joins', 'ab\u200B'.repeat(33_333)],
    ['spaced digits for 100,000 characters', '1 '.repeat(50_000)],
    ['alternating capitals and punctuation', 'NHS! bed 4. '.repeat(8_000)],
    ['lone surrogates', '\uD800a\uDC00'.repeat(30_000)],
  ])('stays within 250 ms on %s', (_, text) => {
    check({ text: 'warm up' });
    const started = performance.now();
    const result = check({ text });
    const elapsed = performance.now() - started;
    for (const f of result.findings) expect(f.end).toBeLessThanOrEqual(text.length);
    // Generous under parallel test load; `npm run bench` measures the real figures.
    expect(elapsed).toBeLessThan(Number(process.env.LONG_INPUT_BUDGET_MS ?? 1000));
  });
});
