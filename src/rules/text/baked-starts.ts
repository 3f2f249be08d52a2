/**
 * The pre-filter's phrase starts, worked out at build time (they took about 30 ms of every
 * service worker start). Bundles get this module filled in by scripts/bake-starts.ts: for each
 * lexicon, by its pattern id, phraseStarts of each of its phrases (null where there is none) and
 * a fingerprint of the phrases, so that a stale entry never applies. Without a bundler (tsx) it
 * stays empty and each start is worked out as its lexicon registers;
 * tests/engine/prefilter.test.ts holds the baked values to phraseStarts.
 */
export interface BakedLexicon {
  /** phrasesFingerprint of the phrases the starts were worked out from. */
  fingerprint: number;
  starts: ReadonlyArray<readonly string[] | null>;
}

export const BAKED_STARTS: ReadonlyMap<string, BakedLexicon> = new Map();
