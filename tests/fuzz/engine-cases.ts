/**
 * Fuzz cases for the rule engine: drafts built from realistic and hostile pieces, and the
 * properties every check must keep. Shared by the normal test run (tests/engine/property.test.ts,
 * a few hundred cases) and `npm run fuzz` (scripts/fuzz.ts, 100,000 or more).
 *
 * Random strings alone almost never make a rule fire, so real posts from the labelled corpora are
 * mixed in: the hostile pieces then land inside sentences that rules are actually matching.
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DraftChecker, MAX_CHECK_LENGTH, type CheckResult } from '../../src/rules/engine/check';
import { CATEGORIES, PLATFORMS, type CheckInput, type EngineSettings } from '../../src/rules/types';

/** The labelled corpora live beside the checkout (../shared/corpora); FUZZ_CORPUS overrides. */
const CORPUS_DIR =
  process.env['FUZZ_CORPUS'] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora');

/** Sentences of every post in the corpora (dev set and the external sets). */
export function corpusSentences(dir = CORPUS_DIR): string[] {
  const files = [path.join(dir, 'dev.jsonl')];
  const external = path.join(dir, 'external');
  if (existsSync(external)) {
    for (const name of readdirSync(external).sort()) {
      if (name.endsWith('.jsonl')) files.push(path.join(external, name));
    }
  }
  const sentences: string[] = [];
  for (const file of files.filter((f) => existsSync(f))) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line) as { text: string };
      sentences.push(...text.split(/(?<=[.!?])\s+/).filter(Boolean));
    }
  }
  return sentences;
}

/** Stand-ins when the corpora are not beside the checkout, so the fuzz still runs (with less reach). */
const FALLBACK_SENTENCES = [
  'Chase the MRI for NHS no 463 030 8245 before the ward round.',
  'Mrs Patel in bed 4 on Kestrel Ward finally went home today.',
  'You should take 2 co-codamol 30/500 with a couple of pints, you will be fine.',
  'Our useless registrar is a complete idiot and should be struck off.',
  'So proud of my colleague who has just qualified. Legend!',
  'Use my code DOC20 for 20% off the supplements I recommend to all my patients.',
];

const SENTENCES = (() => {
  const found = corpusSentences();
  return found.length > 0 ? found : FALLBACK_SENTENCES;
})();

export const EMOJI = [
  '😀',
  '💪',
  '🍺',
  '👍🏿',
  '👩🏽‍⚕️', // ZWJ sequence with a skin tone and a variation selector
  '🤦🏼‍♂️',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇬🇧',
  '❤️',
  '1️⃣',
  '🏴󠁧󠁢󠁥󠁮󠁧󠁿', // England: a tag sequence of 7 astral characters
];
export const RTL = [
  'مرحبا بالعالم',
  'שלום עולם',
  '\u200F', // right-to-left mark
  '\u200E',
  '\u202E', // right-to-left override: "NHS" can be written backwards
  '\u202B',
  '\u202C',
  '\u2067',
  '\u2069',
  '٠١٢٣٤٥٦٧٨٩', // Arabic-Indic digits
  'NHS no \u202E5428 030 364\u202C',
];
export const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u034F'];
export const CONTROL = [
  '\u0000',
  '\u0007',
  '\u0008',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\t',
  '\v',
  '\f',
];
/** Halves of surrogate pairs on their own, and a pair in the wrong order. */
export const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800', '\uD83D'];
export const LOOKALIKES = [
  'ＮＨＳ', // fullwidth
  '𝐍𝐇𝐒', // mathematical bold: astral letters
  'NНS', // Cyrillic En
  'e\u0301',
  'Z̷̢̛a̴̡l̸g̵o̷',
  'İ',
  'ß',
  'ﬁ',
  '\u00A0',
  '\u3000',
  '\u2003',
  '“quoted”',
  '‘single’',
];
/** Fragments rules look for, so hostile pieces land next to words that matter. */
export const CLINICAL = [
  'NHS no ',
  'NHS number: ',
  'CHI ',
  'bed 4 ',
  'bay 3 ',
  'DOB ',
  'born 12/03/1987 ',
  ' Mrs ',
  'Dr ',
  '@nhs_doc ',
  '#NHS ',
  '. ',
  '!!!',
  '?!',
  '****',
  'FFS ',
  'stop the ',
  'you should take ',
  '500 mg ',
  'co-codamol 30/500 ',
  'Kestrel Ward ',
  '07700 900123 ',
  'SW1A 1AA ',
  'https://example.org/a?b=c ',
  '...',
  ' ',
  '  ',
];

