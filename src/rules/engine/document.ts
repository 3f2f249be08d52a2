/**
 * What a rule sees: the draft split into sentences, each with normalised text, a lazy parse
 * and a memo that survives across checks while the sentence's text is unchanged.
 */
import { normalize, type NormalizedText } from '../text/normalize';
import { parse, type Parse } from './nlp';
import type { EngineSettings, Platform, Span } from '../types';

export class SentenceView {
  readonly norm: NormalizedText;
  private readonly memos = new Map<string, unknown>();

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
  matches(key: string, re: RegExp, on: 'folded' | 'plain' = 'folded'): readonly SentenceMatch[] {
    return this.memo(`match.${on}.${key}`, (s) => {
      const haystack = on === 'folded' ? s.norm.folded : s.norm.plain;
      const out: SentenceMatch[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(haystack); m; m = re.exec(haystack)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push({ ...s.norm.spanToOriginal(m.index, m.index + m[0].length), groups: [...m], index: m.index });
      }
      return out;
    });
  }
}

export interface SentenceMatch extends Span {
  /** The match and its capture groups, in the folded/plain text. */
  groups: ReadonlyArray<string | undefined>;
  /** Start offset in the folded/plain text. */
  index: number;
}

export interface PlacedSentence extends Span {
  view: SentenceView;
}

export class DocumentView {
  private readonly memos = new Map<string, unknown>();

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

  /** Matches of `re` in every sentence, translated to draft offsets. */
  matches(
    key: string,
    re: RegExp,
    on: 'folded' | 'plain' = 'folded',
  ): Array<SentenceMatch & { sentence: PlacedSentence }> {
    const out: Array<SentenceMatch & { sentence: PlacedSentence }> = [];
    for (const sentence of this.sentences) {
      for (const m of sentence.view.matches(key, re, on)) {
        out.push({ ...m, start: m.start + sentence.start, end: m.end + sentence.start, sentence });
      }
    }
    return out;
  }

  /** The sentence that contains draft offset `at`. */
  sentenceAt(at: number): PlacedSentence | undefined {
    return this.sentences.find((s) => s.start <= at && at < s.end);
  }
}
