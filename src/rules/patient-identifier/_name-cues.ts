/**
 * Names found from combined evidence, for the patient-name rule: names compromise's lexicon does
 * not know ("Aoife Brennan", "Mr Pálffy", "Okonkwo, 67,") are found when a given-name gazetteer
 * hit meets structure, or when the structure alone is strong:
 *
 * - a known given name followed by a capitalised surname ("Saoirse Nowak"), or on its own in
 *   the middle of a sentence ("with Saoirse today"), or first in the sentence before a verb;
 * - a word introduced as a name: "named Timmie", "a lad called Ezra", "surname? Nowak";
 * - a possessive before a relative or belonging: "Okafor's daughter", "Zofia's phone";
 * - reported speech: "says Okafor.";
 * - a name beside an age or an identifier: "Okonkwo, 67,", "Nowak (54)", "Nowak DOB";
 * - "patient Okonkwo", "pt Nowak";
 * - a list of three or more lower-case given names ("aoife, declan and saoirse").
 *
 * Each finder returns plain-text offsets; the rule weighs the context as for any other name.
 */
import type { SentenceView } from '../engine/document';
import { isGivenName } from './_given-names';

export interface CueName {
  kind: 'full' | 'first';
  /** Offsets in the sentence's plain text. */
  start: number;
  end: number;
  words: string[];
}

/** Capitalised words that are not names however they are placed. */
const NOT_NAME = new Set(
  `the a an this that these those it its i we you he she they his her their our my your me him them
  there here what when where why how who which if so and but or because as at in on of for from to
  with by after before during then now just not no yes all some every each one two three many most
  more any please thank thanks today tonight yesterday tomorrow also still very really hi hello hey
  dear dr doctor prof professor mr mrs ms miss mx sir madam nurse sister matron mum mom dad mummy
  daddy nan nana nanna gran granny grandma grandad grandpa grandmother grandfather mother father
  brother son daughter wife husband auntie aunt uncle cousin baby god jesus lord christmas easter
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december street road lane avenue hospital ward clinic
  surgery unit centre center trust team day night week month year group fund appeal award awards
  patient patients safety advice experience services service care record records portal
  information leaflet forum panel council voice transport liaison partners participation
  everyone everybody someone somebody anyone anybody nobody people folks guys ok okay bay bed room
  cubicle resus majors minors page chapter table figure fig section step question part level zero
  inc ltd llc plc corp corporation co limited partners associates solutions systems consulting
  holdings industries international global research institute university college school academy
  foundation society house cottage lodge hall park gardens court close way place square yard estate
  farm mill arms inn hotel pharmacy practice health healthcare medical point view heights crescent
  drive terrace grove mews israel`.split(/\s+/),
);

/** Medical eponyms: "Addison's", "Barrett's", "Bell's" are conditions, not people. */
export const EPONYMS = new Set(
  `addison barrett bell gilbert turner wilson paget baker conn whipple horner becker ewing graves
  cushing raynaud reiter colles bartholin parkinson alzheimer crohn hodgkin huntington tourette
  asperger meniere ménière sjogren sjögren kawasaki dupuytren marfan lewy wernicke korsakoff guillain
  duchenne osgood perthes kaposi wilms burkitt hashimoto bowen hirschsprung peyronie down still
  sever schatzki zenker meckel hartmann whipple apgar glasgow wells`.split(/\s+/),
);

