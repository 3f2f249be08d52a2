/**
 * NHS numbers (England, Wales, Isle of Man), Scottish CHI and Northern Irish H&C numbers:
 * ten digits with a modulus-11 check digit, written run together, spaced, hyphenated, dotted
 * or split by invisible characters. Presidio's NHS recognizer has the same shape: a pattern,
 * context words that raise confidence, and a checksum that validates.
 */
import { defineRule } from '../engine/define';
import { hasDobPrefix, isMod11Valid, isPlaceholderNumber } from '../text/checksums';
import type { Report } from '../types';

// Ten digits with at most three separators between any two ("6 1 2 8 …", "999-757-4915").
const TEN_DIGITS = /(?<![\d.,/])\d(?:[ \t.\-\u2013]{0,3}\d){9}(?![\d]|[.,/]\d)/g;
const NHS_CONTEXT = /\b(?:nhs|n\s?h\s?s)\b|\bnhs\s*n\s?o\b/;
const CHI_CONTEXT = /\bchi\b/;
const HC_CONTEXT = /\bh\s?&\s?c\b|\bhealth (?:and|&) care (?:no|number)\b/;
// Words that say the digits are something else: a booking reference, an order, a phone line.
const OTHER_CONTEXT =
  /\b(?:ref(?:erence)?|booking|order|invoice|tel|phone|call|ring|mob(?:ile)?|isbn|account|sort code)\b/;

export default defineRule({
  id: 'patient-identifier/health-number',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'error',
    summary: 'Flags NHS, CHI and H&C numbers, which identify a patient on their own.',
    messages: {
      nhsNumber:
        'This looks like an NHS number. A health-service number identifies a patient on its own, even with no name beside it.',
      chiNumber:
        'This looks like a CHI number. It identifies a patient on its own, and it also gives away their date of birth.',
      hcNumber: 'This looks like a Health and Care number. It identifies a patient on its own.',
      possibleNumber:
        'This ten-digit number passes the NHS-number check. If it belongs to a patient, it identifies them on its own.',
    },
    guidance: ['gmc-social-media-2024-p18', 'gmc-social-media-2024-p19', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [
        { text: 'Can anyone chase the MRI for NHS no 463 030 8245?' },
        { text: 'CHI 1403515557 keeps failing validation' },
      ],
      pass: [
        { text: 'Course booking ref: 5120 334 871', why: 'nine digits, and a booking reference' },
        { text: 'Test number 999 999 9999 in the training system', why: 'a placeholder, not a patient' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const m of doc.matches('ten-digits', TEN_DIGITS, 'plain')) {
      const digits = (m.groups[0] ?? '').replace(/\D/g, '');
      if (isPlaceholderNumber(digits)) continue;
      const plain = m.sentence.view.norm.folded;
      const before = plain.slice(Math.max(0, m.index - 40), m.index);
      const valid = isMod11Valid(digits);
      const base = { start: m.start, end: m.end, suggestion: '[number removed]' };
      if (CHI_CONTEXT.test(before) && hasDobPrefix(digits)) {
        out.push({ ...base, messageId: 'chiNumber', score: valid ? 0.97 : 0.75 });
      } else if (HC_CONTEXT.test(before)) {
        out.push({ ...base, messageId: 'hcNumber', score: valid ? 0.95 : 0.7 });
      } else if (NHS_CONTEXT.test(before)) {
        out.push({ ...base, messageId: 'nhsNumber', score: valid ? 0.97 : 0.7 });
      } else if (valid && !OTHER_CONTEXT.test(before.slice(-25))) {
        out.push({ ...base, messageId: 'possibleNumber', score: 0.65, severity: 'warning' });
      }
    }
    return out;
  },
});
