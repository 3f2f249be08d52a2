/**
 * Saying you are a doctor (or nurse, GP, consultant…) from an account that does not carry your
 * name. GMC guidance: if you comment on health or healthcare as a medical professional you
 * should usually say who you are, because readers take what a doctor says on trust; and
 * anonymous posts can often be traced back anyway. It sits with declared interests because both
 * are about readers knowing who is speaking and why.
 *
 * What the account is called is not in the draft, so the rule asks the profile
 * (settings.author, per platform, from the options page):
 * - the user says this account is in their own name: nothing, ever;
 * - they say it is not: a note on the first place the draft says they are a professional;
 * - they have not said: a note only when the draft itself says it is posted anonymously
 *   ("on my anon account", "I can't give my name"). Otherwise nothing: the rule never guesses.
 * A draft that names its author ("I'm Dr Priya Shah") already says who is speaking.
 *
 * Info level: a note to consider, never a hold on the send button.
 */
import { defineRule } from '../engine/define';
import type { DocumentMatch, DocumentView } from '../engine/document';
import type { Report } from '../types';

/** Professions whose word readers take on trust. Folded (lower-case) text. */
const ROLE =
  '(?:doctor|gp|general practitioner|consultant|registrar|surgeon|physician associate|physician|anaesthetist|anesthetist|psychiatrist|paediatrician|pediatrician|radiologist|pathologist|oncologist|cardiologist|dermatologist|neurologist|obstetrician|gynaecologist|haematologist|intensivist|geriatrician|medic|house officer|sho|fy1|fy2|nurse practitioner|nurse|midwife|pharmacist|paramedic|physiotherapist|physio|health visitor|healthcare professional|health professional|medical professional|clinician)';

/** Words that may stand between the article and the role: "an A&E consultant", "a retired GP". */
const MODIFIER =
  '(?:(?:junior|senior|resident|retired|former|trainee|locum|salaried|partner|nhs|hospital|a&e|ae|ed|emergency|emergency medicine|icu|itu|intensive care|gp|community|district|mental health|psychiatric|paediatric|neonatal|specialist|specialty|staff grade|foundation|fy1|fy2|consultant|practising|practicing|working|frontline|uk|qualified|registered|newly qualified|experienced|student|medical|general|cancer|cardiac|oncology|orthopaedic|trauma|surgical|palliative care|palliative|acute|respiratory|renal|stroke|maternity|theatre|ward|school|hospice|army|rural|out-of-hours|night|proud|tired|humble|ordinary|private|clinical) ){0,3}';

/**
 * After the role: a possessive ("a doctor's daughter"), something the role belongs to ("as a GP
 * practice"), or a report of what someone else said ("as a doctor told me").
 */
const NOT_SELF_AFTER =
  "(?![\\w'’-]| (?:told|tells|said|says|once|would|will|might|may|could|should|explained|recommended|advised|suggested|prescribed|put it|patients?|receptionists?|practices?|surger(?:y|ies)|appointments?|referrals?|letters?|friends?|colleagues?|visits?|training|shortages?|strikes?)\\b)";

/**
 * The author saying what they are: "as a doctor, …", "speaking as a GP", "I'm an A&E
 * consultant", "I've been a nurse for 20 years", "I trained as a GP", "GP here:".
 */
const SELF_IDENTIFICATION = new RegExp(
  [
    `(?<=^\\s*|[,;:(\\u2013\\u2014]\\s*|\\b(?:speaking|writing|posting|talking|commenting|saying|say|write|post|speak|tweeting|this|it|here|and|but|so|just|also|only|even|now|today|myself) )as (?:an?|your|the|one) ${MODIFIER}${ROLE}${NOT_SELF_AFTER}`,
    `(?<=^\\s*|[,;:(\\u2013\\u2014]\\s*)as ${MODIFIER}${ROLE}s,? we\\b`,
    `\\b(?:i['’]m|i am|im)(?: also| actually| just| myself)? (?:an?|your) ${MODIFIER}${ROLE}${NOT_SELF_AFTER}`,
    `\\bi(?:['’]ve| have)? (?:been|worked|work|trained|qualified|practised|practiced) (?:as )?(?:an?|your) ${MODIFIER}${ROLE}${NOT_SELF_AFTER}`,
    `(?<=^\\s*)${MODIFIER}${ROLE} here\\b`,
  ].join('|'),
  'gu',
);

/** Another person in the sentence before "as a doctor": "my husband, as a doctor, …". */
const THIRD_PERSON_BEFORE =
  /\b(?:he|she|they|his|her|their|my (?:husband|wife|partner|dad|father|mum|mom|mother|son|daughter|brother|sister|friend|colleague|boss|gp|doctor))\b[^.!?]*$/u;

