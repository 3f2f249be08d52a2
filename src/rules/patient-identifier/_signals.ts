/**
 * Shared signals for the name, jigsaw and custom-term rules: is this draft about a patient's
 * care, and which pieces of a person's description (age, sex, place, time, role, rare
 * condition, relationship, memorable feature) does each sentence hold?
 *
 * Per-sentence work is memoised on the sentence (it survives keystrokes); the per-draft
 * combination is memoised on the document (it lasts one check). Lexicons are written from
 * clinical knowledge of how UK clinicians and the public describe patients, not from any corpus.
 */
import type { DocumentView, PlacedSentence, SentenceView } from '../engine/document';
import { phraseRegex } from '../text/patterns';

// ---------------------------------------------------------------------------------------------
// Clinical context: the draft talks about someone's health care.

const CLINICAL_WORDS = [
  'patients?',
  'pts?',
  'bed \\d{1,3}',
  'bay \\d{1,3}',
  'cubicle \\d{1,3}',
  'side ?room',
  'resus',
  'majors',
  'minors',
  'a&e',
  'a and e',
  'ed',
  'icu',
  'itu',
  'hdu',
  'nicu',
  'picu',
  'scbu',
  'amu',
  'mau',
  'sdec',
  'ccu',
  'theatre',
  'theatres',
  'clinic',
  'wards?',
  'hospice',
  'admitted',
  'admission',
  'discharged?',
  'diagnos(?:ed|is|es)',
  'scans?',
  'mri',
  'ct',
  'x-?ray',
  'ultrasound',
  'bloods',
  'blood tests?',
  'biops(?:y|ies)',
  'results?',
  'chemo(?:therapy)?',
  'radiotherapy',
  'dialysis',
  'cpap',
  'niv',
  'intubated',
  'ventilated',
  'surgery',
  'post-?op',
  'op',
  'operation',
  'procedure',
  'fractured?',
  'broken',
  'stroke',
  'mi',
  'stemi',
  'nstemi',
  'heart attack',
  'cardiac arrest',
  'arrest',
  'cancer',
  'tumou?r',
  'dementia',
  'seizures?',
  'overdose',
  'od',
  'self-?harm',
  'sepsis',
  'infection',
  'infected',
  'pneumonia',
  'copd',
  'asthma',
  'diabetes',
  'diabetic',
  'referral',
  'referred',
  'prescription',
  'prescribed',
  'inr',
  'warfarin',
  'antibiotics',
  'treated',
  'treating',
  'treatment',
  'looked after',
  'looking after',
  'home visit',
  'visits?',
  'district nurs(?:e|ing)',
  'palliative',
  'end of life',
  'passed away',
  'passed',
  'died',
  'death',
  'funeral',
  'rip',
  'delivered',
  'labour',
  'c-?section',
  'pregnant',
  'pregnancy',
  'antenatal',
  'postnatal',
  'postpartum',
  'gestation',
  'weeks pregnant',
  'came in',
  'brought in',
  'in for (?:his|her|their) \\w{2,20}',
  'hip',
  'knee',
  'injur(?:y|ies|ed)',
  'trapped',
  'rtc',
  'hems',
  'ambulance',
  'paramedics?',
  'gp',
  'ecg',
  'news2?',
  'obs',
  'sats',
  'symptoms?',
  'pain',
  'disease',
  'syndrome',
  'condition',
  'illness',
  'unwell',
  'poorly',
  'recovery',
  'recovering',
  'physio',
  'rehab',
  'ttos?',
  'peg',
  'catheter',
  'wound',
  'dressing',
  'stented',
  'transplant',
  'inquest',
  'coroner',
  'safeguarding',
  'disclosed',
  'mrn',
  'hospital number',
  'nhs number',
  'dob',
  'get well soon',
  // Disease and procedure word endings: "leptospirosis", "cholecystectomy", "cardiomyopathy".
  '[a-z]{3,20}(?:itis|osis|oma|aemia|emia|pathy|ectomy|ostomy|otomy|plasty|algia)',
  'in hospital',
  'ill',
  'gent',
  'chap',
];
export const CLINICAL_RE = phraseRegex('pi-clinical-context', CLINICAL_WORDS);

