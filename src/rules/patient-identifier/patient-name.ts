/**
 * A person's name that may belong to a patient: a full name, a title and surname ("Mrs Patel",
 * typed in lower case too), a first name in patient context ("little Alfie", "Dennis's
 * dentures"), initials beside a bed, leetspeak ("j0hn b4rker") and the @handle of someone whose
 * care the post discusses.
 *
 * Like a Presidio recognizer, a candidate (from compromise's person tags and title patterns) is
 * weighed by its context: patient words next to the name make it an error, clinical talk nearby
 * a warning, and a bare name a weaker warning. Names introduced as staff or colleagues, public
 * office-holders, the author's own name, stories shared with stated consent and names addressed
 * in a reply that reveals no care relationship are left alone.
 */
import { defineRule } from '../engine/define';
import type { DocumentView, SentenceView } from '../engine/document';
import { parse, type Parse } from '../engine/nlp';
import type { Report } from '../types';
import { cueNames, EPONYMS } from './_name-cues';
import { clinicalNear, docContext, EPONYM_AFTER } from './_signals';

type NameKind = 'titled' | 'full' | 'first' | 'initials' | 'handle';

interface Candidate {
  kind: NameKind;
  /** Sentence-relative offsets in the original sentence. */
  start: number;
  end: number;
  /** Offsets in plain/folded text, to read the context either side. */
  plainStart: number;
  plainEnd: number;
  /** Lower-case name words, to link later mentions to an earlier staff introduction. */
  words: string[];
  title?: string;
  /** A lone first name directly before a common noun ("Amber alert"): probably not a person. */
  attributive?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Finding candidates in one sentence.

const TITLE_RE =
  /(?<!\p{L})(mr|mrs|ms|miss|mx|master)\.? (?:(?:and|&) (?:mr|mrs|ms|miss)\.? )?(\p{Ll}[\p{Ll}'\u2019-]{1,24})(?: (\p{Ll}[\p{Ll}'\u2019-]{1,24}))?/gu;
// Name shapes compromise may not know: "Hanne I. Kreutzmann", "Sigrid Nyström".
const NAME_SHAPE_RE = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\.?)? \p{Lu}\p{Ll}{1,25}(?![\p{L}\p{N}])/gu;
// Words after a capitalised pair that make it an organisation or place, not a person.
const ORG_AFTER =
  /^ (?:inc|ltd|llc|plc|group|trust|hospital|clinic|street|st|road|lane|close|university|college|school|centre|center|office)\b/i;
// Words that follow a title but are not names ("Mr Right", "Mrs to be").
const NOT_A_NAME = new Set(
  'and or the a an to be is was in on at of for from with by right nobody motivator men man blobby bean big hyde universe'.split(
    ' ',
  ),
);
// An organisation, product or place named just before: "the charity Bright Lungs", "brand".
const ORG_BEFORE =
  /\b(?:work(?:s|ed|ing)? (?:for|at)|employed by|shares in|charity|charities|company|firm|brand|app|organi[sz]ation|foundation|trustee of|founder of|ambassador for|sponsored by|campaign|initiative|programme|podcast|website|product|pharmacy|hotel|restaurant|pub|school|street|road)\s{1,2}$/;
// A name followed by the kind of place or business it names is part of that name, not a person:
// "Tanner's Yard", "Luna Women's Health", "Grant Medical Centre", "Rose Cottage".
const NAMED_PLACE_AFTER =
  /^(?:['’]s)?\s{1,2}(?:\p{Lu}[\p{L}'’]*\s{1,2}){0,2}(?:Yard|Street|Road|Lane|Avenue|Close|Court|Way|Place|Square|Park|Gardens|House|Cottage|Lodge|Hall|Centre|Center|Clinic|Health|Healthcare|Surgery|Practice|Pharmacy|Chemist|Hospital|Hospice|Ward|Unit|School|Academy|College|University|Hotel|Group|Trust|Ltd|Limited|Partners|Partnership|Associates|Rehab|Physio|Dental|Aesthetics|Wellness|Studio|Salon|Foundation|Fund|Institute|Society|Estate|Farm|Mill|Arms|Inn|Inc|LLC|Corp|Corporation|PLC|Co)\b/u;
