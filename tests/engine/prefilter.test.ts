/**
 * The lexicon pre-filter may only skip a lexicon that cannot match: checked against the regexes
 * themselves on every corpus post and on random text built from the lexicons' own words.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../src/rules/registry';
import { normalize } from '../../src/rules/text/normalize';
import { registeredPatterns } from '../../src/rules/text/patterns';
import { BAKED_STARTS } from '../../src/rules/text/baked-starts';
import {
  PrefixIndex,
  lexiconHits,
  lexiconId,
  literalPrefixes,
  phraseStarts,
  phrasesFingerprint,
} from '../../src/rules/text/prefilter';

const lexicons = registeredPatterns().filter((p) => p.lexicon);
const gated = lexicons.filter((p) => lexiconId(p.re) !== undefined);

/** Lexicons whose regex matches `text` although the pre-filter would skip them. */
function unsoundSkips(text: string): string[] {
  const { folded, plain } = normalize(text);
  return [folded, plain].flatMap((view) => {
    const { ids } = lexiconHits(view);
    return gated
      .filter((p) => {
        if (ids.has(lexiconId(p.re)!)) return false;
        p.re.lastIndex = 0;
        return p.re.test(view);
      })
      .map((p) => (view === folded ? p.id : `${p.id} (plain)`));
  });
}

describe('literalPrefixes', () => {
  it.each([
    ['bay[\\s-]+(?:one|two)', ['bay\u0001one', 'bay\u0001two']],
    ['(?:the[\\s-]+)?mayor', ['mayor', 'the\u0001mayor']],
    ['spastics?', ['spastic', 'spastics']],
    ['(?:a|)b', ['ab', 'b']],
    ['so-called', ['so-called']],
    ["['‘](?:she|he)['’]", ["'she'", "'she’", "'he'", "'he’", "‘she'", '‘she’', "‘he'", '‘he’']],
    ['\\d{1,2}[\\s-]?%', [...'0123456789']],
  ])('%s starts with one of %j', (fragment, expected) => {
    expect(literalPrefixes(fragment)?.sort()).toEqual([...expected].sort());
  });

  it.each(['[a-z]{3,20}itis', '(?:\\w+|\\d+) free', '(?!not)good', '(?:a|)', 'éclair'])(
    '%s has no literal start, so its lexicon always runs',
    (fragment) => {
      expect(literalPrefixes(fragment)).toBeUndefined();
    },
  );
});

describe('phraseStarts of plain words (the fast path)', () => {
  const plainPhrases = registeredPatterns()
    .flatMap((p) => p.lexicon?.phrases ?? [])
    .filter((fragment) => fragment.split('[\\s-]+').every((word) => /^[a-z0-9'&,]+$/i.test(word)));
  // Wrapped in a group, a phrase goes through the general scan instead.
  const general = (fragment: string) => phraseStarts(`(?:${fragment})`);

  it('covers the plain phrases of the lexicons', () => {
    expect(plainPhrases.length).toBeGreaterThan(500);
  });

  it('gives every plain phrase the start the general scan gives it', () => {
    const differing = plainPhrases.filter((f) => JSON.stringify(phraseStarts(f)) !== JSON.stringify(general(f)));
    expect(differing).toEqual([]);
  });

  it('agrees with the general scan on random plain phrases', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9'&,]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const fragment = words.join('[\\s-]+');
        expect(phraseStarts(fragment)).toEqual(general(fragment));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('phrase starts baked in at build time (vitest bakes them as the build does)', () => {
  const lexicons = registeredPatterns().filter((p) => p.lexicon);

  it('has an entry for every lexicon, made from its phrases as they are now', () => {
    expect(new Set(lexicons.map((p) => p.id)).size).toBe(lexicons.length);
    for (const { id, lexicon } of lexicons) {
      expect(BAKED_STARTS.get(id)?.fingerprint, id).toBe(phrasesFingerprint(lexicon!.phrases));
    }
  });

  it('fingerprints tell apart phrases of the same size and the same phrases regrouped', () => {
    const print = phrasesFingerprint;
    expect(print(['colour'])).not.toBe(print(['colors']));
    expect(print(['ab', 'c'])).not.toBe(print(['a', 'bc']));
    expect(print(['a', 'b'])).not.toBe(print(['b', 'a']));
    expect(print(['district[\\s-]+nurse'])).toBe(print(['district[\\s-]+nurse']));
  });

  it('holds exactly what phraseStarts gives for every phrase', () => {
    for (const { id, lexicon } of lexicons) {
      const worked = lexicon!.phrases.map((phrase) => phraseStarts(phrase) ?? null);
      expect(BAKED_STARTS.get(id)?.starts, id).toEqual(worked);
    }
  });
});

describe('lexicon pre-filter', () => {
  it('covers nearly every lexicon (the ones it cannot are listed here on purpose)', () => {
    const always = lexicons.filter((p) => lexiconId(p.re) === undefined).map((p) => p.id);
    expect(always.sort()).toEqual(['conflict-of-interest.deal', 'pi-clinical-context']);
  });

  it('never skips a lexicon that matches a corpus post', () => {
    const dir = '../shared/corpora';
    const files = [
      `${dir}/dev.jsonl`,
      ...readdirSync(`${dir}/external`)
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => `${dir}/external/${f}`),
      'tests/corpus/challenge-a.jsonl',
      'tests/corpus/challenge-b.jsonl',
    ];
    const failures: string[] = [];
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        for (const lexicon of unsoundSkips(text)) failures.push(`${id}: ${lexicon}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('never skips a lexicon that matches random text made of the lexicons own words', () => {
    const words = [...new Set(lexicons.flatMap((p) => p.lexicon!.phrases.join(' ').match(/[a-z']{2,}/g) ?? []))];
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...words) },
      { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '-', '  ', ' - ', '\t', '\u00a0', "'", '’', ', ') },
      { weight: 1, arbitrary: fc.constantFrom('ſ', '\u212A', 'İ', 'É', 'x', '4', '😀', '\u200b', '.', 'Mr ') },
      { weight: 1, arbitrary: fc.constantFrom(...words).map((w) => w.toUpperCase()) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        expect(unsoundSkips(pieces.join(''))).toEqual([]);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    );
  }, 60_000);

  it('finds prefixes with characters outside the BMP (an emoji is two UTF-16 units)', () => {
    const index = new PrefixIndex();
    index.add(7, [literalPrefixes('\u{1F621} again')![0]!]);
    expect([...index.hits('so \u{1F621} again')]).toEqual([7]);
    // A quantifier after an emoji makes the whole emoji optional, not half of it.
    expect(literalPrefixes('\u{1F621}?x')?.sort()).toEqual(['x', '\u{1F621}x'].sort());
  });

  it('needs a word boundary after a whole phrase, as the phrase regex does', () => {
    const index = new PrefixIndex();
    index.add(1, phraseStarts('son')!);
    expect(index.hits('sonography was fine').size).toBe(0);
    expect([...index.hits('my son, 12, was fine')]).toEqual([1]);
    expect([...index.hits('son')]).toEqual([1]);
    // Cut at ten characters, so no boundary may be assumed after it.
    expect(phraseStarts('reflections?')).toEqual(['reflection']);
  });

  it('skips most lexicons on an ordinary sentence', () => {
    const { ids } = lexiconHits(normalize('Lovely teaching session on the unit today, thanks all').folded);
    expect(ids.size).toBeLessThan(gated.length / 4);
  });
});
