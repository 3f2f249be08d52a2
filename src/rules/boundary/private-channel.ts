/**
 * Moving care into a private channel: "DM me your symptoms", "drop me a DM if you've got questions
 * about your meds", "ring me on my mobile tonight", "I've set up a WhatsApp group so you can
 * message me directly", "my personal mobile is …". Contact off the record, out of hours and
 * outside the practice's systems.
 *
 * Refusals ("please don't DM me about symptoms") and non-clinical invitations (a job, a product,
 * colleagues) pass; the second kind belongs to the conflict-of-interest rules when it sells.
 */
import { defineRule } from '../engine/define';
import type { Report } from '../types';
import { isAddressed, paragraphAt } from '../advice/_context';
import {
  BYPASS_SERVICE,
  CARE_CHECKIN,
  CLINICAL_SUBJECT,
  NON_CLINICAL_PURPOSE,
  PATIENT_RELATIONSHIP,
  REFUSAL_BEFORE,
} from './_signals';

const CHANNEL =
  /\b(?:(?:dm|pm|inbox|message|msg|text|whatsapp|ring|call|phone|email|snap|facetime)(?: me)? (?:me )?(?:directly|privately|on (?:my |the )?(?:mobile|personal|number|whatsapp|private)\w*(?: (?:mobile|number|phone))?|on \+?\d{3,}|any ?time|whenever|tonight|later|after work|at home|this evening)|(?:dm|pm|inbox|message|msg|whatsapp|text) me (?:your|ur|a pic|a photo|pics|photos|the|with|about|if|when|and)|(?:drop|send|shoot|slide into|pop) (?:me )?(?:a |an )?(?:dm|pm|message|msg|text|whatsapp|line|email)|(?:slide into|my) dms(?: are open)?|(?:can|could|will|['’]ll|to) (?:message|text|dm|whatsapp|ring|call|phone) me|(?:my|the) (?:own |personal |private )+(?:mobile|number|phone|email|whatsapp)(?: number)?|my (?:mobile|mob|personal) (?:number )?is|my (?:own |personal |private )?(?:number|mobile|mob)['’]s|whatsapp group)\b/g;

export default defineRule({
  id: 'boundary/private-channel',
  meta: {
    category: 'boundary',
    defaultSeverity: 'warning',
    summary:
      'Flags invitations to move a patient’s care into DMs, WhatsApp, text or a personal phone, outside the clinical record.',
    messages: {
      privateChannel:
        'This invites clinical contact through a private channel. Conversations there sit outside the clinical record, may not be seen in time, and blur the line between your personal and professional life. Consider pointing people to the practice, the NHS App, 111 or 999.',
    },
    guidance: ['gmc-social-media-2024-s-boundaries-risk', 'gmc-gmp-2024-p86', 'gmc-boundaries-2024-p8-17'],
    examples: {
      warn: [
        { text: '@kim_l message me directly with a photo of the rash and I’ll have a look' },
        { text: 'Any of my patients reading this, text me on my personal mobile if your pain gets worse tonight.' },
      ],
      pass: [
        { text: 'Please don’t DM me about your symptoms. I can’t assess anyone on here.', why: 'a refusal' },
        { text: 'We’re hiring two practice nurses. DM me for details of the role!', why: 'recruitment, not care' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const m of doc.matches('boundary.private-channel', CHANNEL)) {
      const folded = m.sentence.view.norm.folded;
      const before = folded.slice(Math.max(0, m.index - 40), m.index);
      if (REFUSAL_BEFORE.test(before)) continue;
      if (NON_CLINICAL_PURPOSE.test(folded)) continue;
      const paragraph = paragraphAt(doc, m.start);
      const nearby = (paragraph?.sentences ?? [m.sentence]).map((s) => s.view.norm.folded).join(' ');
      const clinical = CLINICAL_SUBJECT.test(folded) || CLINICAL_SUBJECT.test(nearby);
      const patient =
        PATIENT_RELATIONSHIP.test(nearby) ||
        BYPASS_SERVICE.test(nearby) ||
        CARE_CHECKIN.test(nearby) ||
        isAddressed(doc, paragraph);
      if (!clinical || !patient) continue;
      out.push({
        start: m.start,
        end: m.end,
        messageId: 'privateChannel',
        score: CLINICAL_SUBJECT.test(folded) ? 0.9 : 0.75,
        suggestion:
          'I can’t give advice about individual care on here. Please contact the practice, use the NHS App, or call 111 (999 in an emergency).',
      });
    }
    return out;
  },
});
