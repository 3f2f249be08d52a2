/**
 * Promotion of a product, company or private service in which the author appears to have an
 * interest, with no declaration. The signals combine, Presidio-style:
 *
 * - a personal code, referral link or negotiated rate shows a deal on its own;
 * - a weak pointer ("link in bio") counts with a deal or an endorsement;
 * - hospitality counts with an endorsement of the host's product;
 * - an endorsement alone ("I swear by X") is only an info-level nudge.
 *
 * A declaration anywhere in the post (#ad, "Disclosure:", "DOI:", "I'm a co-founder of…")
 * clears it. A declaration of NO interest clears an endorsement but not a personal code, link or
 * rate: a code tied to the author is itself evidence of an arrangement, so the two contradict
 * each other and the reader deserves to know which is true.
 */
import { defineRule } from '../engine/define';
import type { DocumentView } from '../engine/document';
import type { Report, Span } from '../types';
import {
  BOOKING_PUSH,
  CODE,
  DEAL,
  DECLARATION,
  ENDORSEMENT,
  HOSPITALITY,
  NO_INTEREST,
  NOT_A_PROMO_CODE,
  OTHER_CODE_BEFORE,
  OWN_SERVICE,
  PERSONAL_OFFER,
  REFERRAL_URL,
  REP_FAVOUR,
  WEAK_POINTER,
} from './_lexicon';

const DECLARE = "Declare your interest up front, e.g. 'Disclosure: I receive a commission from …' or '#ad'.";

type Kind =
  | 'code'
  | 'referralLink'
  | 'personalOffer'
  | 'ownService'
  | 'repFavour'
  | 'pointer'
  | 'booking'
  | 'deal'
  | 'hospitality'
  | 'endorsement';

/** A company name ("Halvern Pharma", "Novacare Therapeutics") or its reps, for hospitality alone. */
const COMPANY =
  /\b[A-Z][\p{L}&'’-]+(?:\s[A-Z][\p{L}&'’-]+){0,3}\s(?:Pharma|Pharmaceuticals?|Therapeutics|Biotech|Biosciences|Medical|Healthcare|Labs|Laboratories|Devices|Diagnostics|Life Sciences|Aesthetics)\b|\b(?:drug|pharma|company|sales) reps?\b/u;

interface Signal extends Span {
  kind: Kind;
}

