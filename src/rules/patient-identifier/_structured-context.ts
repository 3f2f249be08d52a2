/**
 * Shared context for the structured-identifier rules (numbers, dates, addresses, locations).
 *
 * A recognizer in the Presidio sense: a pattern finds the candidate, and the words around it
 * decide whose it is. The same postcode, phone number or bed number is harmless when it belongs
 * to an organisation ("find us at", "call the ward on", "Bay 3 is closed") and identifying when
 * it is tied to a patient ("her daughter on", "home visit", "JH in bed 6").
 *
 * Lexicons are written for the folded text (lower case, leetspeak undone), from how UK
 * clinicians and the public write; none is copied from a corpus post.
 */
import { fold } from '../text/normalize';
import { registerPattern } from '../text/patterns';
import type { DocumentView, SentenceView } from '../engine/document';

/** A sentence's original text folded: its slice of foldedDraft when sentences are apart. */
function foldedSentence(view: SentenceView): string {
  // Without invisible characters the sentence's own folded text is the same thing.
  return view.memo('pi-structured.folded-original', (v) => (v.norm.plain === v.text ? v.norm.folded : fold(v.text)));
}

/**
 * Whether whitespace separates every sentence from the next. Then folding the draft equals
 * folding each sentence on its own (leetspeak is undone within a word, and a word never runs
 * across whitespace), and a word never spans two sentences.
 */
function sentencesApart(doc: DocumentView): boolean {
  return doc.memo('pi-structured.apart', (d) => {
    for (let i = 1; i < d.sentences.length; i++) {
      if ((d.sentences[i - 1]?.end ?? 0) >= (d.sentences[i]?.start ?? 0)) return false;
    }
    return true;
  });
}

