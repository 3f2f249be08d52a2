/**
 * Other strong personal identifiers from the PII catalogue (after Presidio's recognizers):
 * payment card numbers (Luhn-valid), IBANs (mod-97), US social security numbers, driving
 * licence numbers with context, and IP addresses. Checksums keep precision high: a random run
 * of digits rarely passes both the shape and the check.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import { lead } from './_structured-context';

const CARD = registerPattern(
  'other-personal-number.card',
  /(?<![\p{L}\p{N}_.,/-])\d(?:[ -]?\d){11,18}(?![\p{L}\p{N}_]|[.,/]\d)/gu,
);
const CARD_CONTEXT = /\b(?:card|visa|mastercard|amex|debit|credit|cc|payment)\b[^.?!\n]{0,25}$/;
const IBAN = registerPattern(
  'other-personal-number.iban',
  /(?<![\p{L}\p{N}_])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}_])/gu,
);
const SSN = registerPattern(
  'other-personal-number.ssn',
  /(?<![\p{L}\p{N}_-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\p{L}\p{N}_]|-\d)/gu,
);
const SSN_CONTEXT = /\b(?:ssn|social security|social sec|soc sec|ss#|ss no)\b[^.?!\n]{0,25}$/;
const LICENCE = registerPattern(
  'other-personal-number.licence',
  /(?<=\b(?:driving licen[cs]e|driver'?s? licen[cs]e|dl|licen[cs]e)(?: (?:no|number|#|id))?\.?(?: is)?[\s:#]{1,4})[a-z0-9](?:[a-z0-9]|[ -](?=[a-z0-9])){5,19}(?![\p{L}\p{N}_])/giu,
);
const IPV4 = registerPattern(
  'other-personal-number.ipv4',
  /(?<![\p{L}\p{N}_.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\p{L}\p{N}_]|\.\d)/gu,
);
const IPV6 = registerPattern(
  'other-personal-number.ipv6',
  /(?<![\p{L}\p{N}_:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\p{L}\p{N}_:])/giu,
);

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/\s/g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function ssnShapeValid(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

export default defineRule({
  id: 'patient-identifier/other-personal-number',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'error',
    summary: 'Flags card numbers, IBANs, social security and licence numbers, and IP addresses.',
    messages: {
      card: 'This looks like a payment card number (it passes the card checksum). It identifies the holder and can be misused.',
      iban: 'This looks like a bank account number (IBAN). It identifies the account holder.',
      ssn: 'This looks like a social security number, which identifies a person on its own.',
      licence: 'This looks like a driving licence number, which identifies a person on its own.',
      ip: 'This looks like an IP address. It can be traced to a household or a device.',
    },
    guidance: ['gmc-social-media-2024-p18', 'gmc-social-media-2024-p19', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [{ text: 'Her card 4539 1488 0343 6467 was declined at the pharmacy' }],
      pass: [{ text: 'Order ref 1234 5678 9012 3456 for the new chairs', why: 'fails the card checksum' }],
    },
  },
  check(doc) {
    const out: Report[] = [];
    const push = (start: number, end: number, messageId: string, score: number): void => {
      if (out.some((r) => r.start < end && start < r.end)) return;
      out.push({ start, end, messageId, score, suggestion: '[number removed]' });
    };
    for (const m of doc.matches('other-personal-number.iban', IBAN, 'plain')) {
      if (ibanValid(m.groups[0] ?? '')) push(m.start, m.end, 'iban', 0.95);
    }
    for (const m of doc.matches('other-personal-number.card', CARD, 'plain')) {
      const digits = (m.groups[0] ?? '').replace(/\D/g, '');
      const context = CARD_CONTEXT.test(lead(doc, m.start, 40));
      if (/^(\d)\1+$/.test(digits)) continue;
      if (luhnValid(digits) && digits.length >= 13) push(m.start, m.end, 'card', context ? 0.95 : 0.75);
      else if (context) push(m.start, m.end, 'card', 0.8);
    }
    for (const m of doc.matches('other-personal-number.ssn', SSN, 'plain')) {
      const [, area = '', sep = '', group = '', serial = ''] = m.groups;
      const context = SSN_CONTEXT.test(lead(doc, m.start, 40));
      if (!context && (sep !== '-' || !ssnShapeValid(area, group, serial))) continue;
      push(m.start, m.end, 'ssn', context ? 0.95 : 0.7);
    }
    for (const m of doc.matches('other-personal-number.licence', LICENCE)) {
      if (!/\d/.test(m.groups[0] ?? '')) continue;
      push(m.start, m.end, 'licence', 0.85);
    }
    for (const m of doc.matches('other-personal-number.ipv4', IPV4, 'plain')) {
      if (/\b(?:v|version|ver)\.?\s?$/i.test(lead(doc, m.start, 10))) continue;
      push(m.start, m.end, 'ip', 0.8);
    }
    for (const m of doc.matches('other-personal-number.ipv6', IPV6, 'plain')) push(m.start, m.end, 'ip', 0.8);
    return out;
  },
});
