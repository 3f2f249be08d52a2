/**
 * Jigsaw identification: no single detail names the patient, but together an exact age, a sex,
 * an occupation or public role, a rare condition or event, a named place, a time, a link to the
 * author or a memorable feature can point at one person (GMC social media guidance, 2024). The
 * pieces are scored and combined over a short stretch of text (three sentences), and a warning
 * is owed when the stretch is about someone's care, holds something that locates the person and
 * passes the threshold.
 */
import { defineRule } from '../engine/define';
import type { Report } from '../types';
import {
  docContext,
  docPieces,
  LOCATING_KINDS,
  sentenceIsClinical,
  type PieceKind,
  type PlacedPiece,
} from './_signals';

/** How much each kind may add to a stretch, however many pieces of it there are. */
const CAPS: Record<PieceKind, number> = {
  age: 1,
  sex: 0.5,
  occupation: 1.5,
  publicFigure: 3,
  rare: 1.5,
  place: 2.5,
  time: 1,
  relationship: 2,
  feature: 1.5,
};
/** Kinds that describe the person rather than the setting. */
const PERSON_KINDS: ReadonlySet<PieceKind> = new Set([
  'age',
  'sex',
  'occupation',
  'publicFigure',
  'rare',
  'relationship',
  'feature',
]);
const BED_TEXT = /^(?:bed|bay|cubicle|room) \d/i;
const THRESHOLD = 3;
const WINDOW = 3;

const KIND_WORDS: Record<PieceKind, string> = {
  age: 'an exact age',
  sex: 'sex',
  occupation: 'an occupation',
  publicFigure: 'a public role',
  rare: 'a rare condition or memorable event',
  place: 'a named place',
  time: 'a time',
  relationship: 'a link to you',
  feature: 'a memorable detail',
};

const SUGGESTIONS: Partial<Record<PieceKind, string>> = {
  age: 'in their 80s',
  place: 'a local patient',
  time: 'recently',
  occupation: 'a patient',
  publicFigure: 'a patient',
  relationship: 'a patient',
};

interface Stretch {
  score: number;
  pieces: PlacedPiece[];
}

function scoreStretch(pieces: readonly PlacedPiece[]): Stretch {
  const byKind = new Map<PieceKind, PlacedPiece[]>();
  for (const p of pieces) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  let score = 0;
  const chosen: PlacedPiece[] = [];
  for (const [kind, list] of byKind) {
    // Distinct pieces of one kind add up (an estate and a town), to the kind's cap.
    const distinct = list.filter((p, i) => !list.some((q, j) => j < i && q.start < p.end && p.start < q.end));
    const sum = distinct.reduce((acc, p) => acc + p.weight, 0);
    score += Math.min(CAPS[kind], sum);
    const strongest = [...distinct].sort((a, b) => b.weight - a.weight || a.start - b.start);
    chosen.push(...strongest.slice(0, kind === 'place' ? 2 : 1));
  }
  return { score, pieces: chosen };
}

export default defineRule({
  id: 'patient-identifier/jigsaw',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'warning',
    summary:
      'Flags combinations of details (age, place, time, occupation, rare condition, a link to you) that together could identify a patient.',
    messages: {
      jigsaw:
        'Together, details like {{kinds}} could let someone who knows the area or your workplace work out who this patient is ("jigsaw" identification). Consider removing or blurring this detail, e.g. "a patient in their 80s", "recently" or "a local patient".',
    },
    guidance: ['gmc-social-media-2024-p18', 'gmc-social-media-2024-p19', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [
        { text: 'Saw a 27yo farmer from Much Wenlock with leptospirosis and a rare Takotsubo picture on 9 May.' },
        { text: "Treated my next-door neighbour's wife in resus tonight, stroke at 52. Thinking of the family." },
      ],
      pass: [
        {
          text: 'Teaching case (details changed): a woman in her 60s with a thunderclap headache. CT normal at 8 hours.',
          why: 'anonymised, an age band and no place or date',
        },
        { text: 'This 45 year old man has chest pain radiating to the jaw.', why: 'age and sex alone identify nobody' },
      ],
    },
  },
  check(doc) {
    const ctx = docContext(doc);
    if (!ctx.clinical || ctx.anonymised || ctx.consent) return [];
    const pieces = docPieces(doc);
    if (pieces.length === 0) return [];
    let best: Stretch | undefined;
    for (let first = 0; first < doc.sentences.length; first++) {
      const last = Math.min(doc.sentences.length - 1, first + WINDOW - 1);
      let clinical = false;
      for (let i = first; i <= last; i++) if (sentenceIsClinical(doc.sentences[i]!.view)) clinical = true;
      if (!clinical) continue;
      const inWindow = pieces.filter((p) => p.sentence >= first && p.sentence <= last);
      // Something must point at a particular person or setting: a large city alone does not.
      const locating = inWindow.filter((p) => LOCATING_KINDS.has(p.kind)).reduce((acc, p) => acc + p.weight, 0);
      if (locating < 1.5) continue;
      // Places and times alone describe a setting, not a person: a notice or a rota.
      if (
        !inWindow.some(
          (p) => PERSON_KINDS.has(p.kind) || (p.kind === 'place' && BED_TEXT.test(doc.text.slice(p.start, p.end))),
        )
      )
        continue;
      const stretch = scoreStretch(inWindow);
      if (!best || stretch.score > best.score) best = stretch;
      if (last === doc.sentences.length - 1) break;
    }
    if (!best || best.score < THRESHOLD) return [];
    const kinds = [...new Set(best.pieces.map((p) => p.kind))].filter((k) => k !== 'sex');
    const kindsText = kinds.map((k) => KIND_WORDS[k]).join(', ');
    const score = Math.min(0.92, 0.6 + (best.score - THRESHOLD) * 0.08);
    const reported = best.pieces
      .filter((p) => p.kind !== 'sex')
      .sort((a, b) => a.start - b.start)
      .filter((p, i, all) => !all.some((q, j) => j < i && q.start < p.end && p.start < q.end));
    return reported.map((p): Report => ({
      start: p.start,
      end: p.end,
      messageId: 'jigsaw',
      data: { kinds: kindsText },
      score,
      ...(SUGGESTIONS[p.kind] ? { suggestion: SUGGESTIONS[p.kind] } : {}),
    }));
  },
});