export default defineRule({
  id: 'conflict-of-interest/undeclared-promotion',
  meta: {
    category: 'conflict-of-interest',
    defaultSeverity: 'warning',
    summary:
      'Flags promotion of a product or service with a personal code, referral link, special rate or hospitality, when no interest is declared.',
    messages: {
      code: 'A personal discount code suggests a commercial arrangement with the seller. The GMC expects you to be open about any financial or commercial interest when you promote a product or service; without a declaration readers cannot weigh your recommendation.',
      referralLink:
        'This looks like a referral or affiliate link. If you benefit when people use it, declare that interest clearly; undeclared promotion can mislead patients and the public.',
      ownService:
        'This promotes your own private service alongside an offer or a push to book. The GMC expects you to be open about financial interests when you promote a service; say plainly that it is your own paid service and keep claims factual.',
      repFavour:
        'A personal tie to a company rep, with favours, suggests an interest that could affect your judgement. The GMC expects you to declare gifts and relationships with industry that could be seen to influence you.',
      personalOffer:
        'Offering a personal rate, referral or introduction suggests you have an arrangement with the supplier. Declare any interest openly so readers can judge your recommendation.',
      pointer:
        'Pointing followers to a product link alongside a recommendation reads as promotion. If you have any interest in it, declare it clearly.',
      deal: 'A discount or freebie offered alongside your recommendation reads as promotion. If you have any interest in the product, declare it clearly.',
      hospitality:
        'Mentioning hospitality or gifts from a company while recommending its product suggests an undeclared interest. The GMC expects you to declare gifts and hospitality that could be seen to affect your judgement.',
      endorsement:
        'This strongly endorses a named product or service. If you have any financial or commercial interest in it, declare that interest in the post.',
    },
    guidance: ['gmc-gmp-2024-p90', 'gmc-gmp-2024-p95', 'gmc-conflicts-2024-s-principles'],
    examples: {
      warn: [
        { text: 'My go-to for eczema is DermaCalm cream. Use code DRKATE15 for 15% off!' },
        { text: 'Book your health MOT through my link: vitalcheck.co.uk/?ref=drmike' },
        { text: 'If your practice wants the triage tool, DM me for the partner rate.' },
      ],
      pass: [
        {
          text: "Disclosure: I'm a co-founder of CareLoop. Our evaluation, including the negative findings, is linked below.",
          why: 'the interest is declared up front',
        },
        {
          text: 'Our new NHS-funded menopause clinic opens Monday. Referral via your GP practice.',
          why: 'an NHS service, not a commercial interest',
        },
        {
          text: 'Code blue called on Ward 4 at 03:00. Great teamwork, everyone.',
          why: 'a hospital emergency code, not a promo code',
        },
      ],
    },
  },
  check(doc) {
    const signals = collect(doc);
    if (signals.length === 0) return [];
    const has = (k: Kind): boolean => signals.some((s) => s.kind === k);
    const personal = has('code') || has('referralLink') || has('personalOffer');
    const backed = has('deal') || has('endorsement') || has('hospitality');
    const repFavours = signals.filter((s) => s.kind === 'repFavour').length;
    // Without one of these combinations nothing below reports, whatever the draft declares:
    // skip the whole-draft declaration scans.
    const reportable =
      personal ||
      (has('ownService') && (has('deal') || has('booking') || has('pointer'))) ||
      (repFavours > 0 && (backed || repFavours > 1)) ||
      has('hospitality') ||
      (has('pointer') && backed) ||
      has('endorsement');
    if (!reportable) return [];
    // A declaration may run across a sentence break, hence the joined text.
    if (doc.lexiconInJoined('coi.declaration', DECLARATION)) return [];
    const noInterest = doc.lexiconInJoined('coi.no-interest', NO_INTEREST);

    let score = 0;
    if (personal) score = backed ? 0.88 : 0.8;
    else if (has('ownService') && (has('deal') || has('booking') || has('pointer'))) score = 0.8;
    else if (repFavours > 0 && (backed || repFavours > 1)) score = 0.78;
    else if (has('hospitality') && COMPANY.test(doc.text) && !noInterest)
      score = backed && has('endorsement') ? 0.82 : 0.7;
    else if (noInterest) score = 0;
    else if (has('pointer') && backed) score = 0.78;
    else if (has('hospitality') && has('endorsement')) score = 0.78;
    else if (has('deal') && has('endorsement')) score = 0.66;
    if (score > 0) {
      return signals.map((s): Report => ({
        start: s.start,
        end: s.end,
        messageId: s.kind,
        score,
        suggestion: DECLARE,
      }));
    }
    if (noInterest) return [];
    // Endorsement alone: a gentle nudge, not counted as a warning.
    return signals
      .filter((s) => s.kind === 'endorsement')
      .slice(0, 1)
      .map((s): Report => ({
        start: s.start,
        end: s.end,
        messageId: 'endorsement',
        score: 0.55,
        severity: 'info',
        suggestion: DECLARE,
      }));
  },
});

function collect(doc: DocumentView): Signal[] {
  const out: Signal[] = [];
  const add = (kind: Kind, spans: readonly Span[]): void => {
    for (const { start, end } of spans) out.push({ kind, start, end });
  };
  add(
    'code',
    doc
      .matches('coi.code', CODE, 'plain')
      .filter(
        (m) =>
          !NOT_A_PROMO_CODE.test(m.groups[1] ?? '') &&
          !OTHER_CODE_BEFORE.test(m.sentence.view.norm.folded.slice(Math.max(0, m.index - 20), m.index)),
      ),
  );
  add('referralLink', doc.matches('coi.referral-url', REFERRAL_URL, 'plain'));
  add('personalOffer', doc.matches('coi.personal-offer', PERSONAL_OFFER, 'folded'));
  add('ownService', doc.matches('coi.own-service', OWN_SERVICE, 'folded'));
  if (/\breps?\b/i.test(doc.text)) add('repFavour', doc.matches('coi.rep-favour', REP_FAVOUR, 'folded'));
  add('pointer', doc.matches('coi.weak-pointer', WEAK_POINTER, 'folded'));
  add('booking', doc.matches('coi.booking-push', BOOKING_PUSH, 'folded'));
  add('deal', doc.matches('coi.deal', DEAL, 'folded'));
  add('hospitality', doc.matches('coi.hospitality', HOSPITALITY, 'folded'));
  add('endorsement', doc.matches('coi.endorsement', ENDORSEMENT, 'folded'));
  // Overlapping signals ("code DRX10 for 10% off"): keep the first, most specific kind.
  const kept: Signal[] = [];
  for (const s of out.sort((a, b) => a.start - b.start)) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) continue;
    kept.push(s);
  }
  return kept;
}