/** Statements that a story is shared with the patient's agreement, or made up. */
const CONSENT_RE =
  /\b(?:(?:written|verbal|signed|full|explicit|informed|express|their|his|her|family's|parents') consent|consented|with (?:his|her|their|the family's|the patient's|kind) (?:kind )?permission|(?:comms|communications|press) team|permission to share|asked (?:us|me) to (?:share|tell))\b/;
const NO_CONSENT_RE = /\b(?:without|no|not (?:got|obtained|given)|never gave) (?:\w+ ){0,2}(?:consent|permission)\b/;
const ANONYMISED_RE =
  /\b(?:anonymi[sz]ed|de-?identified|details (?:have been |were |are )?(?:changed|altered)|(?:changed|altered) details|composite|fictional|fictitious|hypothetical|made[- ]up case|not (?:a )?real (?:patient|case))\b/;

export interface DocContext {
  /** Some sentence talks about someone's care. */
  clinical: boolean;
  /** The draft says the patient agreed to the story being shared (and does not say otherwise). */
  consent: boolean;
  /** The draft says details were anonymised or changed. */
  anonymised: boolean;
}

const CONSENT = 1;
const NO_CONSENT = 2;
const ANONYMISED = 4;

/** The consent and anonymisation signals of one sentence, as bit flags (memoised). */
function sentenceContext(view: SentenceView): number {
  return view.memo('pi.context-flags', (s) => {
    const f = s.norm.folded;
    return (
      (CONSENT_RE.test(f) ? CONSENT : 0) |
      (NO_CONSENT_RE.test(f) ? NO_CONSENT : 0) |
      (ANONYMISED_RE.test(f) ? ANONYMISED : 0)
    );
  });
}

export function docContext(doc: DocumentView): DocContext {
  return doc.memo('pi.context', (d) => {
    let clinical = false;
    let consent = false;
    let noConsent = false;
    let anonymised = false;
    for (const s of d.sentences) {
      const flags = sentenceContext(s.view);
      if (!clinical && sentenceIsClinical(s.view)) clinical = true;
      if (flags & CONSENT) consent = true;
      if (flags & NO_CONSENT) noConsent = true;
      if (flags & ANONYMISED) anonymised = true;
    }
    return { clinical, consent: consent && !noConsent, anonymised };
  });
}

export function sentenceIsClinical(view: SentenceView): boolean {
  return view.matches('pi-clinical', CLINICAL_RE).length > 0;
}