// Relatives and belongings after a possessive name: "Okafor's daughter", "Zofia's phone".
const POSSESSIVE_RE =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}{1,24}(?:-\p{Lu}\p{Ll}{1,24})?)['’]s (?:little |new |eldest |youngest |older |younger |baby |twin )?(?:daughters?|sons?|kids?|child|children|baby|babies|mum|mom|mother|dad|father|parents|wife|husband|partner|boyfriend|girlfriend|fiancée?|brother|sister|siblings?|twins?|family|gran|granny|grandma|grandad|grandpa|grandson|granddaughter|grandchildren|niece|nephew|uncle|aunt|auntie|cousin|carer|friend|birthday|funeral|wedding|house|home|flat|bedroom|phone|number|address|email|car|dog|school|teacher|account)\b/gu;

// A word introduced as a name (folded text; the capitalisation is read from the plain text).
const INTRODUCED_RE =
  /\b(?:(?:sur|first |last |family |maiden |full |real )?name(?: is|'s|’s| was|:|\?| -)|named|called|nicknamed|christened|known as|goes by) {1,2}(?:(?:him|her|them|it|the baby) )?([\p{L}'’-]{2,25})(?: ([\p{L}'’-]{2,25}))?/gu;
// Before "called"/"named": someone the word can name ("a lad called", "she named him").
const PERSON_BEFORE =
  /\b(?:he|she|they|we|i|man|woman|lady|gentleman|gent|guy|bloke|chap|lad|lass|girl|boy|baby|son|daughter|child|kid|friend|patient|person|someone|somebody|mum|dad|wife|husband|partner|brother|sister|relative)\s{1,2}$/;
// Reported speech: "…," says Okafor.
const SPEECH_RE =
  /\b(?:says|said|asks|asked|adds|added|explains|explained|writes|wrote|recalls|recalled|replied|replies|according to) (\p{Lu}\p{Ll}{1,24}(?: \p{Lu}\p{Ll}{1,24}){0,2})(?=[.,;:!?"”)]|$| \p{Ll})/gu;
// A name beside an age or an identifier: "Okonkwo, 67,", "Nowak (54)", "Nowak DOB 3/4/51".
const BESIDE_ID_RE =
  /(\p{Lu}\p{Ll}{1,24})(?:, \d{1,3},| \(\d{1,3}\)|,? (?:DOB|[Dd]ob|D\.O\.B|NHS (?:no|number)|[Dd]\.?[Oo]\.?[Bb]\.? \d))/gu;
// "patient Okonkwo", "pt Nowak".
const PATIENT_NAME_RE =
  /\b(?:[Pp]atient|[Pp]t|[Rr]esident|[Ss]ervice user|[Cc]lient) (\p{Lu}\p{Ll}{1,24}(?: \p{Lu}\p{Ll}{1,24})?)(?![\p{L}'’])/gu;
// Runs of capitalised words, to test against the gazetteer.
const CAPITALISED_RUN_RE =
  /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]{1,24}(?: (?:\p{Lu}\.? )?\p{Lu}[\p{L}'’-]{1,24}){0,2}/gu;
// Separators inside a list of names: ", ", " and ", ", and ", " & ".
const LIST_SEPARATOR = /^(?:, |,? (?:and|&) )$/;
// Place names built on a given name: "San Diego", "Santa Clara", "Port Isaac".
const PLACE_PREFIX = new Set(
  'san santa são st saint fort port mount mt lake new north south east west cape isle glen loch'.split(' '),
);

function bare(word: string): string {
  return word
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '')
    .toLowerCase();
}

function isCap(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word);
}

/** A capitalised word that could be a surname: not a stop word, not all capitals. */
function surnameLike(word: string): boolean {
  const w = bare(word);
  return isCap(word) && w.length > 1 && !NOT_NAME.has(w) && !PLACE_PREFIX.has(w);
}

/** Does a sentence start at `index` (first word, or after a colon, quote or dash)? */
function sentenceInitial(plain: string, index: number): boolean {
  return /^[\s"“‘'(*-]*$|[.:!?;"“‘(]\s*$|\s[-–—/]\s*$/u.test(plain.slice(Math.max(0, index - 3), index));
}

/** Names found by cues and the gazetteer, in plain offsets (memoised per sentence). */
export function cueNames(view: SentenceView): readonly CueName[] {
  return view.memo('pi.name-cues', (v) => {
    const { plain, folded } = v.norm;
    const out: CueName[] = [];
    const add = (start: number, end: number, words: string[]): void => {
      if (out.some((c) => c.start < end && start < c.end)) return;
      out.push({ kind: words.length > 1 ? 'full' : 'first', start, end, words: words.map(bare) });
    };
    const spanOf = (index: number, text: string): [number, number] => {
      const trimmed = text.replace(/['’]s$/u, '').replace(/['’.-]+$/u, '');
      return [index, index + trimmed.length];
    };

    if (plain.includes(',') && /\band\b|&/.test(folded)) {
      // Lists of lower-case given names: "aoife, declan and saoirse" (the names at the end of
      // a list, so "the twins, aoife, declan and saoirse" counts too).
      const words = [...folded.matchAll(/\p{L}+/gu)];
      let run: RegExpExecArray[] = [];
      const flush = (): void => {
        const last = run[run.length - 1];
        const closed =
          last &&
          run.length >= 3 &&
          /^,? (?:and|&) /.test(
            folded.slice((run[run.length - 2]?.index ?? 0) + (run[run.length - 2]?.[0].length ?? 0)),
          );
        if (closed) for (const w of run) add(w.index, w.index + w[0].length, [w[0]]);
        run = [];
      };
      for (let i = 0; i < words.length; i++) {
        const w = words[i] as RegExpExecArray;
        const given = isGivenName(w[0]) && plain.slice(w.index, w.index + w[0].length) === w[0];
        if (!given) {
          if (w[0] !== 'and') flush();
          continue;
        }
        const previous = run[run.length - 1];
        if (previous) {
          const gap = folded.slice(previous.index + previous[0].length, w.index);
          if (!LIST_SEPARATOR.test(gap)) flush();
        }
        run.push(w);
      }
      flush();
    }
    if (!/\p{Lu}/u.test(plain) && !/\b(?:named|called|name)\b/.test(folded)) return out;

    for (const m of v.matches('pi-name-introduced', INTRODUCED_RE, 'folded')) {
      const first = m.groups[1] ?? '';
      const second = m.groups[2];
      const whole = m.groups[0] ?? '';
      const at = m.index + whole.length - (second === undefined ? 0 : second.length + 1) - first.length;
      const plainFirst = plain.slice(at, at + first.length);
      if (NOT_NAME.has(bare(first))) continue;
      const cue = whole.slice(0, at - m.index);
      const strongCue = /name|nicknamed|christened|goes by|(?:him|her|them|it|baby) $/.test(cue);
      const given = isGivenName(bare(first));
      const ok = isCap(plainFirst)
        ? strongCue || given || PERSON_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index))
        : given && (strongCue || PERSON_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index)));
      if (!ok) continue;
      const [start, first0] = spanOf(at, plainFirst);
      let end = first0;
      const words = [plainFirst];
      if (second !== undefined && end === at + first.length) {
        const secondAt = at + first.length + 1;
        const plainSecond = plain.slice(secondAt, secondAt + second.length);
        if (isCap(plainFirst) ? surnameLike(plainSecond) : isGivenName(bare(second))) {
          [, end] = spanOf(secondAt, plainSecond);
          words.push(plainSecond);
        }
      }
      add(start, end, words);
    }

    for (const m of v.matches('pi-name-possessive', POSSESSIVE_RE, 'plain')) {
      const name = m.groups[1] ?? '';
      const w = name.toLowerCase();
      if (NOT_NAME.has(w) || PLACE_PREFIX.has(w) || EPONYMS.has(w)) continue;
      add(m.index, m.index + name.length, [name]);
    }

    for (const re of [SPEECH_RE, BESIDE_ID_RE, PATIENT_NAME_RE] as const) {
      for (const m of v.matches(`pi-name-cue`, re, 'plain')) {
        let name = m.groups[1] ?? '';
        let at = m.index + (m.groups[0] ?? '').indexOf(name);
        if (re === BESIDE_ID_RE) {
          // The word must start there, and a capitalised given name before it belongs to it.
          if (/[\p{L}\p{N}'’-]$/u.test(plain.slice(0, at))) continue;
          const before = /(\p{Lu}\p{Ll}{1,24}) $/u.exec(plain.slice(Math.max(0, at - 26), at));
          if (before && isGivenName(bare(before[1] ?? ''))) {
            at -= (before[1] ?? '').length + 1;
            name = `${before[1] ?? ''} ${name}`;
          }
        }
        const words = name.split(' ');
        if (!words.every(surnameLike) || EPONYMS.has(bare(words[0] ?? ''))) continue;
        // Part of a title-case phrase ("Patient Reported Outcome Measures"), not a name.
        if (/^ \p{Lu}/u.test(plain.slice(at + name.length, at + name.length + 2))) continue;
        add(at, at + name.length, words);
      }
    }

    // Gazetteer plus structure.
    for (const m of v.matches('pi-name-capitalised', CAPITALISED_RUN_RE, 'plain')) {
      const run = m.groups[0] ?? '';
      const tokens = run.split(' ');
      let at = m.index;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i] ?? '';
        const tokenAt = at;
        at += token.length + 1;
        if (!isCap(token) || !isGivenName(bare(token))) continue;
        const previous = tokens[i - 1];
        if (previous !== undefined && PLACE_PREFIX.has(bare(previous))) break;
        // Middle initial and surname(s) after the given name, while they stay surname-like and
        // the name has not ended with a possessive.
        let end = tokenAt + token.replace(/['’]s$/u, '').length;
        const words = [token];
        let j = i + 1;
        let cursor = at;
        if (!/['’]s$/u.test(token)) {
          for (; j < tokens.length; j++) {
            const next = tokens[j] ?? '';
            if (/^\p{Lu}\.?$/u.test(next)) {
              cursor += next.length + 1;
              continue;
            }
            if (!surnameLike(next)) break;
            words.push(next);
            end = cursor + next.replace(/['’]s$/u, '').replace(/['’]$/u, '').length;
            cursor += next.length + 1;
            if (/['’]s?$/u.test(next)) break;
          }
        }
        if (words.length === 1) {
          // A lone given name: mid-sentence, or first in the sentence before a verb ("Aoife is…").
          if (sentenceInitial(plain, tokenAt)) {
            const after = v.parse.terms.find((t) => t.start > tokenAt);
            if (!after || !after.tags.has('Verb') || isCap(after.text) || /['’]s$/u.test(token)) break;
          } else if (previous !== undefined && isCap(previous) && !NOT_NAME.has(bare(previous))) break;
        }
        add(tokenAt, end, words);
        break;
      }
    }
    return out;
  });
}
