import { describe, expect, it } from 'vitest';
import { DraftChecker } from '../../../src/rules/engine/check';
import rule from '../../../src/rules/patient-identifier/patient-name';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'A retired farmer from Whitby in bed 4 finally went home today after his hip op.',
      why: 'a town before "in bed 4" says where the patient is from, not who (jigsaw weighs places)',
    },
    {
      text: 'Our physio team now runs a clinic at Harper Wellness in town, referrals via your GP for patients with back pain.',
      why: 'a personal name that is part of a business name',
    },
    {
      text: 'From May the diabetes clinic moves to Fletcher House, next to the main outpatients entrance.',
      why: 'a personal name that is part of a building name',
    },
    {
      text: 'Amber weather warning for ice tomorrow: please allow extra time to get to your appointment.',
      why: 'a first name used as a colour before a noun, not a person',
    },
    {
      text: 'Proud to be an ambassador for the charity Silver Steps, who fund falls classes for older people.',
      why: 'a charity named after "the charity", not a person',
    },
    {
      text: '@runner_bex as your GP I would get that ankle looked at by a physio. Happy to help via the surgery.',
      why: 'a public reply that reveals no result or diagnosis: a boundary issue, not an identifier',
    },
    {
      text: 'So proud of my colleague Priya Raman who has just passed her MRCP!',
      why: 'a colleague introduced as one',
    },
    { text: 'Thank you to our HCA Bernadette Okoye for staying late on the ward tonight.', why: 'staff praise' },
    {
      text: 'Congratulations to Dr Callum Reid on his new consultant post. Callum has been a brilliant registrar.',
      why: 'a doctor, and a later mention of the same colleague',
    },
    {
      text: 'Massive shout out to Sister Joy Mensah on Ward 4, retiring after 30 years.',
      why: 'a sister retiring, not a patient',
    },
    {
      text: "Shared with Frank's written consent and our comms team: Frank is back walking his dog after his bypass.",
      why: 'consent and sign-off are stated',
    },
    {
      text: 'Hi Maureen, from what you describe that sounds like shingles, see a pharmacist.',
      why: 'addressed, but nothing shows she is a patient of the author',
    },
    {
      text: 'Everyone knows Mr Fothergill operates on Fridays after a long lunch and nobody checks.',
      why: 'a surgeon in an allegation: the defamation rules handle it',
    },
    { text: 'Lower UTI: nitrofurantoin 100 mg MR BD for 3 days (NICE).', why: '"MR" is modified release' },
    {
      text: "Started a 40-year-old on treatment for Graves' disease today.",
      why: 'an eponymous disease, not a person',
    },
    { text: 'Positive patient ID at the bedside, every time.', why: '"ID" is not initials' },
    { text: 'My name is Hannah and I am a practice nurse in the Dales.', why: "the author's own name" },
    {
      text: "Another Addison's crisis in resus tonight, hydrocortisone given fast.",
      why: "an eponymous condition (Addison's disease), not a person",
    },
    {
      text: "Barrett's surveillance list running late again, sorry to everyone waiting.",
      why: "an eponymous condition (Barrett's oesophagus)",
    },
    { text: "Crohn's flare clinic is packed this morning.", why: 'an eponymous condition' },
    { text: "Great session on Bell's palsy from the ENT team today.", why: 'an eponymous condition' },
    {
      text: 'Summer Fair at the practice on Saturday, cakes welcome!',
      why: 'a given name that is also a season, in a title-case event name',
    },
    {
      text: 'Iris Scan results are back from the new retinal camera pilot.',
      why: 'a given name that is also part of the eye',
    },
    {
      text: 'Hope Street surgery is closed on Friday for staff training.',
      why: 'a given name that is also a word, in a street name',
    },
    {
      text: 'Our new wellbeing app is called Calm Minds and it launches next week.',
      why: '"called" names a product here, not a person',
    },
    { text: 'Off to San Diego for the conference, who else is going?', why: 'a place built on a given name' },
    {
      text: 'Patient Safety Week starts Monday, come and see us at the stand.',
      why: '"Patient" before a title-case campaign name, not a named patient',
    },
    {
      text: 'Huge thanks to our amazing registrar Aoife Brennan for the teaching session.',
      why: 'a colleague introduced by role (a name compromise does not know, found by the gazetteer)',
    },
    {
      text: 'Thanks Saoirse for covering my clinic today, you are a star.',
      why: 'a colleague thanked by first name, with no care relationship',
    },
    { text: 'Well done to Jeroen on passing his membership exams!', why: 'a colleague congratulated' },
    { text: 'I work for Ellis-Ingram Inc, an occupational health provider.', why: 'a company named after people' },
    {
      text: 'Aspen Pharma have recalled a batch of hydrocortisone tablets.',
      why: 'a given name that is also a drug company',
    },
    { text: 'My name is Aoife and I am one of the GPs at the practice.', why: "the author's own name" },
    {
      text: 'Jade Garden takeaway is the only thing keeping night shifts going.',
      why: 'a given name that is also a word, in a business name',
    },
    {
      text: 'Ramipril, amlodipine and indapamide: still the commonest triple I see.',
      why: 'a lower-case list of drugs, not of names',
    },
  ],
  warn: [
    {
      text: "Hi Graham, answering here as you asked: your wife's scan showed it hasn't spread, the team will call.",
      findings: [{ span: 'Graham', messageId: 'patientName' }],
    },
    {
      text: 'Noreen, I can see from the photos that the ulcer is infected, pop in to see the nurse tomorrow.',
      findings: [{ span: 'Noreen', messageId: 'patientName' }],
    },
    {
      text: 'Rose in bay 2 has asked for her rosary beads again, bless her.',
      findings: [{ span: 'Rose', messageId: 'patientName' }],
    },
    {
      text: 'Mr Desmond Achterberg in bed 9 on Ward 3B finally off oxygen 🙌',
      findings: [{ span: 'Mr Desmond Achterberg', messageId: 'patientName' }],
    },
    {
      text: 'mrs holloway was in for her knee today and brought us all biscuits',
      findings: [{ span: 'mrs holloway', messageId: 'patientName' }],
    },
    {
      text: 'so proud of little freddie on the childrens ward, rang the end of chemo bell today',
      findings: [{ span: 'freddie', messageId: 'patientName' }],
    },
    {
      text: 'RIP m4rg4ret (the one with the budgie) who passed on ICU overnight',
      findings: [{ span: 'm4rg4ret', messageId: 'nameNearCare' }],
    },
    { text: 'PK in bed 12 pulled through the night.', findings: [{ span: 'PK', messageId: 'initials' }] },
    {
      text: '@dave_h_1970 good to see you in clinic, your bloods came back fine',
      findings: [{ span: '@dave_h_1970', messageId: 'handle' }],
    },
    {
      text: 'Hi Mrs Kowalczyk! I remember you from clinic, your scan was all clear',
      findings: [{ span: 'Mrs Kowalczyk', messageId: 'patientName' }],
    },
    {
      text: 'Follow up with Hanne I. Kreutzmann next month.',
      findings: [{ span: 'Hanne I. Kreutzmann', messageId: 'bareName' }],
    },
    {
      text: 'Aoife Brennan in bay 3 finally went home after six weeks with us.',
      findings: [{ span: 'Aoife Brennan', messageId: 'patientName' }],
    },
    {
      text: 'Okonkwo, 67, came in with chest pain and walked out with a stent.',
      findings: [{ span: 'Okonkwo', messageId: 'patientName' }],
    },
    {
      text: 'Reviewed Mr Pálffy this morning, his delirium is settling nicely.',
      findings: [{ span: 'Mr Pálffy', messageId: 'patientName' }],
    },
    {
      text: 'Nowak DOB 12/04/1951 needs a repeat INR on Friday.',
      findings: [{ span: 'Nowak', messageId: 'patientName' }],
    },
    {
      text: 'Ring back patient Adeyinka about her potassium result.',
      findings: [{ span: 'Adeyinka', messageId: 'patientName' }],
    },
    {
      text: "Zofia's daughter rang again about her mum's scan results.",
      findings: [{ span: 'Zofia', messageId: 'patientName' }],
    },
    {
      text: 'Her son is called Jeroen and he visits every evening after work.',
      findings: [{ span: 'Jeroen', messageId: 'nameNearCare' }],
    },
    {
      text: 'the twins, aoife, declan and saoirse, all came in with chickenpox at once',
      findings: [
        { span: 'aoife', messageId: 'nameNearCare' },
        { span: 'declan', messageId: 'nameNearCare' },
        { span: 'saoirse', messageId: 'nameNearCare' },
      ],
    },
    {
      text: '"Best care I\'ve ever had," says Okafor after his discharge.',
      findings: [{ span: 'Okafor', messageId: 'nameNearCare' }],
    },
  ],
});

describe("the author's own name (profile)", () => {
  const spans = (text: string, author?: { name: string }) =>
    new DraftChecker([rule])
      .check({ text, settings: author ? { author } : {} })
      .findings.map((f) => text.slice(f.start, f.end));
  const signed = 'Sam Okafor reporting from a brutal night in resus: three cardiac arrests.';

  it('flags the name when the profile does not say it is the author', () => {
    expect(spans(signed)).toEqual(['Sam Okafor']);
  });

  it('never flags the name the user posts under, with or without a title', () => {
    expect(spans(signed, { name: 'Sam Okafor' })).toEqual([]);
    expect(spans(signed, { name: 'Dr Sam Okafor' })).toEqual([]);
  });

  it('still flags another name, and a patient anchored to care who shares the first name', () => {
    expect(spans(signed, { name: 'Jo Okafor' })).toEqual(['Sam Okafor']);
    expect(spans('Mrs Sam Jones in bed 4 had a rough night.', { name: 'Sam Okafor' })).toEqual(['Mrs Sam Jones']);
  });
});