// "X is a Swedish investment bank": an organisation or a work, introduced as one.
const ORG_IS_AFTER =
  /^ (?:is|was) an? (?:[\p{L}-]+ ){0,4}(?:company|bank|firm|corporation|business|brand|charity|organi[sz]ation|band|film|novel|book|app|website|platform|retailer|chain|manufacturer|provider|conglomerate|multinational)\b/u;
// A medical eponym in the possessive or before a lower-case word: "Addison's crisis", "Barrett's".
function eponym(word: string, after: string): boolean {
  return (
    EPONYMS.has(word) &&
    /^(?:['\u2019]s?\b| \p{Ll})/u.test(after) &&
    !/^['\u2019]s (?:daughter|son|wife|husband|mum|dad|family)\b/u.test(after)
  );
}
/** Guards shared by every source of names: organisations, named places, eponyms, saints. */
function notAPerson(plain: string, folded: string, start: number, end: number, first: string, word: string): boolean {
  const after = plain.slice(end, end + 40);
  return (
    ORG_BEFORE.test(folded.slice(Math.max(0, start - 30), start)) ||
    NAMED_PLACE_AFTER.test(after) ||
    // "Harper Wellness": the place word may be inside the candidate, after its first word.
    NAMED_PLACE_AFTER.test(plain.slice(start + first.length, end + 40)) ||
    ORG_AFTER.test(after.slice(0, 14)) ||
    ORG_IS_AFTER.test(folded.slice(end, end + 60)) ||
    EPONYM_AFTER.test(after.slice(0, 14)) ||
    eponym(word, after) ||
    /\bst\.?\s$/i.test(plain.slice(Math.max(0, start - 4), start))
  );
}

const BED_NAME_RE = /\b(\p{Lu}\p{Ll}{2,20})(?= (?:in|on|from) (?:bed|bay|cubicle|side ?room) ?\d)/gu;
// Capitalised words that can stand before "in bed 4" without being a name.
const NOT_BED_NAME = new Set(
  'the a an our my his her their this that patient patients pt lady ladies gent gentleman man woman chap bloke lad lass girl boy baby gran grandad mum dad everyone someone somebody anyone nobody who still back stuck left lying sitting sleeping asleep awake death meanwhile also and but so then now finally poor lovely confused'.split(
    ' ',
  ),
);
const INITIALS_RE =
  /\b([A-Z]{2,3})\b(?= (?:(?:in|on|at|from) )?(?:bed|bay|cubicle|side ?room|resus|room) ?\d)|(?<=\b(?:pt|patient|Pt|Patient) )([A-Z]{2,3})\b/g;
// Upper-case words that sit beside beds and bays but are units, grades or systems, not people.
const NOT_INITIALS = new Set(
  'ID DOB NOK IG ED AE AMU MAU SAU CDU ICU ITU HDU CCU NICU PICU SCBU GP HCA RN RGN SHO FY ST CT NHS MRI ECG DNR TTO MDT OPD OT PT SDEC EAU ACU CAU ANP ACP CNS NIV CPAP IV IM AKA PRN BD OD TDS QDS ALS BLS ILS UK UTI MI CVA'.split(
    ' ',
  ),
);
const STAFF_TITLE_WORDS = new Set(
  'sister nurse matron midwife dr doctor prof professor reverend rev sir dame lord lady cllr councillor captain'.split(
    ' ',
  ),
);
const HANDLE_RE = /(?<![\w@])@[A-Za-z0-9_]{2,30}\b/g;
const LEET_WORD = /[a-z][0-9@$]+[a-z]/;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

// Sentence openers that are capitalised only because they come first.
const OPENERS = new Set(
  "the a an this that these those it it's its i i'm i've i'd we we're we've our my me you your he she they their his her there here what when where why how who which if so and but or because as at in on of for from to with by after before during then now just not no yes all some every each one two three many most more any please thank thanks today tonight yesterday tomorrow feeling huge big great lovely such also still".split(
    ' ',
  ),
);

/**
 * Cheap test before the compromise parse: a title, "little", a handle, leetspeak, or a
 * capitalised word other than an all-capitals acronym, "I" or a common sentence opener.
 */
function mayHaveName(plain: string): boolean {
  if (/\b(?:mr|mrs|ms|miss|mx|master|little)\b|@|[a-z][0-9][a-z]/iu.test(plain)) return true;
  // Initials beside a bed ("PK in bed 12") or after "pt".
  if (
    /\b[A-Z]{2,3} (?:(?:in|on|at|from) )?(?:bed|bay|cubicle|side ?room|resus|room)|\b(?:pt|patient) [A-Z]{2,3}\b/iu.test(
      plain,
    )
  )
    return true;
  if (!/\p{Lu}/u.test(plain)) return false;
  const words = plain.match(/[\p{L}\p{N}'\u2019.-]+/gu) ?? [];
  return words.some((w, i) => {
    if (!/^\p{Lu}/u.test(w)) return false;
    if (/^[\p{Lu}\p{N}'\u2019.-]+$/u.test(w) && w.length <= 6 && !/^\p{Lu}\.?$/u.test(w)) return false;
    if (i === 0 && OPENERS.has(w.toLowerCase().replace(/\u2019/g, "'"))) return false;
    return !/^I(?:['\u2019](?:m|ve|d|ll))?$/u.test(w);
  });
}

function termAt(parse: Parse, plainIndex: number): Parse['terms'][number] | undefined {
  return parse.terms.find((t) => t.start <= plainIndex && plainIndex < t.end);
}

function candidatesIn(view: SentenceView): Candidate[] {
  return view.memo('pi.name-candidates', (v) => {
    const out: Candidate[] = [];
    const { plain, folded } = v.norm;
    const place = (
      kind: NameKind,
      ps: number,
      pe: number,
      words: string[],
      title?: string,
      attributive = false,
    ): void => {
      if (out.some((c) => c.plainStart < pe && ps < c.plainEnd)) return;
      const span = v.norm.spanToOriginal(ps, pe);
      out.push({
        kind,
        ...span,
        plainStart: ps,
        plainEnd: pe,
        words,
        ...(title ? { title } : {}),
        ...(attributive ? { attributive } : {}),
      });
    };
    const placeCues = (): void => {
      for (const c of cueNames(v)) {
        if (notAPerson(plain, folded, c.start, c.end, c.words[0] ?? '', c.words[c.words.length - 1] ?? '')) continue;
        // A fuller name replaces the part compromise found ("Aoife Brennan" over "Brennan"), and
        // runs a title's name on ("Mr Geoffrey" + "Geoffrey Thwaite").
        const overlapping = out.filter((o) => o.plainStart < c.end && c.start < o.plainEnd);
        const inside = overlapping.filter((o) => c.start <= o.plainStart && o.plainEnd <= c.end && !o.title);
        const titled = overlapping.find((o) => o.kind === 'titled' && o.plainStart <= c.start && o.plainEnd < c.end);
        if (inside.length === overlapping.length - (titled ? 1 : 0) && inside.every((o) => o.kind !== 'handle')) {
          for (const o of inside) out.splice(out.indexOf(o), 1);
          if (titled) {
            titled.plainEnd = c.end;
            titled.end = v.norm.spanToOriginal(titled.plainStart, c.end).end;
            titled.words = [...new Set([...titled.words, ...c.words])];
            continue;
          }
        }
        place(c.kind, c.start, c.end, c.words);
      }
    };
    if (!mayHaveName(plain)) {
      placeCues();
      return out;
    }
    const nlp = v.parse;

    // Title + name: "Mrs Hilary Dunn", "mrs jenkins", "Mr and Mrs Okonjo".
    for (const m of v.matches('pi-title', TITLE_RE, 'folded')) {
      const [whole, title, first, second] = m.groups as [string, string, string, string | undefined];
      if (NOT_A_NAME.has(first)) continue;
      // "100 mg MR BD" is modified release, not a title.
      const firstPlain = plain.slice(m.index + whole.indexOf(first, title.length)).split(/\s/)[0] ?? '';
      if (/^[A-Z]{1,3}(?!\p{L})/u.test(firstPlain) && !/^[A-Z]{4,}/.test(firstPlain)) continue;
      if (/\d\s?(?:mg|g|mcg|micrograms?|ml)?\s$/i.test(plain.slice(Math.max(0, m.index - 8), m.index))) continue;
      let end = m.index + whole.length;
      const words = [first];
      if (second !== undefined) {
        const secondStart = end - second.length;
        const plainSecond = plain.slice(secondStart, end);
        const keep =
          !NOT_A_NAME.has(second) &&
          (isCapitalised(plainSecond) || LEET_WORD.test(plain.slice(secondStart, end).toLowerCase())) &&
          !termAt(nlp, secondStart)?.tags.has('Verb');
        if (keep) words.push(second);
        else end = secondStart - 1;
      }
      // "mr pearson" is a name; "Mr Blobby" aside, a lower-case word after a title must not be
      // an ordinary word such as a verb or adjective.
      const firstStart = m.index + whole.indexOf(first, title.length);
      const firstTerm = termAt(nlp, firstStart);
      if (
        firstTerm &&
        !isCapitalised(plain.slice(firstStart)) &&
        /Verb|Adjective|Determiner|Preposition|Pronoun/.test([...firstTerm.tags].join(' '))
      )
        continue;
      place('titled', m.index, end, words.map(stripPossessive), title);
    }

    // compromise's people, and leetspeak names read from the folded text.
    const sources: Parse[] = [nlp];
    if (LEET_WORD.test(plain.toLowerCase()) && folded !== plain.toLowerCase()) {
      sources.push(v.memo('pi.folded-parse', (s) => parse(s.norm.folded)));
    }
    for (const p of sources) {
      for (const [from, to] of p.people) {
        let terms = p.terms.slice(from, to).filter((t) => !t.tags.has('Honorific'));
        // compromise sometimes pulls a common noun into the name ("the charity Bright Lungs").
        while (terms.length > 1 && !isCapitalised(terms[0]!.text) && !terms[0]!.tags.has('FirstName'))
          terms = terms.slice(1);
        // "Amber weather warning": a capitalised name does not run on into lower-case words.
        const lower = terms.findIndex((t, i) => i > 0 && !isCapitalised(t.text) && !LEET_WORD.test(t.normal));
        if (lower > 0 && isCapitalised(terms[0]!.text)) terms = terms.slice(0, lower);
        if (terms.length === 0) continue;
        // Named as an organisation, product or place: "the charity Bright Lungs", "Rose ward".
        if (ORG_BEFORE.test(plain.slice(Math.max(0, terms[0]!.start - 30), terms[0]!.start).toLowerCase())) continue;
        if (NAMED_PLACE_AFTER.test(plain.slice(last0(terms).end, last0(terms).end + 40))) continue;
        if (ORG_IS_AFTER.test(folded.slice(last0(terms).end, last0(terms).end + 60))) continue;
        if (
          terms.length === 1 &&
          eponym(
            stripPossessive(terms[0]!.normal),
            plain.slice(terms[0]!.end - (/['\u2019]s$/u.test(terms[0]!.text) ? 2 : 0), terms[0]!.end + 30),
          )
        )
          continue;
        if (p.terms[from]?.tags.has('Honorific')) continue; // the title pattern covers these
        // A staff title compromise kept inside the name ("Sister Amina Yusuf") marks staff.
        const staffTitled = STAFF_TITLE_WORDS.has(terms[0]!.normal);
        if (staffTitled) terms = terms.slice(1);
        if (terms.length === 0) continue;
        // A lower-case word counts only as a known first name ("little alfie"): compromise also
        // tags ordinary nouns ("lesson") as surnames.
        const named = terms.some((t) =>
          isCapitalised(t.text)
            ? t.tags.has('FirstName') || t.tags.has('LastName') || t.start > 0
            : t.tags.has('FirstName'),
        );
        // Acronyms ("ED", "MR BD") are not names; nor is the saint in "St John's wort".
        const acronym = terms.every(
          (t) => /^[A-Z]{1,4}\W*$/.test(t.text) || (/^[A-Z]{2,}\W*$/.test(t.text) && /[a-z]/.test(plain)),
        );
        if (EPONYM_AFTER.test(plain.slice(last0(terms).end, last0(terms).end + 14))) continue;
        const saint = /\bst\.?\s$/i.test(plain.slice(Math.max(0, terms[0]!.start - 4), terms[0]!.start));
        if (!named || acronym || saint) continue;
        // A leetspeak surname after a first name: "j0hn b4rker".
        const next = p.terms[to];
        if (next && LEET_WORD.test(plain.slice(next.start, next.end).toLowerCase())) terms = [...terms, next];
        const first = terms[0]!;
        const last = terms[terms.length - 1]!;
        const end = last.start + last.text.replace(/[^\p{L}\p{N}'\u2019.]+$/u, '').replace(/['\u2019]s$/, '').length;
        const words = terms.map((t) => stripPossessive(t.normal));
        // A lone first name used as a modifier of a common noun: "Amber alert", "Holly bush".
        const following = p.terms[p.terms.indexOf(last) + 1];
        const attributive =
          terms.length === 1 &&
          isCapitalised(first.text) &&
          first.tags.has('FirstName') &&
          !first.tags.has('LastName') &&
          !/['\u2019]s$/.test(first.text) &&
          !!following &&
          /^ ?$/.test(plain.slice(last.end, following.start)) &&
          !isCapitalised(following.text) &&
          following.tags.has('Noun') &&
          !/Pronoun|Date|Value|Verb|Adverb|Possessive|FirstName/.test([...following.tags].join(' '));
        place(
          terms.length > 1 ? 'full' : 'first',
          first.start,
          end,
          words,
          staffTitled ? 'staff' : undefined,
          attributive,
        );
      }
    }

    for (const m of v.matches('pi-name-shape', NAME_SHAPE_RE, 'plain')) {
      const text = m.groups[0] ?? '';
      const middleInitial = / \p{Lu}\.? /u.test(text);
      const foreign = /[\u00c0-\u024f]/.test(text);
      if (!middleInitial && !foreign) continue;
      if (m.index === 0 && !middleInitial) continue;
      if (ORG_AFTER.test(plain.slice(m.index + text.length, m.index + text.length + 14))) continue;
      const words = text
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.replace(/\./g, '').length > 1);
      place('full', m.index, m.index + text.length, words);
    }
    // A capitalised word right before a bed or bay is almost always a name, even one compromise
    // reads as a common word ("Rose in bay 2", "Sunny in bed 4").
    for (const m of v.matches('pi-bed-name', BED_NAME_RE, 'plain')) {
      const word = m.groups[1] ?? '';
      if (NOT_BED_NAME.has(word.toLowerCase())) continue;
      // "from Pickering in bed 4": a place, which the jigsaw rule weighs, not a name.
      if (/\b(?:from|in|near|at|of|to)\s$/i.test(plain.slice(Math.max(0, m.index - 6), m.index))) continue;
      place('first', m.index, m.index + word.length, [word.toLowerCase()]);
    }
    for (const m of v.matches('pi-initials', INITIALS_RE, 'plain')) {
      const initials = m.groups[1] ?? m.groups[2] ?? '';
      if (NOT_INITIALS.has(initials)) continue;
      place('initials', m.index, m.index + initials.length, [initials.toLowerCase()]);
    }
    for (const m of v.matches('pi-handle', HANDLE_RE, 'plain')) {
      place('handle', m.index, m.index + (m.groups[0]?.length ?? 0), [(m.groups[0] ?? '').toLowerCase()]);
    }
    placeCues();
    return out;
  });
}

function last0<T>(list: readonly T[]): T {
  return list[list.length - 1] as T;
}

function stripPossessive(word: string): string {
  return word.replace(/['\u2019]s$/, '').replace(/[^\p{L}\p{N}@_-]/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Context either side of a name (folded text).

// Introduced as staff: "my colleague", "our HCA", "ward pharmacist", "Dr", "Sister",
// "congratulations to", "welcome back to the team,".
const STAFF_BEFORE =
  /(?:\b(?:dr|doctor|prof|professor|sister|sr|matron|charge nurse|nurse|nurses|midwife|midwives|consultant|registrar|reg|sho|f1|f2|fy1|fy2|hca|hcas|healthcare assistant|support worker|pharmacist|physio|physiotherapist|paramedic|porter|receptionist|administrator|secretary|manager|lead|director|chair|ceo|colleague|colleagues|mentor|supervisor|trainee|student|apprentice|colleague's|team ?mate|cllr|councillor|rev|reverend|sir|dame|lord|baroness|mp|minister|secretary of state|president|king|queen|prince|princess|congratulations to|congrats to|well done(?: to)?|welcome back(?: to the team)?|welcome to the team|to the team|say hello to|thanks to|thank you to|huge thanks to|shout-? ?out to|keynote|speaker|talk (?:by|from)|lecture (?:by|from)|presented by|with dr|our new|author|authors|written by|(?<!(?:directed|produced|composed|performed|sung|painted|illustrated|narrated|voiced) )by)[\s,:;'\u2019-]{0,3}(?:(?:our|my|the|new|lovely|amazing|brilliant|fab|fabulous|wonderful|incredible|own|very|dear) ){0,2})$/;
const STAFF_AFTER =
  /^[\s,]{0,3}(?:\((?:f1|f2|fy1|fy2|st\d|ct\d|sho|reg|registrar|hca|rn|cns|anp|acp|gp|consultant)\)|(?:our|my|the) (?:new |lovely |brilliant )?(?:[a-z&]+ ){0,2}(?:consultant|registrar|matron|sister|nurse|lead|director|manager|colleague|pharmacist|physio|hca|midwife|gp|doctor|surgeon|anaesthetist|educator|practitioner)|who (?:has )?(?:just )?(?:qualified|passed|retired|is retiring|stayed|spotted|taught|teaches|led|covered|started as)|(?:has|have) been (?:a|an|our) |(?:has been|is) (?:promoted|appointed)|for (?:teaching|covering|organising|running|leading|the teaching|(?:his|her|their) (?:teaching|talk|support|help|hard work|leadership))|on (?:passing|qualifying|(?:his|her|their) (?:promotion|retirement|new role|appointment|exams?))|is retiring|retires|retired|will be (?:talking|speaking)|is the keynote|speaking at|started as)/;
// "Mr" and "Miss" are surgeons' titles in the UK: "Mr X's list", "Mr X operates".
const SURGEON_AFTER =
  /^(?:['\u2019]s)?\s{0,2}(?:(?:theatre |operating |elective )?list|firm|team|patients|clinic list|registrar|juniors)|^\s{0,2}(?:operates|operated|operating|is operating|the surgeon|\(?consultant|\(?surgeon)/;
// Allegations about a clinician are for the defamation rules, not for this one.
const ALLEGATION_RE =
  /\b(?:botch\w{0,4}|falsif\w{0,5}|fiddl\w{0,4}|fraud\w{0,3}|lie[sd]?|lying|liar|steal\w{0,3}|stole|drunk|negligen\w{1,4}|incompeten\w{1,3}|cover(?:ing|ed)?[- ]up|missed (?:a|the|my) \w+|took £|kickbacks?|bribe\w{0,3}|avoid (?:him|her|them)|struck off|sack(?:ed)?|abus\w{1,4}|shred\w{0,4}|destroy\w{0,3}|doctor(?:ed|ing) (?:the )?(?:notes|records|figures))\b/;
// The author's own name: "my name is", "call me".
const OWN_BEFORE = /(?:\bmy name is|\bmy name's|\bcall me|\bi'm|\bi am|\bsigned)\s{0,2}$/;
// Anchors that make a name a patient's: bed, ward, age, identifiers, funeral, "my patient".
const PATIENT_AFTER =
  /^(?:['\u2019]s)?[\s,]{0,3}(?:\(\d{1,3}\)|\d{1,3}\s?[,)]|\d{1,3}(?:yo|[mf])\b|(?:in|from|on) (?:bed|bay|cubicle|side ?room|resus|room|the ward|ward|\w+ ward|icu|itu|hdu|amu|majors)\b|(?:on|in) (?:the )?[a-z]+(?:'s)? ward|from (?:the )?\w+ (?:clinic|ward|unit)|(?:was|is|has been|got) (?:in|admitted|discharged|seen|brought|rushed|sent)|came in|(?:sadly )?(?:passed|died)|funeral|'?s? (?:funeral|dentures|glasses|hearing aids?|bloods|results|scan|biopsy|op|operation|surgery|bag|belongings|meds|medication|drug chart|notes|relatives|family|wife|husband|daughter|son|mum|dad|carer)|(?:dob|d\.o\.b|nhs|mrn|hosp(?:ital)? no|born)\b|\d{5}|re (?:inr|bloods|results|scan|meds|prescription|referral|appointment))(?![a-z])/;
const PATIENT_BEFORE =
  /(?:\b(?:my|our|a|the|one of my|one of our) (?:patients?|pts?|resident|service user|client|lady|ladies|gent|gentleman)|\b(?:pt|patient|little|baby|wee|young|old|lovely old)|\b(?:ring back|call back|chase|visited|visiting|saw|seen|treated|treating|discharged|admitted|reviewed|bloods for|results for|scan for|referral for|visit to|funeral of|sit with))[\s,:]{0,3}$/;
// A name being spoken to: "Hi Jean,", "Thinking of you Gary", "Replying to @x".
const ADDRESS_BEFORE =
  /(?:\b(?:hi|hello|hey|dear|morning|evening|thanks|thank you|thinking of you|get well soon|love to you|replying to|in reply to|reply to|re|congrats|happy birthday)[\s,:!]{0,3})$/;
// The post reveals the person addressed is (or was) the author's patient.
const REVEAL_RE =
  /\b(?:your (?:[\w'\u2019]+ ){0,2}(?:results?|bloods|blood tests?|scan|biopsy|x-?ray|mri|ct|smear|swab|ecg|referral|appointment|op|operation|surgery|wound|dressing|prescription|diagnosis)|(?:the|my) (?:scan|biopsy|results?|bloods) (?:showed|came back|are|were|was|is)|bloods (?:all )?(?:back|normal|fine|clear)|came back (?:all )?(?:clear|normal|fine)|remember you from|see you in (?:clinic|surgery|the practice)|saw you (?:in|at|today|yesterday|last)|great to see you|what we talked about|from (?:the|your) (?:photos?|pics?|pictures?|images?)|(?:wound|cut|rash|burn|lump|mole|ulcer|bite|leg|foot|toe|finger)(?:'s|\u2019s| is| looks) (?:infected|broken|fractured|cancerous|healing|worse|better)|(?:ended up )?treat(?:ed|ing)|looked after (?:you|him|her)|in resus|my patient)\b/;

// ---------------------------------------------------------------------------------------------

interface Judged extends Candidate {
  sentence: number;
  verdict: 'patient' | 'clinical' | 'bare' | 'skip';
  staff: boolean;
}

interface LocalContext {
  anchored: boolean;
  staff: boolean;
  own: boolean;
  /** Spoken to (greeting or vocative); not used for handles. */
  addressed: boolean;
}

/** What a sentence says about itself: reveal and allegation flags (memoised). */
function sentenceFlags(view: SentenceView): { reveal: boolean; alleging: boolean } {
  return view.memo('pi.name-flags', (s) => ({
    reveal: REVEAL_RE.test(s.norm.folded),
    alleging: ALLEGATION_RE.test(s.norm.folded),
  }));
}

/** The context of each candidate inside its own sentence, aligned with candidatesIn (memoised). */
function localContexts(view: SentenceView): readonly LocalContext[] {
  return view.memo('pi.name-contexts', (s) => {
    const folded = s.norm.folded;
    return candidatesIn(s).map((c): LocalContext => {
      const before = folded.slice(Math.max(0, c.plainStart - 60), c.plainStart);
      const after = folded.slice(c.plainEnd, c.plainEnd + 60);
      const patientBefore = PATIENT_BEFORE.test(before);
      const anchored = PATIENT_AFTER.test(after) || patientBefore;
      const surgeon = (c.title === 'mr' || c.title === 'miss' || c.title === 'ms') && SURGEON_AFTER.test(after);
      const staff =
        c.title === 'staff' || (!patientBefore && (STAFF_BEFORE.test(before) || STAFF_AFTER.test(after) || surgeon));
      // Spoken to: after a greeting, or "Lorraine, ..." / "Honestly Lorraine, ..." as a vocative.
      const vocative = /^[,:!]/.test(after) && /^\s*(?:[a-z']+\s+)?$/.test(before);
      return {
        anchored,
        staff,
        own: OWN_BEFORE.test(before) && !/^['\u2019]s\b/.test(after),
        addressed: ADDRESS_BEFORE.test(before) || vocative,
      };
    });
  });
}

function judge(doc: DocumentView): Judged[] {
  return doc.memo('pi.names', (d) => {
    let reveal = false;
    let alleging = false;
    for (const s of d.sentences) {
      const flags = sentenceFlags(s.view);
      if (flags.reveal) reveal = true;
      if (flags.alleging) alleging = true;
      if (reveal && alleging) break;
    }
    const anyClinical = docContext(d).clinical;
    const all: Judged[] = [];
    d.sentences.forEach((s, index) => {
      const candidates = candidatesIn(s.view);
      if (candidates.length === 0) return;
      const contexts = localContexts(s.view);
      candidates.forEach((c, k) => {
        const { anchored, staff, own } = contexts[k] as LocalContext;
        const addressed =
          c.kind === 'handle' ? index === 0 && c.plainStart < 20 : (contexts[k] as LocalContext).addressed;
        const clinical = clinicalNear(d, index);
        let verdict: Judged['verdict'];
        if (staff || own) verdict = 'skip';
        else if (c.kind === 'handle') verdict = addressed && reveal ? 'patient' : 'skip';
        else if (addressed && !anchored) verdict = reveal ? 'patient' : 'skip';
        else if (c.attributive && !anchored) verdict = 'skip';
        else if (alleging && !anchored) verdict = 'skip';
        else if (anchored) verdict = 'patient';
        else if (clinical) verdict = 'clinical';
        else if (c.kind === 'initials') verdict = 'skip';
        else verdict = anyClinical && c.kind === 'first' ? 'skip' : 'bare';
        all.push({ ...c, start: c.start + s.start, end: c.end + s.start, sentence: index, verdict, staff });
      });
    });
    // A later mention of someone introduced as staff ("Tom has been a brilliant registrar").
    const staffWords = new Set(all.filter((j) => j.staff).flatMap((j) => j.words));
    for (const j of all) {
      if (j.verdict !== 'skip' && j.verdict !== 'patient' && j.words.some((w) => staffWords.has(w))) j.verdict = 'skip';
    }
    // The author's own name (their profile's name on this platform) is not a patient's. A lone
    // first name anchored to care ("Sam in bed 4") may still be a patient who shares it.
    const own = authorWords(d);
    for (const j of all) {
      const mine = j.words.length > 0 && j.words.every((w) => own.has(normalName(w)));
      if (mine && (j.words.length > 1 || j.verdict !== 'patient')) j.verdict = 'skip';
    }
    return all;
  });
}

/** Words of the name the user posts under, as candidate words are compared ("Dr Sam O'Neill" → sam, o'neill). */
function authorWords(doc: DocumentView): Set<string> {
  const name = doc.settings.author?.name ?? '';
  const words = name.toLowerCase().match(/[\p{L}\p{N}'\u2019-]+/gu) ?? [];
  return new Set(words.map(normalName).filter((w) => !TITLES.has(w)));
}

const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame']);
const normalName = (word: string): string =>
  word
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/^@/, '');

export default defineRule({
  id: 'patient-identifier/patient-name',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'error',
    summary:
      "Flags a person's name, initials or handle where it may belong to a patient whose care the post describes.",
    messages: {
      patientName:
        "This looks like a patient's name. A name next to clinical details identifies the patient, even when the post is warm or celebratory, and even after they have died. Consider removing it, or sharing only with their written consent.",
      nameNearCare:
        'This name sits near clinical details. If it belongs to a patient, or to their family, readers could identify who was treated. Consider removing it.',
      bareName:
        "This is a person's name. If it belongs to a patient or someone whose care you are describing, consider removing it.",
      initials:
        'Initials next to a bed, bay or clinical detail can identify a patient to staff, visitors and family. Consider removing them.',
      handle:
        'Replying to this person in public while discussing their care shows they are a patient and puts their health details on view. Consider moving to a private, official channel.',
    },
    guidance: ['gmc-social-media-2024-p18', 'gmc-social-media-2024-p19', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [
        { text: 'Mrs Ivy Thornbury in bed 4 finally ate a full breakfast today!' },
        { text: 'so proud of little maisie on the childrens ward, last chemo today' },
      ],
      pass: [
        {
          text: 'Huge thanks to our HCA Precious Adeyemi for staying late to help us tonight.',
          why: 'a colleague being praised',
        },
        {
          text: "Shared with Ken's written consent and approved by our communications team: Ken is back on his bike after rehab.",
          why: 'consent and communications sign-off are stated',
        },
      ],
    },
  },
  check(doc) {
    if (docContext(doc).consent) return [];
    const out: Report[] = [];
    for (const j of judge(doc)) {
      if (j.verdict === 'skip') continue;
      const base = { start: j.start, end: j.end, suggestion: j.kind === 'handle' ? '' : 'the patient' };
      if (j.kind === 'handle') {
        out.push({ start: j.start, end: j.end, messageId: 'handle', score: 0.85 });
      } else if (j.kind === 'initials') {
        out.push({ ...base, messageId: 'initials', score: 0.85 });
      } else if (j.verdict === 'patient') {
        out.push({ ...base, messageId: 'patientName', score: 0.92 });
      } else if (j.verdict === 'clinical') {
        const strong = j.kind !== 'first';
        out.push({
          ...base,
          messageId: 'nameNearCare',
          score: strong ? 0.8 : 0.7,
          severity: strong ? 'error' : 'warning',
        });
      } else {
        out.push({ ...base, messageId: 'bareName', score: j.kind === 'first' ? 0.55 : 0.6, severity: 'warning' });
      }
    }
    return out;
  },
});
