/**
 * An allegation of wrongdoing (dishonesty, fraud, cover-up, incompetence, impairment, abuse,
 * discrimination, corruption) stated as fact about someone a reader could identify: a named
 * person, an organisation, an @handle or a definite role ("the ward manager on Ward 22").
 *
 * Structure over keywords: an allegation predicate counts only with a target in the same
 * sentence, a pronoun pointing back to the sentence before ("They sedate the residents…"), or as
 * a short verdict ("Crooks.") right after a sentence about a target. Negated, attributed
 * (a tribunal finding, "accused of") and hypothetical uses are left alone.
 */
import { defineRule } from '../engine/define';
import type { DocumentView, PlacedSentence, SentenceMatch, SentenceView } from '../engine/document';
import type { Report, Span } from '../types';
import {
  ATTRIBUTION,
  CONDITIONAL,
  DISAVOWAL,
  LABEL,
  LABEL_AFTER,
  LABEL_BEFORE,
  NEGATION,
  NEVER_EVENT,
  PRONOUN_SUBJECT,
  VERDICT,
} from './_lexicon';
import { allTargets, findAllegations, findPeople, findTargets } from './_targets';

const SUGGESTION =
  'I have concerns about patient safety here and have raised them through the proper channels (Freedom to Speak Up).';
/** Longest stretch from target to allegation that still reads as one claim. */
const MAX_CLAIM = 200;
const MAX_VERDICT_WORDS = 6;
/** Characters before a predicate searched for a negation ("never falsified"). */
const NEGATION_REACH = 28;
/** Targets this close to the predicate are read as one subject ("Dr X at Y Surgery"). */
const CHAIN = 90;

interface Claim extends Span {
  messageId: string;
  score: number;
}

export default defineRule({
  id: 'defamatory/allegation',
  meta: {
    category: 'defamatory',
    defaultSeverity: 'warning',
    summary:
      'Flags allegations of wrongdoing (fraud, cover-ups, incompetence, theft, working drunk) stated as fact about an identifiable person, role or organisation.',
    messages: {
      allegation:
        'This states an allegation of wrongdoing about someone readers could identify. If it cannot be proved it could be defamatory, and the GMC expects you not to post unsubstantiated claims about colleagues or organisations. State only facts you can evidence, or raise the concern through proper channels such as Freedom to Speak Up.',
      verdict:
        'This label (for example fraud, crooks or illegal) attaches an allegation to the person or organisation named just before. Stated as fact on social media it could be defamatory. Consider raising the concern through proper channels instead.',
    },
    guidance: [
      'gmc-social-media-2024-p15',
      'gmc-social-media-2024-p14',
      'bma-social-media-2011-s-derogatory-defamation',
    ],
    examples: {
      warn: [
        { text: 'Dr Ellery at Brookfield Surgery falsified his audit data to pass revalidation.' },
        { text: 'Our clinical director turned up drunk on shift again and the trust knows.' },
        { text: 'Hartley Locums take a 45% cut and lie to doctors about the rate. Crooks.' },
      ],
      pass: [
        {
          text: 'I missed a fracture on an x-ray last year and it changed how I review films.',
          why: 'the author’s own mistake',
        },
        {
          text: 'In my view the ICB’s plan to cut phlebotomy is a false economy; the consultation document admits it.',
          why: 'sourced, respectful criticism of published policy',
        },
        {
          text: 'The MPTS found that the surgeon had falsified records, and he was struck off.',
          why: 'reports a public finding',
        },
      ],
    },
  },
  check(doc) {
    const claims: Claim[] = [];
    doc.sentences.forEach((sentence, i) => {
      for (const hit of assertedHits(sentence.view)) {
        const claim = claimFor(doc, i, hit);
        if (claim) claims.push(claim);
      }
      const verdict = verdictFor(doc, i);
      if (verdict) claims.push(verdict);
    });
    return merge(claims).map((c): Report => ({
      start: c.start,
      end: c.end,
      messageId: c.messageId,
      score: c.score,
      suggestion: SUGGESTION,
    }));
  },
});

/**
 * The allegation predicates a sentence asserts: not conditional, attributed, negated, disavowed
 * or a bare label. Depends on the sentence alone, so it is memoised.
 */
