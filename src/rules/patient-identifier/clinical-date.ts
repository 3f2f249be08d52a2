/**
 * An exact date or a specific day ("on 12/01", "Tue 4 March", "Boxing Day", "last Tuesday")
 * in the same post as a specific clinical event about a patient (admitted, delivered, died,
 * seen in clinic). Either alone is usually harmless; together they let colleagues, neighbours
 * and family work out who it was. Dates of events, deadlines, rotas and strikes are skipped, and
 * so are teaching cases that say the details were altered.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { DocumentView } from '../engine/document';
import type { Report, Span } from '../types';
import { DAY_MONTH, FULL_DATE, MONTH_DAY, SHORT_NUMERIC, WEEKDAY } from './_dates';
import { CLINICAL_EVENT, PATIENT_PERSON, around, foldedDraft, has, isAlteredCase } from './_structured-context';

const HOLIDAY =
  "(?:christmas (?:eve|day|morning|night)|xmas (?:eve|day)|boxing day|new year'?s (?:eve|day)|nye|easter (?:sunday|monday|weekend)|good friday|bonfire night|valentine'?s day|mother'?s day|father'?s day|halloween|remembrance sunday|bank holiday monday)";

const SPECIFIC_DAY = registerPattern(
  'clinical-date.day',
  new RegExp(
    [
      `(?:${WEEKDAY},? )?${FULL_DATE}`,
      `(?:${WEEKDAY},? )?${DAY_MONTH}`,
      `(?:${WEEKDAY},? )?${MONTH_DAY}`,
      `(?<=\\bon )${SHORT_NUMERIC}`,
      `(?:on |last |this past |over )?${HOLIDAY}`,
      `(?:last|this past) ${WEEKDAY}(?: (?:night|morning|afternoon|evening))?`,
    ]
      .map((p) => `(?<![\\p{L}\\p{N}_/.])${p}(?![\\p{L}\\p{N}_]|[/.]\\d)`)
      .join('|'),
    'giu',
  ),
);

// Every SPECIFIC_DAY match contains a digit, a holiday's name or "last/past <weekday>": a cheap
// test (same flags) that spares most sentences the large pattern.
const DAY_GATE =
  /\d|christmas|xmas|boxing|new year|nye|easter|good friday|bonfire|valentine|mother|father|halloween|remembrance|bank holiday|(?:last|past) (?:mon|tue|wed|thu|fri|sat|sun)/iu;

/** SPECIFIC_DAY's matches in every sentence, in draft offsets (as doc.matches, behind the gate). */
function specificDays(doc: DocumentView): Span[] {
  const out: Span[] = [];
  for (const sentence of doc.sentences) {
    const view = sentence.view;
    if (!view.memo('clinical-date.day-gate', (v) => DAY_GATE.test(v.norm.folded))) continue;
    for (const m of view.matches('clinical-date.day', SPECIFIC_DAY)) {
      out.push({ start: m.start + sentence.start, end: m.end + sentence.start });
    }
  }
  return out;
}

// A specific clinical event that happened to someone.
const EVENT = registerPattern(
  'clinical-date.event',
  new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${[
      'admit(?:ted)?',
      'came in',
      'brought in',
      'rolled in',
      'blue ?lighted',
      'presented',
      'attended',
      'diagnosed',
      'died',
      'passed away',
      'lost (?:her|him|them)',
      'discharged',
      'delivered',
      'gave birth',
      'was born',
      'were born',
      'collapsed',
      'arrested',
      'overdosed?',
      'fell',
      'intubated',
      'operated on',
      'underwent',
      'had (?:her|his|their) (?:op|operation|surgery|baby|scan|biopsy)',
      'seen (?:in|at|by)',
      'saw',
      'treated',
      'referred',
      'visited',
      'consulted',
      'reached us',
      'looked after',
      'transferred',
      'resus(?:citated)?',
      'evaluated',
      'assessed',
      'examined',
      'carried out',
      'performed',
      'done',
      'hospitali[sz](?:ed|ation)',
      'last seen',
      'appointment',
      'under the care of',
      'followed up',
      'scanned',
      'notes? from',
    ].join('|')})(?![\\p{L}\\p{N}_])`,
    'iu',
  ),
);

// Dates that belong to something other than care: events, deadlines, rotas, closures.
const NON_CLINICAL = registerPattern(
  'clinical-date.non-clinical',
  /(?<![\p{L}\p{N}_])(?:conference|congress|summit|symposium|webinar|workshop|course|teaching|lecture|session|meeting|seminar|interview|strike|industrial action|walkout|rota|rostered|deadline|closing date|closes|closed|closure|opens|opening|reopen(?:s|ing)?|launch(?:es|ing)?|until|apply|applications?|abstracts?|submissions?|tickets|registration|register|book(?:ing)?|vaccin\w*|clinic (?:opens|dates)|poster)(?![\p{L}\p{N}_])/iu,
);

export default defineRule({
  id: 'patient-identifier/clinical-date',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'warning',
    summary: 'Flags an exact date or day tied to a clinical event about a patient, a classic jigsaw clue.',
    messages: {
      clinicalDate:
        'An exact date next to a clinical event can identify the patient: staff on shift, family and neighbours know who came in that day. Consider a vaguer time such as "recently".',
    },
    guidance: ['gmc-social-media-2024-p19', 'gmc-social-media-2024-p18', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [
        { text: 'Delivered a 5kg baby on Boxing Day, mum was amazing 🎄' },
        { text: 'A 40yo man came in on 14 February with an aortic dissection.' },
      ],
      pass: [
        { text: 'Our teaching day is on 14 March, lunch provided.', why: 'an event date, no patient' },
        {
          text: 'Teaching case (details altered): a woman in her 40s admitted on 3 June with chest pain.',
          why: 'the details are stated to be altered',
        },
      ],
    },
  },
  check(doc) {
    // No specific day, no report: the cheap per-sentence matches go first.
    const days = specificDays(doc);
    if (days.length === 0) return [];
    if (isAlteredCase(doc)) return [];
    const text = foldedDraft(doc);
    if (!has(EVENT, text) && !has(CLINICAL_EVENT, text)) return [];
    const out: Report[] = [];
    for (const m of days) {
      if (/(?:dob|d\.o\.b\.?|birth|born(?: on)?)\W{0,4}$/.test(around(doc, m.start, m.start, 16, 0))) continue;
      const near = around(doc, m.start, m.end, 30, 12);
      if (has(NON_CLINICAL, near)) continue;
      const wide = around(doc, m.start, m.end, 220, 220);
      if (!has(PATIENT_PERSON, wide) || !(has(EVENT, wide) || has(CLINICAL_EVENT, wide))) continue;
      out.push({ start: m.start, end: m.end, messageId: 'clinicalDate', score: 0.75, suggestion: 'recently' });
    }
    return out;
  },
});
