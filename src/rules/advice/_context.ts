/**
 * Context signals shared by the advice and boundary rules: who a passage is addressed to, and
 * whether it is written for clinicians or signposts to a service.
 *
 * Signals are computed per sentence (cached across keystrokes by SentenceView.memo) and combined
 * per paragraph, because long posts often mix a sourced public-health paragraph with one reply
 * to an individual, and one must not excuse the other.
 */
import type { DocumentView, PlacedSentence, SentenceView } from '../engine/document';

export interface Paragraph {
  start: number;
  end: number;
  sentences: readonly PlacedSentence[];
}

/** Paragraphs are separated by a blank line; a draft without one is one paragraph. */
export function paragraphs(doc: DocumentView): readonly Paragraph[] {
  return doc.memo('advice.paragraphs', (d) => {
    const breaks: number[] = [];
    const blank = /\n[ \t]*\n/g;
    for (let m = blank.exec(d.text); m; m = blank.exec(d.text)) breaks.push(m.index);
    const out: Paragraph[] = [];
    let from = 0;
    for (const cut of [...breaks, d.text.length]) {
      const sentences = d.sentences.filter((s) => s.start >= from && s.start < Math.max(cut, from + 1));
      if (sentences.length > 0) out.push({ start: from, end: cut, sentences });
      from = cut + 1;
    }
    return out;
  });
}

export function paragraphAt(doc: DocumentView, at: number): Paragraph | undefined {
  return paragraphs(doc).find((p) => p.sentences.some((s) => s.start <= at && at < s.end));
}

// --- Addressed to one person --------------------------------------------------------------