const SENTENCE_END = /[.!?\u2026]["'\u2019\u201D)\]]*$/;

/**
 * Whether every sentence but the last ends with a terminator ("." "!" "?" "…", perhaps then a
 * closing quote or bracket) or at a line break, rather than where a long sentence was cut.
 */
function sentencesEndAtBreaks(doc: DocumentView): boolean {
  return doc.memo('pi-structured.end-at-breaks', (d) => {
    if (!sentencesApart(d)) return false;
    for (let i = 0; i + 1 < d.sentences.length; i++) {
      const s = d.sentences[i] as { start: number; end: number; view: SentenceView };
      const next = d.sentences[i + 1] as { start: number };
      if (SENTENCE_END.test(s.view.text)) continue;
      if (d.text.slice(s.end, next.start).includes('\n')) continue;
      return false;
    }
    return true;
  });
}

/** The whole draft folded (lower case, leetspeak undone); same length as the draft. */
export function foldedDraft(doc: DocumentView): string {
  return doc.memo('pi-structured.folded', (d) => {
    if (!sentencesApart(d)) return fold(d.text);
    // Sentence by sentence, so an unchanged sentence is not folded again; the gaps between
    // sentences are whitespace, which folding leaves as it is.
    let out = '';
    let at = 0;
    for (const s of d.sentences) {
      out += d.text.slice(at, s.start) + foldedSentence(s.view);
      at = s.end;
    }
    return out + d.text.slice(at);
  });
}

/**
 * False only when a whole-draft regex cannot match: no sentence passes `gate`, a cheap test for
 * a word every match must contain (memoised per sentence). `on` is the haystack the real regex
 * searches (the folded draft, or the draft as typed). The gate must not contain whitespace.
 */
export function draftMayMatch(
  doc: DocumentView,
  key: string,
  gate: RegExp,
  on: 'folded' | 'plain' = 'folded',
): boolean {
  const memoKey = `pi-structured.may.${on}.${key}`;
  return doc.memo(memoKey, (d) => {
    if (!sentencesApart(d)) return true;
    return d.sentences.some((s) =>
      s.view.memo(memoKey, (v) => {
        gate.lastIndex = 0;
        return gate.test(on === 'folded' ? foldedSentence(v) : v.text);
      }),
    );
  });
}

/** Folded text in a window around a draft span (`before` chars before, `after` chars after). */
export function around(doc: DocumentView, start: number, end: number, before: number, after: number): string {
  const text = foldedDraft(doc);
  return text.slice(Math.max(0, start - before), Math.min(text.length, end + after));
}

/** Folded text just before a span. */
export function lead(doc: DocumentView, start: number, chars: number): string {
  return foldedDraft(doc).slice(Math.max(0, start - chars), start);
}

/** Folded text just after a span. */
export function trail(doc: DocumentView, end: number, chars: number): string {
  const text = foldedDraft(doc);
  return text.slice(end, Math.min(text.length, end + chars));
}

// Plain \\b boundaries (no lookaround) keep these lexicons checkable by the ReDoS test's
// automaton; every entry starts and ends with an ASCII word character.
function words(id: string, body: string, flags = 'iu'): RegExp {
  return registerPattern(id, new RegExp(`\\b(?:${body})\\b`, flags));
}

/** A person who is (or whose relative is) a patient, without pronouns. */
export const PATIENT_PERSON = words(
  'pi-structured.patient-person',
  [
    'pts?',
    'patients?',
    "patient's",
    'mrs?',
    'ms',
    'miss',
    'mx',
    'master',
    'gent(?:leman)?',
    'lady',
    'old dear',
    'chap',
    'lad',
    'lass',
    'bloke',
    'fella',
    'woman',
    'man',
    'girl',
    'boy',
    'babys?',
    'babies',
    'toddler',
    'infant',
    'newborn',
    'neonate',
    'resident',
    'service user',
    'client',
    'next of kin',
    'nok',
    'relatives?',
    'twins',
    'triplets',
    'child(?:ren)?',
    'kids?',
    'teen(?:ager)?s?',
    '\\d{1,3}[ -]?(?:yo|y/o|yrs? old|years? old|year-old|[mf])',
  ].join('|'),
);

/** Clinical events and findings that tie a detail to someone's care. */
export const CLINICAL_EVENT = words(
  'pi-structured.clinical-event',
  [
    'admit(?:ted)?',
    'admissions?',
    'came in',
    'brought in',
    'rolled in',
    'blue ?lighted',
    'presented',
    'presenting',
    'attended',
    'diagnos(?:ed|is)',
    'dx',
    'died',
    'passed away',
    'deceased',
    'rip',
    'discharged',
    'self ?discharged',
    'delivered',
    'gave birth',
    'birth',
    'collapsed',
    'arrested',
    'cardiac arrest',
    'overdosed?',
    'od',
    'fell',
    'a fall',
    'her fall',
    'his fall',
    'intubated',
    'resus',
    'operated on',
    'underwent',
    'surgery',
    'seen in (?:clinic|a&e|ed|resus|majors|minors)',
    'seen',
    'reviewed',
    'treated',
    'referred',
    'visited',
    'home visits?',
    'visits?',
    'consulted',
    'scan',
    'ct',
    'mri',
    'x-?ray',
    'biopsy',
    'bloods',
    'results?',
    'chemo(?:therapy)?',
    'palliative',
    'end of life',
    'eol',
    'wound(?: check)?',
    'dressings?',
    'catheter',
    'insulin',
    'inr',
    'peg',
    'oxygen',
    'dementia',
    'cancer',
    'stroke',
    'sepsis',
    'fracture[ds]?',
    'fractured',
    'nof',
    'mnd',
    'copd',
    'stemi',
    'mi',
    'heart attack',
    'self-?harm',
    'suicid(?:e|al)',
    'safeguarding',
    'pregnan(?:t|cy)',
    'postpartum',
    'miscarriage',
    'stillbirth',
    'new baby',
    'hx',
    'h/o',
    'history of',
    's/p',
    'post-?op',
    'procedure',
  ].join('|'),
);

/** Pronouns referring to a third person (weaker: colleagues are "she" too). */
export const THIRD_PERSON = words('pi-structured.third-person', 'she|he|her|his|him|they|their');

/** Relatives of a patient, as people give their phone numbers or addresses. */
export const RELATIVE = words(
  'pi-structured.relative',
  [
    'mum',
    'mam',
    'mom',
    'mother',
    'dad',
    'father',
    'son',
    'daughter',
    'wife',
    'husband',
    'partner',
    'brother',
    'sister',
    'family',
    'carer',
    'niece',
    'nephew',
    'grandson',
    'granddaughter',
    'nan',
    'nana',
    'grandma',
    'grandad',
    'granny',
    'next of kin',
    'nok',
    "(?:mum|dad|wife|husband|son|daughter|partner|family)'s",
  ].join('|'),
);

/** An organisation speaking about itself: its address, its lines, its jobs, its premises. */
export const ORGANISATION = words(
  'pi-structured.organisation',
  [
    'practice',
    'surgery',
    'health centre',
    'medical centre',
    'medical practice',
    'clinic',
    'hospital',
    'hospice',
    'trust',
    'pharmacy',
    'chemist',
    'ward',
    'unit',
    'department',
    'dept',
    'switchboard',
    'reception',
    'helpline',
    'hotline',
    'advice line',
    'appointments? line',
    'office',
    'team',
    'service',
    'our (?:new )?(?:address|premises|building|site|base|home)',
    'find us',
    'visit us',
    'call us',
    'ring us',
    'contact us',
    'email us',
    'write to us',
    'moving to',
    'moved to',
    'relocat(?:e|ed|ing)',
    'new premises',
    'recruiting',
    'vacanc(?:y|ies)',
    'job',
    'apply',
    'opening hours',
    'opens?',
    'car park',
    'parking',
    'venue',
    'conference',
    'event',
    'course',
    'enquiries',
    'bookings?',
  ].join('|'),
);

/**
 * An organisation giving its own address: a narrower list than ORGANISATION, because "office"
 * or "team" next to an address does not make it public (a person's office address is personal).
 */
export const PREMISES = words(
  'pi-structured.premises',
  [
    'practice',
    'surgery',
    'health centre',
    'medical centre',
    'clinic',
    'hospital',
    'hospice',
    'trust',
    'pharmacy',
    'ward',
    'unit',
    'department',
    'our (?:new )?(?:address|premises|building|site|base|office|clinic|home)',
    'find us',
    'visit us',
    'moving to',
    'moved to',
    'relocat(?:e|ed|ing)',
    'new premises',
    'recruiting',
    'vacanc(?:y|ies)',
    'job',
    'apply',
    'opening hours',
    'car park',
    'parking',
    'venue',
    'conference',
    'event',
    'course',
    "we'?re (?:at|based)",
    'based at',
  ].join('|'),
);

/** The author talking about themselves (their own birthday, their own number). */
export const AUTHOR_OWN = words('pi-structured.author-own', "my|me|mine|i|i'm|i am|i was|myself|our|us|we");

/** Anonymised or altered teaching material: the details are not the patient's. */
export const ALTERED = words(
  'pi-structured.altered',
  [
    'details (?:altered|changed|removed|anonymi[sz]ed)',
    '(?:altered|changed) details',
    'anonymi[sz]ed',
    'identifying details',
    'fictional',
    'made up',
    'hypothetical',
    'not (?:a )?real',
    'composite',
    'with (?:their|her|his|written|full) consent',
    'consented',
    'gave (?:their|her|his|us) (?:written )?(?:permission|consent)',
  ].join('|'),
);

/** True if `re` (non-global) matches `text`. */
export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

// A word every ALTERED phrase contains, with ALTERED's flags.
const ALTERED_GATE = /details|anonymi|fictional|made|hypothetical|real|composite|consent|permission/iu;

/** Whether the draft is framed as altered/consented teaching material. */
export function isAlteredCase(doc: DocumentView): boolean {
  return doc.memo('pi-structured.altered', (d) => {
    if (!draftMayMatch(d, 'altered', ALTERED_GATE)) return false;
    // ALTERED's phrases are letters and single spaces, so a match can cross a sentence boundary
    // only where a long sentence was cut at a space; elsewhere each sentence can be tested alone.
    if (!sentencesEndAtBreaks(d)) return has(ALTERED, foldedDraft(d));
    return d.sentences.some((s) => s.view.memo('pi-structured.altered', (v) => has(ALTERED, foldedSentence(v))));
  });
}

/**
 * Matches of a global regex over the whole draft (folded or as typed), for shapes that run
 * across the sentence splitter's boundaries, such as an address written over several lines
 * ("Apt. 322\nHöfn") or one containing an abbreviation ("ul. Północna 73").
 */
export function draftMatches(
  doc: DocumentView,
  re: RegExp,
  on: 'folded' | 'plain' = 'folded',
): Array<{ start: number; end: number; text: string }> {
  const haystack = on === 'folded' ? foldedDraft(doc) : doc.text;
  const out: Array<{ start: number; end: number; text: string }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(haystack); m; m = re.exec(haystack)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