/** The draft itself names its author. */
const NAMED_IN_DRAFT = /\b(?:my name is|my name['’]s|(?:i['’]m|i am|this is) dr\.? \p{L}{2,}|dr\.? \p{L}{2,} here\b)/u;

/** The draft itself says it is posted without the author's name. */
const ANONYMOUS_IN_DRAFT =
  /\b(?:anon(?:ymous)? (?:account|acct|profile|handle)|(?:alt|burner|pseudonymous) account|(?:posting|post|tweeting|writing|here) anonymously|(?:stay|staying|remain|remaining) anonymous|(?:can['’]?t|won['’]?t|cannot|not going to) (?:say|give|share|reveal|use) (?:my|our) (?:real |full )?names?|without (?:giving|using) my (?:real )?name|(?:under|behind|using) a pseudonym)\b/u;

const ACRONYMS = new Set(['gp', 'sho', 'fy1', 'fy2']);
const PLATFORM_NAME = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' } as const;

export default defineRule({
  id: 'conflict-of-interest/unnamed-professional',
  meta: {
    category: 'conflict-of-interest',
    defaultSeverity: 'info',
    summary:
      'Notes when a post says you are a doctor or other health professional from an account not in your own name (set per platform under Profile).',
    messages: {
      unnamedAccount:
        'You say here that you are {{aRole}}, and your profile says your {{platform}} account is not in your own name. GMC guidance says that if you comment on health or healthcare as a professional you should usually say who you are: readers take {{aRole}}’s word on trust, and anonymous posts can often be traced back. Consider adding your name, posting from an account in your name, or leaving out your profession.',
      anonymousInDraft:
        'You say here that you are {{aRole}}, and that you are posting without your name. GMC guidance says that if you comment on health or healthcare as a professional you should usually say who you are: readers take {{aRole}}’s word on trust, and anonymous posts can often be traced back. Consider adding your name, or leaving out your profession.',
    },
    guidance: ['gmc-social-media-2024-p8', 'gmc-social-media-2024-p9', 'mps-pitfalls-2022-s-confidentiality'],
    examples: {
      warn: [
        { text: 'Posting this from my anon account, but as an A&E consultant I can tell you the corridors are full.' },
        { text: 'I’m a GP and I won’t give my real name, but the waiting lists are a scandal.' },
      ],
      pass: [
        {
          text: 'As a GP, I can tell you the waiting lists are a scandal.',
          why: 'the profile has not said whether this account is in the author’s name',
        },
        {
          text: 'Anon account, obviously. As a doctor told me once, never trust a quiet ward.',
          why: 'someone else was the doctor',
        },
      ],
    },
  },
  check(doc) {
    const author = doc.settings.author;
    if (author?.postsUnderOwnName === true) return [];
    const said = firstSelfIdentification(doc);
    if (!said) return [];
    if (doc.sentences.some((s) => NAMED_IN_DRAFT.test(s.view.norm.folded))) return [];
    let messageId: 'unnamedAccount' | 'anonymousInDraft';
    if (author?.postsUnderOwnName === false) messageId = 'unnamedAccount';
    else if (doc.sentences.some((s) => ANONYMOUS_IN_DRAFT.test(s.view.norm.folded))) messageId = 'anonymousInDraft';
    else return [];
    const role = roleLabel(said.groups[0] ?? '');
    const report: Report = {
      start: said.start,
      end: said.end,
      messageId,
      data: { role, aRole: withArticle(role), platform: doc.platform ? PLATFORM_NAME[doc.platform] : 'this' },
      score: 0.8,
      suggestion: `I’m [your name], ${withArticle(role)}`,
    };
    return [report];
  },
});

/** The first place the draft says its author is a health professional (one note per draft is enough). */
function firstSelfIdentification(doc: DocumentView): DocumentMatch | undefined {
  for (const m of doc.matches('conflict-of-interest.self-identification', SELF_IDENTIFICATION)) {
    const before = m.sentence.view.norm.folded.slice(0, m.index);
    if (m.groups[0]?.startsWith('as') && THIRD_PERSON_BEFORE.test(before)) continue;
    return m;
  }
  return undefined;
}

/** "an anaesthetist", "an FY1", "an SHO", "a GP": the article goes by how the word is said. */
function withArticle(role: string): string {
  const vowelSound = /^[aeiou]/i.test(role) || /^(?:FY|SHO)/.test(role);
  return `${vowelSound ? 'an' : 'a'} ${role}`;
}

const ROLE_AT_END = new RegExp(`${ROLE}$`, 'u');

/** The profession named, as the message shows it ("GP", "consultant"): a word from ROLE, never other draft text. */
function roleLabel(matched: string): string {
  const word = ROLE_AT_END.exec(matched.replace(/s,? we$| here$/u, ''))?.[0] ?? 'doctor';
  return ACRONYMS.has(word) ? word.toUpperCase() : word;
}
