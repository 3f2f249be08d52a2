/**
 * DocumentView.lexiconInJoined answers "does this lexicon match the sentences joined by line
 * breaks?" mostly from per-sentence caches. It must always say what testing the joined text says:
 * checked here for every lexicon, on every corpus post and on random drafts whose sentence breaks
 * fall inside the lexicons' own phrases.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/rules/engine/check';
import { DocumentView, SentenceView } from '../../src/rules/engine/document';
import '../../src/rules/registry';
import { segment } from '../../src/rules/text/segment';
import { registeredPatterns } from '../../src/rules/text/patterns';
import { joinSafe } from '../../src/rules/text/prefilter';

const lexicons = registeredPatterns().filter((p) => p.lexicon);

function docOf(text: string): DocumentView {
  const sentences = segment(text).map(({ start, end }) => ({
    start,
    end,
    view: new SentenceView(text.slice(start, end)),
  }));
  return new DocumentView(text, sentences, undefined, {});
}

const test = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
};

/** Matches found only across a line break, by lexicon: the case the per-sentence answer must not miss. */
let crossingOnly = 0;

/** The lexicons whose answer differs from testing the joined text. */
function disagreements(text: string): string[] {
  const doc = docOf(text);
  const joined = doc.sentences.map((s) => s.view.norm.folded).join('\n');
  return lexicons
    .filter((p) => {
      const expected = test(p.re, joined);
      if (expected && !doc.sentences.some((s) => test(p.re, s.view.norm.folded))) crossingOnly++;
      return doc.lexiconInJoined(p.id, p.re) !== expected;
    })
    .map((p) => p.id);
}

const corpusPosts = (): string[] => {
  const files = [
    '../shared/corpora/dev.jsonl',
    ...readdirSync('../shared/corpora/external')
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => `../shared/corpora/external/${f}`),
    'tests/corpus/challenge-a.jsonl',
    'tests/corpus/challenge-b.jsonl',
  ];
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
};

describe('a lexicon in the sentences joined by line breaks', () => {
  it('most lexicons can be answered sentence by sentence', () => {
    expect(lexicons.filter((p) => joinSafe(p.re)).length).toBeGreaterThan(lexicons.length / 2);
  });

  it('agrees with testing the joined text on every corpus post, for every lexicon', () => {
    const failures: string[] = [];
    for (const post of corpusPosts()) {
      const differing = disagreements(post);
      if (differing.length) failures.push(`${differing.join(', ')}: ${post.slice(0, 80)}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('agrees on random drafts whose sentence breaks fall inside phrases', () => {
    crossingOnly = 0;
    const words = [...new Set(lexicons.flatMap((p) => p.lexicon!.phrases.join(' ').match(/[a-z']{2,}/g) ?? []))];
    // Whole phrases of plain words, their gaps sometimes a line break (which starts a new
    // sentence): matches that exist only across sentences.
    const plainPhrases = lexicons
      .flatMap((p) => p.lexicon!.phrases)
      .map((f) => f.split('[\\s-]+'))
      .filter((ws) => ws.length > 1 && ws.every((w) => /^[a-z0-9']+$/.test(w)));
    const gap = fc.constantFrom(' ', ' ', '\n', ' \n', '\n\n', '-');
    const phrase = fc
      .tuple(fc.constantFrom(...plainPhrases), fc.array(gap, { minLength: 8, maxLength: 8 }))
      .map(([ws, gaps]) => ws.map((w, i) => (i === 0 ? w : `${gaps[i % gaps.length]}${w}`)).join(''));
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...words) },
      { weight: 3, arbitrary: phrase },
      { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '-', '  ', ', ') },
      // Sentence breaks: the segmenter splits at these.
      { weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', '. ', '! ', '? ', '.\n', ' \n ', ':\n') },
      { weight: 1, arbitrary: fc.constantFrom(...words).map((w) => w.toUpperCase()) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(disagreements(pieces.join(''))).toEqual([]);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    );
    // The drafts did exercise matches that exist only across a sentence break.
    expect(crossingOnly).toBeGreaterThan(10);
  }, 60_000);

  it('still sees a declaration that runs across a line break (no undeclared-promotion warning)', () => {
    const promo = 'My go-to for eczema is DermaCalm cream. Use code DRKATE15 for 15% off!';
    const split = `${promo}\nFull disclosure: I am a paid\nadviser to the company.`;
    const doc = docOf(split);
    expect(doc.sentences.length).toBeGreaterThan(2); // the line break does split the sentence
    expect(check({ text: promo }).findings.some((f) => f.ruleId === 'conflict-of-interest/undeclared-promotion')).toBe(
      true,
    );
    expect(check({ text: split }).findings.some((f) => f.ruleId === 'conflict-of-interest/undeclared-promotion')).toBe(
      false,
    );
  });
});
