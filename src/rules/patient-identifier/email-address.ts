/**
 * Personal email addresses. An address like "jane.doe72@…" names a person and lets anyone
 * contact them; a role mailbox (info@, enquiries@, a practice's shared nhs.net inbox) belongs to
 * an organisation and is skipped.
 */
import { defineRule } from '../engine/define';
import type { Report } from '../types';
import { ORGANISATION, has, lead } from './_structured-context';

// Unbounded runs kept unambiguous (the domain's labels are split by dots), so the scan stays
// at worst quadratic; the local part's shape is checked in code.
const EMAIL = /[\w%+.-]+@[\w-]+(?:\.[\w-]+)+/gu;

// Mailboxes that belong to a role or a team, not a person.
const ROLE_LOCAL =
  /^(?:info|enquiries|enquiry|inquiries|admin|administration|reception|contact|hello|office|appointments?|referrals?|bookings?|team|support|help|helpdesk|noreply|no-reply|donotreply|feedback|complaints|pals|press|media|comms|communications|news|jobs|careers|recruitment|hr|secretary|secretaries|accounts|finance|it|prescriptions?|repeats|results|practice|surgery|ward|clinic|events|education|training)(?:[._-][\p{L}\p{N}]+)*$/u;
// A shared NHS inbox named after a practice, team or service ("leeds.cardiology@nhs.net").
const SHARED_NHS =
  /(?:practice|surgery|medical|health|clinic|ward|team|service|unit|dept|department|admin|referrals?|hub|pcn|icb|ccg|trust)/;

export default defineRule({
  id: 'patient-identifier/email-address',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'warning',
    summary: 'Flags personal email addresses, which name a person and let anyone contact them.',
    messages: {
      email:
        "This looks like a personal email address. If it is a patient's or a relative's, it identifies them and lets anyone contact them.",
    },
    guidance: ['gmc-social-media-2024-p18', 'gmc-social-media-2024-p19', 'gmc-confidentiality-2017-p118'],
    examples: {
      warn: [{ text: 'Her son asked us to email results to gary.pike1971@example.com' }],
      pass: [
        { text: 'Questions about the course? Email enquiries@example.org', why: 'a role mailbox' },
        { text: 'Referrals to leeds.cardiology.referrals@nhs.net please', why: "a service's shared NHS inbox" },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const m of doc.matches('email-address.email', EMAIL, 'plain')) {
      const address = (m.groups[0] ?? '').toLowerCase();
      const [local = '', domain = ''] = address.split('@');
      if (local.length > 64 || /^[.-]|\.$/.test(local) || /^-|-$/.test(domain)) continue;
      if (/[\p{L}\p{N}_]/u.test(doc.text.charAt(m.start - 1))) continue;
      if (ROLE_LOCAL.test(local)) continue;
      if (/nhs\.(?:net|uk)$/.test(domain) && SHARED_NHS.test(local)) continue;
      const org = has(ORGANISATION, lead(doc, m.start, 40));
      out.push({
        start: m.start,
        end: m.end,
        messageId: 'email',
        score: org ? 0.55 : 0.85,
        severity: org ? 'info' : 'warning',
        suggestion: '[email removed]',
      });
    }
    return out;
  },
});