function assertedHits(view: SentenceView): readonly SentenceMatch[] {
  return view.memo('defamatory.allegation.asserted', (v) => {
    const folded = v.norm.folded;
    const hits = findAllegations(v);
    if (hits.length === 0) return [];
    const attributed = v.matches('defamatory.attribution', ATTRIBUTION, 'folded').length > 0;
    if (CONDITIONAL.test(folded) || attributed) return [];
    return hits.filter((hit) => {
      const before = folded.slice(Math.max(0, hit.index - 60), hit.index).replace(NEVER_EVENT, '');
      if (NEGATION.test(before.slice(-NEGATION_REACH)) || DISAVOWAL.test(folded.slice(0, hit.index))) return false;
      return !(
        LABEL.test(hit.groups[0] ?? '') && !predicated(folded, hit.index, hit.index + (hit.groups[0] ?? '').length)
      );
    });
  });
}

/** A short sentence that passes a verdict ("Crooks."), unnegated: depends on the sentence alone. */
function verdictShaped(view: SentenceView): boolean {
  return view.memo('defamatory.allegation.verdict-shaped', (v) => {
    const words = v.norm.folded
      .trim()
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w));
    if (words.length === 0 || words.length > MAX_VERDICT_WORDS) return false;
    if (v.matches('defamatory.verdict', VERDICT, 'folded').length === 0) return false;
    return !NEGATION.test(v.norm.folded);
  });
}

/** The claim a predicate makes, if a target is in reach: draft offsets from target to predicate. */
function claimFor(doc: DocumentView, i: number, hit: Span): Claim | undefined {
  const sentence = doc.sentences[i] as PlacedSentence;
  // Prefer a target before the predicate (most likely its subject), then one the predicate
  // contains ("the trust knows"), then a pronoun subject, then a target just after it
  // ("falsified by the reg"). compromise's people are consulted only if the patterns find none.
  let best: Span | undefined;
  for (const find of [findTargets, findPeople]) {
    const targets = find(sentence.view);
    // "Dr X at Y Hospital lied…": start from the first target of a chain close to the predicate.
    const preceding = targets.filter((t) => t.end <= hit.start && hit.start - t.end <= MAX_CLAIM);
    const before = preceding.find((t) => hit.start - t.start <= CHAIN) ?? preceding.at(-1);
    best = before ?? targets.find((t) => t.start < hit.end && hit.start < t.end);
    if (best) break;
  }
  if (best) {
    const start = Math.min(best.start, hit.start);
    const end = Math.max(best.end, hit.end);
    return { start: sentence.start + start, end: sentence.start + end, messageId: 'allegation', score: 0.82 };
  }
  // "They sedate the residents…" after a sentence that names the care home.
  const previous = doc.sentences[i - 1];
  if (previous && PRONOUN_SUBJECT.test(sentence.view.norm.folded) && allTargets(previous.view).length > 0) {
    const lead = sentence.view.norm.folded.search(/\S/);
    return { start: sentence.start + lead, end: sentence.start + hit.end, messageId: 'allegation', score: 0.75 };
  }
  const after = allTargets(sentence.view).find((t) => t.start >= hit.end && t.start - hit.end <= 60);
  if (after) {
    return { start: sentence.start + hit.start, end: sentence.start + after.end, messageId: 'allegation', score: 0.78 };
  }
  return undefined;
}

/** "Crooks." / "Racist and unlawful." straight after a sentence about a target. */
function verdictFor(doc: DocumentView, i: number): Claim | undefined {
  const sentence = doc.sentences[i] as PlacedSentence;
  const view = sentence.view;
  if (!verdictShaped(view)) return undefined;
  const previous = doc.sentences.slice(Math.max(0, i - 2), i);
  if (!previous.some((p) => allTargets(p.view).length > 0)) return undefined;
  const text = view.norm.original;
  const lead = text.length - text.trimStart().length;
  const trail = text.trimEnd().length;
  return { start: sentence.start + lead, end: sentence.start + trail, messageId: 'verdict', score: 0.72 };
}

/** "…is a fraud", "…are racist." rather than "racist abuse" or "a scam email". */
function predicated(folded: string, start: number, end: number): boolean {
  return (
    LABEL_BEFORE.test(folded.slice(Math.max(0, start - 20), start)) && LABEL_AFTER.test(folded.slice(end, end + 12))
  );
}

/** One report per overlapping stretch, keeping the strongest message. */
function merge(claims: Claim[]): Claim[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const out: Claim[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      last.score = Math.max(last.score, c.score);
    } else out.push({ ...c });
  }
  return out;
}