/** A 10-digit number with the NHS mod-11 check digit (or a wrong one), in the formats people type. */
export const nhsLike: fc.Arbitrary<string> = fc
  .record({
    body: fc.integer({ min: 0, max: 999_999_999 }),
    valid: fc.boolean(),
    format: fc.constantFrom('spaced', 'hyphens', 'run', 'digits', 'digits-hyphen', 'zero-width'),
  })
  .map(({ body, valid, format }) => {
    const nine = String(body).padStart(9, '0');
    const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    const last = valid && check !== 10 ? String(check) : String((check + 3) % 10);
    const d = nine + last;
    switch (format) {
      case 'spaced':
        return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
      case 'hyphens':
        return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
      case 'digits':
        return [...d].join(' ');
      case 'digits-hyphen':
        return [...d].join(' - ');
      case 'zero-width':
        return [...d].join('\u200B');
      default:
        return d;
    }
  });

/** Long runs of digits (up to 2,000 or so), as in a pasted spreadsheet column. */
export const digitRun: fc.Arbitrary<string> = fc
  .tuple(fc.nat(), fc.integer({ min: 1, max: 200 }), fc.constantFrom('', ' ', ',', '\n'))
  .map(([n, times, sep]) => Array.from({ length: times }, () => String(n)).join(sep));

/** One huge word (up to 25,000 characters), made of letters, accents, emoji or zero-width joins. */
export const hugeWord: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('a', 'x7', 'Supercalifragilistic', 'NHS', 'é', '😀', 'ab\u200B', '\u0301', '\uD800'),
    fc.integer({ min: 50, max: 25_000 }),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

export const sentence: fc.Arbitrary<string> = fc.constantFrom(...SENTENCES);

/** One piece of a draft: mostly corpus sentences and hostile fragments, rarely something huge. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: sentence },
  { weight: 12, arbitrary: fc.constantFrom(...CLINICAL) },
  { weight: 6, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 4, arbitrary: fc.constantFrom(...RTL) },
  { weight: 4, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 4, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 3, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  { weight: 3, arbitrary: fc.constantFrom(...LOOKALIKES) },
  { weight: 6, arbitrary: nhsLike },
  { weight: 5, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: digitRun },
  { weight: 1, arbitrary: hugeWord },
);

const joined = (minLength: number, maxLength: number) =>
  fc
    .tuple(fc.array(piece, { minLength, maxLength }), fc.constantFrom('', ' ', '\n'))
    .map(([parts, sep]) => parts.join(sep));

/**
 * A draft to check. The size classes keep the average cost low enough for 100,000 cases while
 * still reaching the extremes: most drafts are post-sized, some are long, and a few straddle or
 * far exceed the engine's 20,000-character cut-off (checked up to there, up to 100,000 in all).
 */
export const draft: fc.Arbitrary<string> = fc.oneof(
  // A few pieces: a tweet or a comment.
  { weight: 1600, arbitrary: joined(0, 3) },
  // A LinkedIn post or a long Facebook one.
  { weight: 350, arbitrary: joined(3, 10) },
  // A pasted document.
  { weight: 40, arbitrary: joined(10, 40) },
  // Repeated to a target length between 15,000 and 100,000 characters.
  {
    weight: 2,
    arbitrary: fc
      .tuple(joined(1, 40), fc.integer({ min: 15_000, max: 100_000 }))
      .map(([base, length]) => (base || 'x').repeat(Math.ceil(length / (base || 'x').length)).slice(0, length)),
  },
  // An emoji (a surrogate pair) straddling the 20,000-character cut-off.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: -3, max: 3 }), fc.constantFrom(...EMOJI), joined(0, 6))
      .map(
        ([shift, emoji, tail]) =>
          `${'a '.repeat(MAX_CHECK_LENGTH)}`.slice(0, MAX_CHECK_LENGTH - 1 + shift) + emoji + tail,
      ),
  },
);

/** A small edit, as a keystroke, a paste or a deletion makes. */
export interface Edit {
  /** Where, as a fraction of the draft's length. */
  at: number;
  remove: number;
  insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 200 })),
  insert: fc.oneof(fc.constantFrom('', 'e', ' ', '.', '\n'), piece),
});

export function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

/** Settings a user might have: rules or categories off, their own identifying and ignored terms. */
export const settings: fc.Arbitrary<EngineSettings | undefined> = fc.option(
  fc.record(
    {
      categories: fc.dictionary(fc.constantFrom(...CATEGORIES), fc.record({ enabled: fc.boolean() })) as fc.Arbitrary<
        EngineSettings['categories']
      >,
      identifyingTerms: fc.array(fc.oneof(fc.constantFrom('Kestrel Ward', 'bay 3', 'Mrs', ''), fc.string()), {
        maxLength: 4,
      }),
      ignoreTerms: fc.array(fc.oneof(fc.constantFrom('bed 4', 'NHS', ' ', 'idiot'), fc.string()), { maxLength: 4 }),
    },
    { requiredKeys: [] },
  ),
  { freq: 4 },
);