/** Clinical context in the sentence at `index` or one either side of it. */
export function clinicalNear(doc: DocumentView, index: number): boolean {
  for (let i = Math.max(0, index - 1); i <= Math.min(doc.sentences.length - 1, index + 1); i++) {
    const s = doc.sentences[i];
    if (s && sentenceIsClinical(s.view)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Jigsaw pieces.

export type PieceKind =
  'age' | 'sex' | 'occupation' | 'publicFigure' | 'rare' | 'place' | 'time' | 'relationship' | 'feature';

export interface Piece {
  kind: PieceKind;
  /** Sentence-relative offsets in the original sentence text. */
  start: number;
  end: number;
  weight: number;
}

/** Kinds that point at a particular person or setting, rather than describing anyone. */
export const LOCATING_KINDS: ReadonlySet<PieceKind> = new Set(['publicFigure', 'place', 'relationship', 'feature']);

// An exact age: "84", "(84)", "91F", "19yo", "34-year-old", "aged 67", "6 year old", "at 46".
const AGE_RES: readonly RegExp[] = [
  /\b\d{1,3} ?(?:yo|y\/o|yrs? old|years? old|-years?-old|-yrs?-old|year-old)\b/g,
  /\b\d{1,3}(?:yo|[mf])\b/g,
  /\baged? \d{1,3}\b/g,
  /(?<=\b(?:man|woman|lady|gent|boy|girl|male|female|chap|bloke|lad|mum|dad|husband|wife)[ ,]{1,2}|\() ?\d{1,3}(?=\)|,)/g,
  /(?<=[a-z]{2}, )\d{1,3}(?=, )/g,
  // "her 90th birthday", not a threshold for everyone ("up to their 25th birthday").
  /(?<!\b(?:their|your|its|the|a) )\b\d{1,3}(?:st|nd|rd|th) birthday\b/g,
  /(?<=(?:attack|arrest|stroke|diagnosed|died|passed away|mi|stemi|cancer|dementia) at )\d{1,3}\b(?! ?(?:am|pm|hrs?|weeks?|days?|%|mg|kg))/g,
  /\b\d{2,3} and still\b/g,
  /\b(?:year|yr) \d{1,2} (?:girl|boy|pupil|student|child|kid)\b/g,
  /\bcentenarian\b/g,
];

const SEX_RE = phraseRegex('pi-sex', [
  'man',
  'woman',
  'male',
  'female',
  'boy',
  'girl',
  'lad',
  'lass',
  'gent',
  'gentleman',
  'lady',
  'chap',
  'bloke',
  'mum',
  'dad',
  'mother',
  'father',
  'son',
  'daughter',
  'husband',
  'wife',
  'grandmother',
  'grandfather',
  'gran',
  'grandad',
  'toddler',
  'baby',
  'newborn',
  'teenager',
  'teenage',
  'teen',
]);

const OCCUPATION_RE = phraseRegex('pi-occupation', [
  '(?:primary |secondary )?(?:school )?teacher',
  'head ?teacher',
  'head ?mistress',
  'head ?master',
  'teaching assistant',
  'lollipop (?:lady|man)',
  'dinner lady',
  'vicar',
  'priest',
  'imam',
  'rabbi',
  'landlord',
  'landlady',
  'publican',
  'barman',
  'barmaid',
  'post ?master',
  'post ?mistress',
  '(?:from|at|runs) the (?:post office|chippy|corner shop|butchers?|bakery|pub|garage|hairdressers?)',
  'shopkeeper',
  'butcher',
  'farmer',
  'fisherman',
  'firefighter',
  'fireman',
  'police (?:officer|constable|sergeant)',
  'policeman',
  'policewoman',
  'solicitor',
  'barrister',
  'journalist',
  'soldier',
  'bus driver',
  'taxi driver',
  'lorry driver',
  'driver',
  'cyclist',
  'motorcyclist',
  'biker',
  'caretaker',
  'postman',
  'postwoman',
  'plumber',
  'electrician',
  'builder',
  'hairdresser',
  'owner of',
]);

const PUBLIC_FIGURE_RE = phraseRegex('pi-public-figure', [
  'mp',
  'msp',
  'mla',
  'mep',
  'councillor',
  'cllr',
  '(?:ex-?|former |lord )?mayor',
  'minister',
  'footballer',
  '(?:championship|premier league|league (?:one|two)) (?:striker|player|footballer|star|keeper|manager)',
  'striker',
  'goalkeeper',
  'rugby (?:player|international|star)',
  'cricketer',
  'jockey',
  'boxer',
  'olympian',
  'athlete',
  'actor',
  'actress',
  'pop star',
  'popstar',
  'rock star',
  'singer',
  'presenter',
  'newsreader',
  'tv star',
  'soap star',
  'reality (?:tv )?star',
  'celeb(?:rity)?',
  'influencer',
  'youtuber',
  'famous',
  'well-?known',
  'household name',
  'a certain',
  'not saying who',
  "you(?:'d| would) know (?:him|her|them)",
]);

const RARE_RE = phraseRegex('pi-rare', [
  'fabry(?: disease)?',
  'gaucher(?: disease)?',
  'pompe(?: disease)?',
  'niemann-?pick',
  'tay-?sachs',
  "huntington(?:'s)?(?: disease)?",
  'motor neurone disease',
  'mnd',
  'als',
  'cjd',
  'creutzfeldt-?jakob',
  'scad',
  'spontaneous coronary artery dissection',
  'guillain-?barr[eé](?: syndrome)?',
  'gbs',
  'myasthenia(?: gravis)?',
  'kawasaki(?: disease)?',
  'progeria',
  "marfan(?:s|'s)?(?: syndrome)?",
  'ehlers-?danlos',
  'takotsubo',
  'necrotising fasciitis',
  'necrotizing fasciitis',
  'addisonian crisis',
  'phaeochromocytoma',
  'acromegaly',
  "wilson(?:'s)? disease",
  'moyamoya',
  'stevens-?johnson',
  'lassa',
  'ebola',
  'rabies',
  'tetanus',
  'diphtheria',
  'botulism',
  'leprosy',
  'anthrax',
  'typhoid',
  'cholera',
  'polio',
  'mpox',
  'monkeypox',
  "legionnaires(?:')?(?: disease)?",
  'triplets',
  'quadruplets',
  'quintuplets',
  'conjoined twins',
  'face transplant',
  'hand transplant',
  'womb transplant',
  'uterine transplant',
  'struck by lightning',
  'lightning strike',
  'shark attack',
  'acid attack',
  'crossbow',
  'gunshot',
  'shot',
  'stabbing',
  'stabbed',
  'leap (?:day|year) baby',
  '\\d{3}th birthday',
  '100th birthday',
  'first ever case',
  'youngest ever',
  'oldest ever',
  'inquest',
  'coroner',
]);

const NAMED_PLACE_RES: readonly RegExp[] = [
  // "St Mary's", "St. Aldhelm's"
  /\bSt\.? [A-Z][a-z]{2,20}(?:'s)?/g,
  // "Kingsbridge Academy", "Oak Ward", "Moor Lane", "Beechwood estate", "Red Lion"
  /\b[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})? (?:Academy|School|Primary|College|Hospital|Infirmary|General|Royal|Clinic|Surgery|Practice|Medical Centre|Health Centre|Ward|Unit|Lane|Road|Street|Close|Avenue|Drive|Crescent|Way|Gardens|Terrace|Estate|estate|Park|Green|Square|Hill)\b/g,
  /\bthe (?:Red|White|Black|Kings|King's|Queens|Queen's|Royal|Golden|Green|Old|New) [A-Z][a-z]{2,15}\b/g,
  // "our Truro clinic", "Barnstaple ED"
  /\b[A-Z][a-z]{2,20} (?:ED|A&E|AMU|ICU|ITU|clinic|surgery|practice|hospital|hospice|ward|unit|school)\b/g,
  // "in Hawes", "near Wadebridge", "from Ilkley"
  /(?<=\b(?:in|near|from|outside|at) )[A-Z][a-z]{2,20}(?:[- ][A-Z][a-z]{2,20})?\b/g,
  // Roads: "the A39", "M62"
  /\b(?:the )?[AMB]\d{1,4}\b/g,
  // "Ward 9", "bed 14", "bay 2": a location the author's colleagues can walk to.
  /\b(?:[Ww]ard|[Bb]ed|[Bb]ay|[Cc]ubicle|[Rr]oom) \d{1,2}[A-Z]?\b/g,
  // A full UK postcode covers a handful of households.
  /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g,
];
const SERVICE_AFTER =
  /^(?:'s)? (?:clinics?|groups?|class(?:es)?|services?|units?|wards?|hubs?|cafes?|health|checks?|massage|bank|weigh-?ins?|sessions?|drop-?ins?)\b/;
// A kind of service, not a named place: "Flu clinic", "Fracture clinic", "Memory unit".
const SERVICE_KIND =
  /^(?:flu|covid|vaccine|vaccination|jab|booster|baby|child|children's|memory|eye|fracture|pain|asthma|diabetes|diabetic|antenatal|postnatal|sexual|travel|smoking|weight|walk|drop|minor|injuries|injury|stroke|cardiac|heart|cancer|breast|chest|skin|foot|wound|blood|well|wellbeing|menopause|contraception|family|fertility|allergy|respiratory|renal|kidney|liver|mental|dementia|falls|frailty|day|evening|weekend|saturday|sunday|monday|tuesday|wednesday|thursday|friday|new|our|the|this|next|each|every)$/;
export const EPONYM_AFTER =
  /^(?:['\u2019]s?)? ?(?:disease|syndrome|score|reflex|sign|criteria|test|palsy|angina|phenomenon|ulcer|sarcoma|lymphoma|classification|scale)\b/i;

// Capitalised words that follow "in/at/from" but are not places.
const NOT_PLACE = new Set(
  [
    'the',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'christmas',
    'easter',
    'nhs',
    'resus',
    'majors',
    'minors',
    'clinic',
    'hospital',
    'theatre',
    'our',
    'my',
    'his',
    'her',
    'their',
    'this',
    'that',
    'last',
    'least',
    'first',
    'home',
    'work',
    'school',
    'ward',
    'bed',
    'bay',
    'icu',
    'itu',
    'amu',
    'all',
    'some',
    'any',
    'one',
    'two',
    'three',
    'hope',
    'time',
    'year',
    'years',
    'reception',
  ].map((w) => w.toLowerCase()),
);

const GENERIC_PLACE_RE = phraseRegex('pi-generic-place', [
  '(?:same |local |village |primary |secondary |high )?(?:school|sixth form|nursery|college|academy)',
  "(?:my|our) (?:daughter|son|kid|child|children|kids)'?s? (?:class|school|nursery|team|year)",
  '(?:on|from) (?:the|our|my) (?:estate|street|road|village)',
  'our village',
  'the village',
  '(?:a|the) house on',
  'next door',
  'care home',
  'nursing home',
  'prison',
]);

const EXACT_TIME_RES: readonly RegExp[] = [
  /\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b/g,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6} \d{1,2}(?:st|nd|rd|th)?\b/g,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  /\b(?:on )?(?:christmas (?:eve|day)|boxing day|new year'?s (?:eve|day)|easter (?:sunday|monday)|bonfire night|halloween|valentine'?s day|mother'?s day|father'?s day)\b/g,
  /\bat \d{4}\b|\bat \d{1,2}(?::\d{2})? ?(?:am|pm)\b/g,
  /\b(?:on )?(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]{0,5}(?:day)? \d{1,2}\b/g,
];
const RELATIVE_TIME_RE = phraseRegex('pi-relative-time', [
  'today',
  'tonight',
  'this (?:morning|afternoon|evening|week)',
  'last (?:night|week|month|weekend|tuesday|monday|wednesday|thursday|friday|saturday|sunday)',
  'yesterday',
  'overnight',
  'earlier this (?:month|week)',
  'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
]);

const RELATIONSHIP_RE = phraseRegex('pi-relationship', [
  "(?:my|our) (?:next-?door )?neighbou?r(?:'s (?:husband|wife|son|daughter|mum|dad|partner|kid|child|baby))?",
  "(?:my|our) (?:best )?(?:friend|mate)(?:'s (?:husband|wife|son|daughter|mum|dad|mother|father|partner|kid|child|baby))?",
  '(?:my|our) (?:sister|brother|mother|father|son|daughter)-in-law',
  '(?:my|our) (?:cousin|aunt|auntie|uncle|nephew|niece|godson|goddaughter|godchild)',
  "(?:my|our) (?:kids?|children|daughter|son)'s (?:teacher|friend|classmate|coach)",
  "(?:from|in) (?:my|our) (?:daughter|son|kid|child)'?s? (?:class|school|nursery|team|year)",
  "(?:my|our) (?:hairdresser|postman|vicar|landlord|boss|babysitter|childminder|kids' teacher)",
  'someone (?:from|at) my (?:gym|church|school|work)',
  '(?:at|from) my (?:gym|church|club)',
]);

const FEATURE_RE = phraseRegex('pi-feature', [
  'tattoos?',
  'birthmark',
  'scar (?:on|across|down)',
  'the one (?:w|with|who)',
  '(?:blue|red|green|yellow|black|white) door',
  'by the (?:chippy|pub|church|shop|park)',
  'famous for',
  'born (?:on )?(?:29(?:th)?(?: |/|\\.)0?2|leap day)',
  'leap day',
  'twins',
  'pet (?:dog|cat|snake|parrot)',
  'living alone',
  'lives alone',
]);

const WEIGHTS: Record<PieceKind, number> = {
  age: 1,
  sex: 0.5,
  occupation: 1.5,
  publicFigure: 2.5,
  rare: 1.5,
  place: 1.5,
  time: 0.5,
  relationship: 2,
  feature: 1,
};

// The author talking about themselves: "I was 38", "I'm 34", "diagnosed at 34" after "I".
const OWN_RE = /\b(?:i(?:'m| am| was| turned| turn)|me|my own|myself)\b/;

function addAll(
  view: SentenceView,
  key: string,
  re: RegExp,
  on: 'folded' | 'plain',
  kind: PieceKind,
  out: Piece[],
  weight = WEIGHTS[kind],
): void {
  for (const m of view.matches(key, re, on)) out.push({ kind, start: m.start, end: m.end, weight });
}

/** Every jigsaw piece in one sentence (sentence-relative offsets). */
export function sentencePieces(view: SentenceView): readonly Piece[] {
  return view.memo('pi.pieces', (v) => {
    const out: Piece[] = [];
    const folded = v.norm.folded;
    const own = OWN_RE.test(folded);
    AGE_RES.forEach((re, i) => {
      for (const m of v.matches(`pi-age-${i}`, re, 'folded')) {
        // Skip durations and the author's own age.
        const after = folded.slice(m.index + (m.groups[0]?.length ?? 0), m.index + (m.groups[0]?.length ?? 0) + 12);
        if (/^ ?(?:hours?|hrs?|mins?|minutes?|days?|weeks?|months?|-hour|-day|-week)\b/.test(after)) continue;
        if (
          own &&
          /^ ?(?:yo|y\/o|years? old|-year-old)?/.test(after) &&
          /\b(?:i(?:'m| am| was)|i turned)\s?$/.test(folded.slice(Math.max(0, m.index - 12), m.index))
        )
          continue;
        out.push({ kind: 'age', start: m.start, end: m.end, weight: WEIGHTS.age });
      }
    });
    for (const m of v.matches('pi-sex', SEX_RE, 'folded')) {
      // "baby clinic", "mum and baby group", "men's health checks": a service, not a person.
      if (
        SERVICE_AFTER.test(
          folded.slice(m.index + (m.groups[0]?.length ?? 0), m.index + (m.groups[0]?.length ?? 0) + 12),
        )
      )
        continue;
      out.push({ kind: 'sex', start: m.start, end: m.end, weight: WEIGHTS.sex });
    }
    addAll(v, 'pi-age-sex', /\b\d{1,3}[mf]\b/g, 'folded', 'sex', out);
    addAll(v, 'pi-occupation', OCCUPATION_RE, 'folded', 'occupation', out);
    addAll(v, 'pi-public', PUBLIC_FIGURE_RE, 'folded', 'publicFigure', out);
    addAll(v, 'pi-rare', RARE_RE, 'folded', 'rare', out);
    NAMED_PLACE_RES.forEach((re, i) => {
      for (const m of v.matches(`pi-place-${i}`, re, 'plain')) {
        const text = m.groups[0] ?? '';
        const word = text.replace(/^the /i, '').split(/[\s-]/)[0]?.toLowerCase() ?? '';
        if (NOT_PLACE.has(word) || SERVICE_KIND.test(word)) continue;
        const rest = v.norm.plain.slice(m.index + text.length, m.index + text.length + 14);
        // Eponyms are diseases, scores and signs, not places: "Graves' disease", "Wells score".
        if (EPONYM_AFTER.test(rest)) continue;
        // A city or country compromise knows is large; an unknown town or village is small.
        const term = v.parse.terms.find((t) => t.start === m.index);
        const large = !!term && (term.tags.has('City') || term.tags.has('Country') || term.tags.has('Region'));
        out.push({ kind: 'place', start: m.start, end: m.end, weight: large ? 0.75 : WEIGHTS.place });
      }
    });
    addAll(v, 'pi-generic-place', GENERIC_PLACE_RE, 'folded', 'place', out, 1);
    EXACT_TIME_RES.forEach((re, i) => addAll(v, `pi-time-${i}`, re, 'folded', 'time', out, 1));
    addAll(v, 'pi-relative-time', RELATIVE_TIME_RE, 'folded', 'time', out, 0.5);
    addAll(v, 'pi-relationship', RELATIONSHIP_RE, 'folded', 'relationship', out);
    addAll(v, 'pi-feature', FEATURE_RE, 'folded', 'feature', out);
    return dedupe(out);
  });
}

/** Drops pieces nested inside a longer piece of the same kind. */
function dedupe(pieces: Piece[]): Piece[] {
  return pieces.filter(
    (p, i) =>
      !pieces.some(
        (q, j) =>
          j !== i &&
          q.kind === p.kind &&
          q.start <= p.start &&
          p.end <= q.end &&
          (q.end - q.start > p.end - p.start || j < i),
      ),
  );
}

export interface PlacedPiece extends Piece {
  sentence: number;
}

/**
 * Local nicknames that, across the UK, mean "the hospital in this town": followers who know where
 * the author works know which one. They apply alongside the user's own terms.
 */
const LOCAL_HOSPITAL_NICKNAMES: readonly string[] = [
  'the royal',
  'the general',
  'the infirmary',
  'the county',
  'the cottage hospital',
  'the community hospital',
];

function nicknameAlone(plain: string, at: number, length: number): boolean {
  // "the general", "the royal", "the county" are ordinary words unless capitalised.
  const ambiguous = /^the (?:general|royal|county)$/i.test(plain.slice(at, at + length));
  if (ambiguous && !/\p{Lu}/u.test(plain.slice(at + 4, at + 5))) return false;
  const next = /^ ([\p{L}'\u2019-]+)/u.exec(plain.slice(at + length, at + length + 30))?.[1] ?? '';
  return !/^\p{Lu}/u.test(next) || /^(?:Hospital|Infirmary)$/.test(next);
}

/** User-supplied identifying terms (settings.identifyingTerms) and local nicknames, as draft spans. */
export function customTermSpans(doc: DocumentView): ReadonlyArray<{ start: number; end: number; sentence: number }> {
  return doc.memo('pi.custom-terms', (d) => {
    const own = (d.settings.identifyingTerms ?? []).map((t) => t.trim().toLowerCase()).filter((t) => t.length >= 2);
    const terms = [...own, ...LOCAL_HOSPITAL_NICKNAMES];
    const out: Array<{ start: number; end: number; sentence: number }> = [];
    if (terms.length === 0) return out;
    d.sentences.forEach((s: PlacedSentence, index) => {
      const folded = s.view.norm.folded;
      for (const term of terms) {
        let from = 0;
        for (let at = folded.indexOf(term, from); at >= 0; at = folded.indexOf(term, from)) {
          from = at + term.length;
          const before = at > 0 ? (folded[at - 1] ?? '') : '';
          const after = folded[at + term.length] ?? '';
          if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
          // A built-in nickname is a proper noun standing alone: "the Royal", not "the Royal
          // College of ...", "the general public" or "across the county".
          if (!own.includes(term) && !nicknameAlone(s.view.norm.plain, at, term.length)) continue;
          const span = s.view.norm.spanToOriginal(at, at + term.length);
          out.push({ start: span.start + s.start, end: span.end + s.start, sentence: index });
        }
      }
    });
    return out;
  });
}

/** All jigsaw pieces of the draft, in draft offsets, plus custom terms as places. */
export function docPieces(doc: DocumentView): readonly PlacedPiece[] {
  return doc.memo('pi.doc-pieces', (d) => {
    const out: PlacedPiece[] = [];
    d.sentences.forEach((s, index) => {
      for (const p of sentencePieces(s.view))
        out.push({ ...p, start: p.start + s.start, end: p.end + s.start, sentence: index });
    });
    for (const t of customTermSpans(d))
      out.push({ kind: 'place', start: t.start, end: t.end, sentence: t.sentence, weight: WEIGHTS.place });
    return out;
  });
}
