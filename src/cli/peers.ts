/**
 * The tools a user could install instead of Second Look, each reduced to the one category of ours
 * it speaks to, so `npm run bench` can time them and `npm run eval -- --peers` can score them on the
 * same drafts. Every peer runs with its library's default options.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redactor } from '@redactpii/node';
import { text as alexText } from 'alex';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { SyncRedactor } from 'redact-pii';
import vader from 'vader-sentiment';
import { DraftChecker } from '../rules/engine/check';
import type { Category, Finding, Span } from '../rules/types';
import type { CorpusPost } from './corpus';
import { predict, score, type CategoryScore, type CorpusScore, type Prediction } from './metrics';

export interface Peer {
  /** The npm package name, which is also how reports name the tool. */
  name: string;
  /** The one category of ours its output maps to. */
  category: Category;
  /** How its output is turned into a flag, for the report. */
  mapping: string;
  /** The library's own call, as a user of it would make it: what `npm run bench` times. */
  run(text: string): unknown;
  /** The spans it objects to; a post is flagged in `category` when there is at least one. */
  flag(text: string): Span[];
}

/**
 * A sentence is flagged as emotive when VADER's compound score is at or below this. VADER's authors
 * call anything ≤ -0.05 negative; a post that is merely negative ("sad news about the closure") is
 * not what we warn about, so we ask for a clearly negative sentence.
 */
export const VADER_EMOTIVE_THRESHOLD = -0.5;

/** Replacement the redactors write instead of their labels, so the removed ranges can be recovered. */
const MARK = '\u0000';

export function createPeers(): Peer[] {
  const redactPii = new SyncRedactor();
  const redactPiiMarked = new SyncRedactor({ globalReplaceWith: MARK });
  const redactpiiNode = new Redactor();
  const redactpiiNodeMarked = new Redactor({ globalReplaceWith: MARK });
  const profanity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return [
    {
      name: 'alex',
      category: 'disrespect',
      mapping: 'any alex message (insensitive or profane wording) → disrespect',
      run: (text) => alexText(text),
      flag: (text) =>
        alexText(text).messages.flatMap((m) => {
          const start = m.position?.start.offset;
          const end = m.position?.end.offset;
          return start === undefined || end === undefined ? [] : [{ start, end }];
        }),
    },
    {
      name: 'redact-pii',
      category: 'patient-identifier',
      mapping: 'any redaction by SyncRedactor → patient-identifier',
      run: (text) => redactPii.redact(text),
      flag: (text) => redactedRanges(text, redactPiiMarked.redact(text)),
    },
    {
      name: '@redactpii/node',
      category: 'patient-identifier',
      mapping: 'any redaction by Redactor (all built-in rules) → patient-identifier',
      run: (text) => redactpiiNode.redact(text),
      flag: (text) => redactedRanges(text, redactpiiNodeMarked.redact(text)),
    },
    {
      name: 'obscenity',
      category: 'emotive',
      mapping: 'any match of englishDataset with englishRecommendedTransformers → emotive',
      run: (text) => profanity.getAllMatches(text),
      // endIndex is inclusive in obscenity's payloads.
      flag: (text) => profanity.getAllMatches(text).map((m) => ({ start: m.startIndex, end: m.endIndex + 1 })),
    },
    {
      name: 'vader-sentiment',
      category: 'emotive',
      mapping: `a sentence with compound ≤ ${VADER_EMOTIVE_THRESHOLD} → emotive`,
      // Per sentence, as VADER's authors advise for text longer than a sentence (its lexicon and
      // normalisation were tuned on sentence-length social-media text); a whole-draft score would
      // let one furious sentence be averaged away by a calm paragraph, and gives no position.
      run: (text) =>
        sentenceSpans(text).map((s) => vader.SentimentIntensityAnalyzer.polarity_scores(text.slice(s.start, s.end))),
      flag: (text) =>
        sentenceSpans(text).filter(
          (s) =>
            vader.SentimentIntensityAnalyzer.polarity_scores(text.slice(s.start, s.end)).compound <=
            VADER_EMOTIVE_THRESHOLD,
        ),
    },
  ];
}

