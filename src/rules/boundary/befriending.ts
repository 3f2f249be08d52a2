/**
 * Befriending patients: friend or connection requests, inviting patients to add or follow a
 * personal account, and romantic contact with current or former patients ("she's not my patient
 * anymore, right?").
 *
 * A stated policy ("I don't accept friend requests from patients") is the boundary working and
 * passes.
 */
import { defineRule } from '../engine/define';
import type { Report } from '../types';
import { hasSecondPerson, isAddressed, paragraphAt } from '../advice/_context';
import { BYPASS_SERVICE, CARE_CHECKIN, PATIENT_RELATIONSHIP, REFUSAL_BEFORE } from './_signals';

const CONNECT =
  /\b(?:(?:friend|connection|follow) requests?|(?:add|follow|friend|connect with|find) me (?:on|here|over)|(?:welcome|free|feel free) to (?:add|follow|friend|connect with) me|connected with me|give me a (?:follow|add)|added me on|(?:i['’]ll|i will|let me) add you|add each other|(?:happy|glad|keen|love|welcome) to (?:connect|link up|be friends|stay in touch) with (?:any|all|my|former|old|past|ex)|stay in touch (?:with me )?on (?:here|insta\w*|facebook|fb|whatsapp|snap\w*|tiktok))\b/g;
const FORMER_PATIENT =
  /\b(?:(?:not|no longer) (?:my|her|his|your) patient(?: any ?more| any longer| now)?|former patient|ex-?patient|used to be (?:my|a) patient|(?:lady|man|woman|guy|girl|bloke|chap|someone|patient) i (?:treated|looked after|operated on|nursed|saw))\b/g;
// Family and partners: a check-in on their treatment says nothing about a care relationship.
const FAMILY =
  /\b(?:mum|mam|mom|dad|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|sis|bro|auntie|aunty|uncle|hubby|wifey|my (?:husband|wife|partner|son|daughter|brother|sister|mother|father|mum|dad|cousin|niece|nephew))\b/;
const ROMANCE =
  /\b(?:date|dating|drink|dinner|asked me out|ask (?:her|him|them) out|go out|going out|relationship|seeing each other|fancy|fancied|flirt\w*|tinder|hinge|bumble|kiss\w*|number)\b/;

export default defineRule({
  id: 'boundary/befriending',
  meta: {
    category: 'boundary',
    defaultSeverity: 'warning',
    summary: 'Flags friend or connection requests with patients and relationships with current or former patients.',
    messages: {
      connect:
        'This connects a personal account with a patient. It can blur the professional relationship and expose both of you to personal information. Consider keeping patients to an official page and the usual NHS channels.',
      formerPatient:
        'This considers a personal relationship with someone you treated. The GMC expects doctors not to pursue relationships with former patients where the past relationship could be an influence, and a public post adds risk. Consider seeking advice from your defence body before going further.',
    },
    guidance: ['gmc-social-media-2024-s-boundaries-risk', 'gmc-gmp-2024-p86', 'gmc-boundaries-2024-p8-17'],
    examples: {
      warn: [
        { text: 'Any of my patients on here, feel free to add me! Love hearing how you’re all doing 💕' },
        {
          text: 'A guy I treated in ED last month just asked me out for dinner. He’s not my patient now so fair game?',
        },
      ],
      pass: [
        {
          text: 'A gentle reminder: I don’t accept friend requests from patients, past or present.',
          why: 'states the boundary',
        },
        { text: 'Sent a friend request to my old uni housemate after 20 years!', why: 'no patient involved' },
      ],
    },
  },
  check(doc) {
    const out: Report[] = [];
    const text = doc.text.toLowerCase();
    const patientInDraft = doc.sentences.some(
      (s) => PATIENT_RELATIONSHIP.test(s.view.norm.folded) || BYPASS_SERVICE.test(s.view.norm.folded),
    );
    const checkedIn = doc.sentences.some((s) => CARE_CHECKIN.test(s.view.norm.folded));
    const family = FAMILY.test(text);
    const secondPerson = doc.sentences.some((s) => hasSecondPerson(s.view));
    for (const m of doc.matches('boundary.connect', CONNECT)) {
      const folded = m.sentence.view.norm.folded;
      if (REFUSAL_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
      const addressed = isAddressed(doc, paragraphAt(doc, m.start));
      // Without a stated relationship, a check-in on the reader's treatment implies one.
      const impliedPatient = checkedIn && !family && (addressed || secondPerson);
      if (!patientInDraft && !impliedPatient) continue;
      out.push({ start: m.start, end: m.end, messageId: 'connect', score: patientInDraft && addressed ? 0.9 : 0.8 });
    }
    if (ROMANCE.test(text)) {
      for (const m of doc.matches('boundary.former-patient', FORMER_PATIENT)) {
        out.push({ start: m.start, end: m.end, messageId: 'formerPatient', score: 0.85 });
      }
    }
    return out;
  },
});
