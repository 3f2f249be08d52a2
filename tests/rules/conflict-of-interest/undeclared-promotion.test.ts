import rule from '../../../src/rules/conflict-of-interest/undeclared-promotion';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: "Disclosure: I'm a co-founder of CareLoop. Our evaluation, including the negative findings, is linked below.",
      why: 'the interest is declared up front',
    },
    {
      text: "#ad | Paid partnership with DermaCalm. I'm paid to promote their cream; speak to your pharmacist about eczema.",
      why: 'labelled as an advert, with the interest stated',
    },
    {
      text: "DOI: speaker fees from Novacor Pharma in the past three years. Tonight's talk is unsponsored.",
      why: 'a declaration of interests before a talk',
    },
    {
      text: 'Our new NHS-funded menopause clinic opens Monday. Referral via your GP practice.',
      why: 'an NHS service, not a commercial interest',
    },
    { text: 'Code blue called on Ward 4 at 03:00. Great teamwork, everyone.', why: 'a hospital emergency code' },
    {
      text: 'Sign up for our hospital charity fun run! Link in bio, all proceeds to the neonatal unit.',
      why: 'a charity link with no product or deal',
    },
    {
      text: 'Great dinner with the team last night to celebrate Sister Jones retiring 🥂',
      why: 'the author’s own team, not a company’s hospitality',
    },
    {
      text: 'NHS staff get 10% off at lots of shops with the Blue Light Card, worth signing up.',
      why: 'a staff discount scheme the author does not benefit from promoting',
    },
    { text: 'The practice still uses Read code XaB7 for this. Pain.', why: 'a clinical code, not a promo code' },
    {
      text: 'Compression socks make long shifts easier. Any brand will do, and the NHS staff discount helps.',
      why: 'general tips with no named product and no personal deal',
    },
    {
      text: "I've opened my own private physio clinic. Disclosure: it's my business, so I profit from bookings. Book online.",
      why: 'the interest is declared',
    },
    {
      text: "Thanks to the ward team for a lovely leaving lunch, I'll miss you all!",
      why: 'colleagues, not a company',
    },
    {
      text: "My own private list is closed until September while I'm on leave.",
      why: 'own service mentioned with no offer or push to book',
    },
  ],
  warn: [
    {
      text: 'My go-to for eczema is DermaCalm cream. Use code DRKATE15 for 15% off!',
      findings: [
        { span: 'code DRKATE15', messageId: 'code' },
        { span: '15% off', messageId: 'deal' },
      ],
    },
    {
      text: 'Book your health MOT through my link: vitalcheck.co.uk/?ref=drmike',
      findings: [
        { span: 'through my link', messageId: 'personalOffer' },
        { span: '?ref=drmike', messageId: 'referralLink' },
      ],
    },
    {
      text: 'If your practice wants the triage tool, DM me for the partner rate.',
      findings: [{ span: 'partner rate', messageId: 'personalOffer' }],
    },
    {
      text: 'Honestly nothing beats NeuroFlex for migraine prevention. Lovely dinner with their team in Leeds last night 🍷',
      findings: [
        { span: 'nothing beats', messageId: 'endorsement' },
        { span: 'Lovely dinner with their team', messageId: 'hospitality' },
      ],
    },
    {
      text: 'Loving the new ErgoLift standing desk, a total game changer for clinic days. Link in bio 👇',
      findings: [
        { span: 'game changer', messageId: 'endorsement' },
        { span: 'Link in bio', messageId: 'pointer' },
      ],
    },
    {
      text: 'I have no financial relationship with SunnyDrops, but use my code SUNNY10 for 10% off.',
      findings: [
        { span: 'use my code', messageId: 'personalOffer' },
        { span: '10% off', messageId: 'deal' },
      ],
    },
    {
      // Endorsement alone: reported at info severity (a nudge), which does not count as a warning.
      text: 'I swear by HydraGlow moisturiser for night-shift skin.',
      findings: [{ span: 'I swear by', messageId: 'endorsement' }],
    },
    {
      text: 'Back pain? Come and see me at my own clinic in Didsbury. Mention this post for 20% off your first session.',
      findings: [
        { span: 'Come and see me at my own clinic', messageId: 'ownService' },
        { span: 'Mention this post for', messageId: 'deal' },
        { span: '20% off', messageId: 'deal' },
      ],
    },
    {
      text: 'Massive thanks to Corvane Pharmaceuticals for the stunning dinner last night! Will be switching my patients to their new inhaler.',
      findings: [
        { span: 'thanks to Corvane Pharmaceuticals for the stunning dinner', messageId: 'hospitality' },
        { span: 'Will be switching my patients to', messageId: 'endorsement' },
      ],
    },
    {
      text: 'Our drug rep is a good mate and always hooks me up, so Zentrix is my go-to for COPD.',
      findings: [
        { span: 'Our drug rep is a good mate', messageId: 'repFavour' },
        { span: 'hooks me up', messageId: 'repFavour' },
        { span: 'is my go-to', messageId: 'endorsement' },
      ],
    },
    {
      text: 'Cheers to the Novaxa team for the amazing weekend in Lisbon! Will be putting my patients on their new patch.',
      findings: [
        { span: 'Cheers to the Novaxa team for the amazing weekend', messageId: 'hospitality' },
        { span: 'Will be putting my patients on', messageId: 'endorsement' },
      ],
    },
  ],
});