/** The peer's verdict on a post, in the shape `score()` reads for our own engine. */
export function peerPrediction(peer: Peer, post: Pick<CorpusPost, 'id' | 'text'>): Prediction {
  const findings: Finding[] = peer.flag(post.text).map(({ start, end }) => ({
    start,
    end,
    ruleId: `peer/${peer.name}`,
    category: peer.category,
    severity: 'warning',
    messageId: 'peer',
    message: '',
    guidance: [],
    score: 1,
  }));
  return { id: post.id, labels: findings.length ? [peer.category] : [], findings };
}

/**
 * Sentences for VADER: split after . ! ? followed by space, and at line breaks. Deliberately simple
 * and cheap, so the time measured is VADER's, not a segmenter's.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (piece.trim()) spans.push({ start: start + lead, end: end - trail });
    start = end;
  };
  for (const m of text.matchAll(/[.!?]+(?=\s)|\n+/g)) push(m.index + m[0].length);
  push(text.length);
  return spans;
}

/**
 * Where a redactor removed text, from the original and its output with every redaction replaced by
 * MARK. The kept pieces appear in order in the original; what lies between them was redacted.
 */
export function redactedRanges(original: string, redacted: string): Span[] {
  const pieces = redacted.split(MARK);
  const ranges: Span[] = [];
  let at = pieces[0]?.length ?? 0;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    const last = i === pieces.length - 1;
    if (piece === '' && !last) continue; // two redactions side by side: one range
    const next = last ? original.length - piece.length : original.indexOf(piece, at + 1);
    if (next < at) break; // the output no longer lines up with the input: keep what is certain
    ranges.push({ start: at, end: next });
    at = next + piece.length;
  }
  return ranges;
}

/** A package's installed version, for reports (read from disk: not every package exports it). */
export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

/** One tool's judgement in one category of one corpus. */
export interface SideBySideRow {
  category: Category;
  tool: string;
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Share of gold spans of this category overlapped by the tool's flags (1 when there are none). */
  spanRecall: number;
  /** Gold spans of this category in the corpus: 0 means the corpus marks no spans, so spanRecall says nothing. */
  goldSpans: number;
}

export interface SideBySide {
  corpus: string;
  posts: number;
  scored: readonly Category[];
  /** Our engine's whole score, as `npm run eval` prints it. */
  engine: CorpusScore;
  /** Per scored category: our engine, then every peer that speaks to that category. */
  rows: SideBySideRow[];
}

export const ENGINE_NAME = 'second-look';

/**
 * Scores our engine and the peers on the same posts, category by category. Each category is scored
 * alone, so a peer that only looks for PII is judged on PII and nothing else, like our engine is.
 */
export function sideBySide(
  corpus: string,
  posts: readonly CorpusPost[],
  scored: readonly Category[],
  peers: readonly Peer[],
): SideBySide {
  const checker = new DraftChecker();
  const ours = posts.map((post) => predict(post, checker));
  const theirs = new Map(
    peers
      .filter((peer) => scored.includes(peer.category))
      .map((peer) => [peer, posts.map((post) => peerPrediction(peer, post))] as const),
  );
  const row = (tool: string, category: Category, predictions: readonly Prediction[]): SideBySideRow => {
    const s = score(posts, predictions, [category]);
    const c = s.categories[0] as CategoryScore;
    const goldSpans = posts.reduce((n, p) => n + (p.spans ?? []).filter((g) => g.category === category).length, 0);
    return { tool, ...c, category, spanRecall: s.spanRecall, goldSpans };
  };
  const rows = scored.flatMap((category) => [
    row(ENGINE_NAME, category, ours),
    ...[...theirs].filter(([peer]) => peer.category === category).map(([peer, p]) => row(peer.name, category, p)),
  ]);
  return { corpus, posts: posts.length, scored, engine: score(posts, ours, scored), rows };
}