export interface EngineCase {
  text: string;
  edit: Edit;
  platform: CheckInput['platform'];
  settings: EngineSettings | undefined;
}

export const engineCase: fc.Arbitrary<EngineCase> = fc.record({
  text: draft,
  edit,
  platform: fc.option(fc.constantFrom(...PLATFORMS), { nil: undefined }),
  settings,
});

/**
 * The bound on one check, in milliseconds. A 20,000-character draft of corpus posts takes about
 * 160 ms here (npm run bench); the bound leaves room for a machine shared by other jobs, and it
 * catches what matters: catastrophic regex backtracking takes seconds, not milliseconds.
 */
export const CASE_BUDGET_MS = Number(process.env['FUZZ_CASE_BUDGET_MS'] ?? 2_000);

/** What a fuzz run saw, for its report. */
export interface FuzzStats {
  /** Full checks run, and how many of them found something (so we know rules were firing). */
  checks: number;
  withFindings: number;
  /** Drafts longer than the 20,000-character cut-off. */
  truncated: number;
  /** The slowest full check, and the draft's first 200 characters (to time it again alone). */
  slowest: { ms: number; length: number; start: string };
}

export function newStats(): FuzzStats {
  return { checks: 0, withFindings: 0, truncated: 0, slowest: { ms: 0, length: 0, start: '' } };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True if a boundary at `at` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

/** Every span inside the checked part of the draft, not empty, not splitting a character. */
export function assertValidResult(text: string, result: CheckResult): void {
  // The engine cuts at 20,000 characters, one earlier if that would leave a high surrogate last.
  const cut = text.length > MAX_CHECK_LENGTH && isHigh(text.charCodeAt(MAX_CHECK_LENGTH - 1));
  const expectedLength = Math.min(text.length, MAX_CHECK_LENGTH) - (cut ? 1 : 0);
  assert.equal(result.checkedLength, expectedLength, 'checkedLength is the draft up to the cut-off');
  assert.equal(result.truncated, text.length > MAX_CHECK_LENGTH, 'truncated says whether the draft was cut');
  for (const f of result.findings) {
    const where = `${f.ruleId} [${f.start}, ${f.end})`;
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${where}: offsets are integers`);
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= result.checkedLength, `${where}: inside the checked text`);
    assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `${where}: splits a surrogate pair`);
    assert.ok(f.score >= 0.5 && f.score <= 1, `${where}: score ${f.score} in [0.5, 1]`);
    assert.ok(f.message.length > 0 && !f.message.includes('{{'), `${where}: message filled in`);
  }
}

/**
 * The properties of one case: no check throws, spans are valid, each full check stays within the
 * time bound, the answer is deterministic, and incremental checking equals checking afresh.
 *
 * Two full checks and two incremental ones cover all of that. Checker 1 checks the draft, then the
 * edited draft (incrementally); checker 2 checks the edited draft afresh, then the original
 * (incrementally, undoing the edit). Each incremental answer must equal the other checker's fresh
 * one. Every sentence the edit left alone was analysed separately by each checker, so the
 * comparisons are also a determinism check: the same text, analysed twice, gives the same answer.
 */
export function checkEngineCase(c: EngineCase, stats?: FuzzStats): void {
  const original = { text: c.text, platform: c.platform, settings: c.settings };
  const edited = { ...original, text: applyEdit(c.text, c.edit) };

  const first = new DraftChecker();
  const second = new DraftChecker();
  const freshOriginal = timed(() => first.check(original), original.text, stats);
  assertValidResult(original.text, freshOriginal);
  const incrementalEdited = first.check(edited);

  const freshEdited = timed(() => second.check(edited), edited.text, stats);
  assertValidResult(edited.text, freshEdited);
  assert.deepEqual(incrementalEdited, freshEdited, 'after an edit, the incremental check equals a fresh one');
  assert.deepEqual(second.check(original), freshOriginal, 'after undoing it too, and the answer is the same again');
}

function timed(run: () => CheckResult, text: string, stats?: FuzzStats): CheckResult {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  if (stats) {
    stats.checks++;
    if (result.findings.length > 0) stats.withFindings++;
    if (result.truncated) stats.truncated++;
    if (ms > stats.slowest.ms) stats.slowest = { ms, length: text.length, start: text.slice(0, 200) };
  }
  assert.ok(ms < CASE_BUDGET_MS, `one check took ${Math.round(ms)} ms (bound ${CASE_BUDGET_MS} ms)`);
  return result;
}