const REPLY_OPENING = /^\s*(?:@[\w.]{2,30}|(?:in )?reply(?:ing)? to\b)/i;
const GREETING =
  /^\s*(?:[Hh]i|[Hh]ey|[Hh]iya|[Dd]ear|[Mm]orning|[Ee]vening|[Aa]fternoon|[Aa]w+|[Oo]h|[Tt]hanks|[Tt]hank you)[\s,]+(?!(?:All|Everyone|Everybody|Folks|Team|Guys|There|Both|Again|Y'?all)\b)(?:(?:Mrs?|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][a-z]{1,20}\b/;
// Endearments used to one reader ("hun", "lovely", "mate"), closing a clause.
const ENDEARMENT =
  /(?:^\s*(?:hun|hon|babe|mate)\b|\b(?:hun|hunny|hon|babe|mate|pet|petal|chick|lovely|sweetie|my dear|m8)(?=\s*(?:[,.!?]|x+\b|$|\p{Extended_Pictographic})))/u;
// "to the lady who messaged me", "you asked on here", "from what you've described".
const ADDRESS_PHRASE =
  /\b(?:to the (?:lady|man|woman|gent(?:leman)?|person|mum|dad|mother|father|chap|guy|lad|girl|lass|connection|follower|reader|parent)s? who|who (?:messaged|asked|dm'?d|dmed|commented|emailed|wrote|posted)\b|(?:you|someone|a few of you|some of you|lots of you|several of you|my [\w-]{2,20}) asked (?:me |on here|about|in)|asked (?:on here|in the group|in this group)|for (?:anyone|everyone|those|the people) (?:in|on) (?:this|the|our) [\w ]{0,25}?(?:group|page|thread|chat) (?:asking|who asked)|from what you(?:['’]ve| have)? (?:described|said|told|sent|shown)|from (?:your|the) (?:description|photos?|pics?|pictures?|message|video)|i(?:['’]ve)? (?:saw|seen|looked at) (?:the|your) (?:photos?|pics?|pictures?|video))/;
const VOCATIVE_CANDIDATE =
  /(?:^\s*|[.!?]\s+|,\s+(?=[A-Z][a-z]{2,20}\s*!)|\b(?:[Hh]onestly|[Ss]o|[Aa]nd|[Tt]hinking of you|[Tt]hanks|[Tt]hank you|[Ww]ell done|[Ss]orry|[Yy]es|[Nn]o|[Oo]k|[Oo]kay|[Ll]ook|[Ll]isten|[Bb]less you|[Ll]ove you)\s+)([A-Z][a-z]{2,20})\s*[,!]/g;

function sentenceAddressed(view: SentenceView): boolean {
  return view.memo('advice.addressed', (s) => {
    const { plain, folded } = s.norm;
    if (REPLY_OPENING.test(plain) || GREETING.test(plain)) return true;
    if (ENDEARMENT.test(folded) || ADDRESS_PHRASE.test(folded)) return true;
    VOCATIVE_CANDIDATE.lastIndex = 0;
    const candidates: number[] = [];
    for (let m = VOCATIVE_CANDIDATE.exec(plain); m; m = VOCATIVE_CANDIDATE.exec(plain)) {
      candidates.push(m.index + m[0].indexOf(m[1] ?? ''));
    }
    if (candidates.length === 0) return false;
    // Only now pay for the parse: is the capitalised word a first name?
    const terms = s.parse.terms;
    return candidates.some((at) => terms.some((t) => t.start === at && t.tags.has('FirstName')));
  });
}

/** The passage is written to one person: a reply, a greeting, a vocative name or an endearment. */
export function isAddressed(doc: DocumentView, paragraph: Paragraph | undefined): boolean {
  const first = doc.sentences[0];
  if (first && REPLY_OPENING.test(first.view.norm.plain)) return true;
  return (paragraph?.sentences ?? doc.sentences).some((s) => sentenceAddressed(s.view));
}

/** Second person in the sentence ("you", "your", "ur"). */
export function hasSecondPerson(view: SentenceView): boolean {
  return view.memo('advice.second-person', (s) =>
    /\b(?:you|your|yours|you['’](?:re|ve|ll|d)|ur|u)\b/.test(s.norm.folded),
  );
}

// --- Written for clinicians, or signposted -------------------------------------------------

// Sources and audience markers of clinician-facing teaching. Acronyms are case-sensitive so that
// "nice" the adjective does not count.
const CLINICIAN_ACRONYM =
  /\b(?:NICE|BNFc?|RCUK|JBDS|SIGN|CKS|UKHSA|MHRA|RCPCH|RCOG|BTS|NG\d{2,3}|CG\d{2,3}|IM|IV|SC|IM\/IV|IV\/IM)\b/;
const CLINICIAN_PHRASE =
  /(?:#foamed|#meded|#medtwitter|#gptraining|\bresuscitation council\b|\bgreen book\b|\bguidelines?\b|\bteaching\b|\blocal protocol\b|\btrust (?:policy|guideline)\b|\bfor (?:our |the |my |all )?(?:gp registrars|registrars|trainees|students|student nurses|nursing students|medical students|f1s|f2s|fy1s|fy2s|juniors|clinicians|colleagues|prescribers|new starters|paramedics|pharmacists)\b|\bcase q\b|\/kg\b|\bthe patient['’]s\b)/;
const SIGNPOST =
  /\b(?:ask|speak to|talk to|check with|see|contact|call|ring|visit|book in with) (?:your |a |the |local |community |own )*(?:gp|pharmacist|pharmacy|doctor|prescriber|midwife|health visitor|practice|surgery|clinician|111)\b|\bnhs\.uk\b|\bnhs website\b|\b111 online\b/;

function sentenceFlags(view: SentenceView): { clinician: boolean; signpost: boolean } {
  return view.memo('advice.flags', (s) => ({
    clinician: CLINICIAN_ACRONYM.test(s.norm.plain) || CLINICIAN_PHRASE.test(s.norm.folded),
    signpost: SIGNPOST.test(s.norm.folded),
  }));
}

/** The paragraph is clinician-facing teaching: it cites a guideline body or names its audience. */
export function isClinicianFacing(paragraph: Paragraph | undefined): boolean {
  return (paragraph?.sentences ?? []).some((s) => sentenceFlags(s.view).clinician);
}

/** The paragraph points readers to a pharmacist, GP, 111 or the NHS website. */
export function isSignposted(paragraph: Paragraph | undefined): boolean {
  return (paragraph?.sentences ?? []).some((s) => sentenceFlags(s.view).signpost);
}

/** Consent and sign-off stated: a patient story shared properly. */
export function statesConsent(doc: DocumentView): boolean {
  return doc.memo('advice.consent', (d) =>
    /\b(?:with (?:his|her|their|the patient['’]s|full|written|explicit) (?:written |full |explicit )?(?:consent|permission)|consented to|gave (?:us )?(?:written )?(?:consent|permission))\b/i.test(
      d.text,
    ),
  );
}
