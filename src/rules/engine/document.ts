/**
 * What a rule sees: the draft split into sentences, each with normalised text, a lazy parse
 * and a memo that survives across checks while the sentence's text is unchanged.
 */
import { normalize, type NormalizedText } from '../text/normalize';
import { joinSafe, lexiconHits, lexiconId, prefixMayRunPastEnd, type LexiconHits } from '../text/prefilter';
import { parse, type Parse } from './nlp';
import type { EngineSettings, Platform, Span } from '../types';

export class SentenceView {
  readonly norm: NormalizedText;
  private readonly memos = new Map<string, unknown>();
  // Keyed by the RegExp object itself: no string building on the hot path.
  private readonly foldedMatches = new Map<RegExp, readonly SentenceMatch[]>();
  private readonly plainMatches = new Map<RegExp, readonly SentenceMatch[]>();
  private foldedHits: LexiconHits | undefined;
  private plainHits: LexiconHits | undefined;

  constructor(readonly text: string) {
    this.norm = normalize(text);
  }

  /**
   * Caches `compute` for this sentence under `key`. Results must be sentence-relative and must
   * not depend on anything outside the sentence (the cache outlives one check).
   */
  memo<T>(key: string, compute: (sentence: SentenceView) => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    return value;
  }

  /** compromise's parse of `norm.plain`, shared by all rules. */
  get parse(): Parse {
    return this.memo('nlp.parse', (s) => parse(s.norm.plain));
  }

  /** Every match of `re` (a global regex) in the folded or plain text, in sentence offsets. */
  matches(_key: string, re: RegExp, on: 'folded' | 'plain' = 'folded'): readonly SentenceMatch[] {
    const cache = on === 'folded' ? this.foldedMatches : this.plainMatches;
    const cached = cache.get(re);
    if (cached) return cached;
    const haystack = on === 'folded' ? this.norm.folded : this.norm.plain;
    if (!this.mayMatchLexicon(re, on)) {
      cache.set(re, NO_MATCHES);
      return NO_MATCHES;
    }
    const out: SentenceMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(haystack); m; m = re.exec(haystack)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const span = this.norm.spanToOriginal(m.index, m.index + m[0].length);
      out.push({ start: span.start, end: span.end, groups: [...m], index: m.index });
    }
    // A rule that builds a fresh RegExp per call would grow this without bound: cap it.
    if (cache.size > 1000) cache.clear();
    cache.set(re, out);
    return out;
  }

  /**
   * False only when `re` is a lexicon none of whose phrases can start in this sentence. The
   * pre-filter folds case as the regex does, so it holds for the plain text as for the folded.
   */
  private mayMatchLexicon(re: RegExp, on: 'folded' | 'plain'): boolean {
    const id = lexiconId(re);
    if (id === undefined) return true;
    return this.hits(id, on).ids.has(id);
  }

  /**
   * Whether a match of lexicon `re` in the folded text could start in this sentence and run on
   * past its end (see DocumentView.lexiconInJoined). True for a regex that is not a lexicon.
   */
  mayRunPastEnd(re: RegExp): boolean {
    const id = lexiconId(re);
    return id === undefined || prefixMayRunPastEnd(this.hits(id, 'folded'), id);
  }

  /** The pre-filter's hits in the folded or plain text, covering lexicon `id`. */
  private hits(id: number, on: 'folded' | 'plain'): LexiconHits {
    if (on === 'folded') {
      if (!this.foldedHits || id >= this.foldedHits.version) this.foldedHits = lexiconHits(this.norm.folded);
      return this.foldedHits;
    }
    if (!this.plainHits || id >= this.plainHits.version) this.plainHits = lexiconHits(this.norm.plain);
    return this.plainHits;
  }
}

const NO_MATCHES: readonly SentenceMatch[] = Object.freeze([]);

export interface SentenceMatch extends Span {
  /** The match and its capture groups, in the folded/plain text. */
  groups: ReadonlyArray<string | undefined>;
  /** Start offset in the folded/plain text. */
  index: number;
}

export interface PlacedSentence extends Span {
  view: SentenceView;
}

export type DocumentMatch = SentenceMatch & { sentence: PlacedSentence };

export class DocumentView {
  private readonly memos = new Map<string, unknown>();
  private readonly docMatches = new Map<RegExp, { folded?: DocumentMatch[]; plain?: DocumentMatch[] }>();

  constructor(
    readonly text: string,
    readonly sentences: readonly PlacedSentence[],
    readonly platform: Platform | undefined,
    readonly settings: EngineSettings,
  ) {}

  /** Caches a whole-draft computation for the length of one check (e.g. shared signals). */
  memo<T>(key: string, compute: (doc: DocumentView) => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    return value;
  }

  /** The sentences' folded texts joined by line breaks, for matches that may cross sentences. */
  get joinedFolded(): string {
    return this.memo('doc.joined-folded', (d) => d.sentences.map((s) => s.view.norm.folded).join('\n'));
  }

  /**
   * Whether lexicon `re` matches joinedFolded: exactly what testing that text says, but mostly
   * from each sentence's cached matches, so an unchanged draft is not scanned again per keystroke.
   * A match inside one sentence is found in its cache (the line break around it and the ends of
   * the sentence's own text look alike to the lexicon's boundaries). A match that crosses a line
   * break starts in a sentence where, by the pre-filter's soundness, one of the lexicon's
   * prefixes starts and either ends or is left unfinished (SentenceView.mayRunPastEnd); only
   * from the first such sentence on is the joined text scanned.
   */
  lexiconInJoined(key: string, re: RegExp): boolean {
    let from = joinSafe(re) ? -1 : 0;
    for (let i = 0, at = 0; i < this.sentences.length && from < 0; i++) {
      const view = (this.sentences[i] as PlacedSentence).view;
      if (view.matches(key, re, 'folded').length > 0) return true;
      if (i < this.sentences.length - 1 && view.mayRunPastEnd(re)) from = at;
      at += view.norm.folded.length + 1;
    }
    if (from < 0) return false;
    // Not join-safe, or a match may cross a line break: scan the joined text (from the sentence
    // where such a match could start; before it, no sentence matched and none can run on).
    re.lastIndex = from;
    const found = re.test(this.joinedFolded);
    re.lastIndex = 0;
    return found;
  }

  /** Matches of `re` in every sentence, translated to draft offsets (computed once per check). */
  matches(key: string, re: RegExp, on: 'folded' | 'plain' = 'folded'): ReadonlyArray<DocumentMatch> {
    let byRe = this.docMatches.get(re);
    if (!byRe) {
      byRe = {};
      this.docMatches.set(re, byRe);
    }
    const cached = byRe[on];
    if (cached) return cached;
    const out: DocumentMatch[] = [];
    for (const sentence of this.sentences) {
      const found = sentence.view.matches(key, re, on);
      for (let i = 0; i < found.length; i++) {
        const m = found[i] as SentenceMatch;
        out.push({
          start: m.start + sentence.start,
          end: m.end + sentence.start,
          groups: m.groups,
          index: m.index,
          sentence,
        });
      }
    }
    byRe[on] = out;
    return out;
  }

  /** The sentence that contains draft offset `at` (binary search: sentences are in order). */
  sentenceAt(at: number): PlacedSentence | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid] as PlacedSentence;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }
}
