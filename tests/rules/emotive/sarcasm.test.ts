import rule from '../../../src/rules/emotive/sarcasm';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Amazing work from the rota team, once you get past the gaps. 🙃',
      why: 'a concession between the praise and the emoji (found across the sentence end)',
    },
    { text: 'Huge thanks to our porters 👏 what would we do without them!', why: 'sincere, no complaint in the draft' },
    { text: 'Massive thanks to the night team for covering the gaps 👏👏', why: 'sincere praise, no complaint' },
    {
      text: 'Ortho reg asked me what potassium does again 🙄 love you really, bone doctors',
      why: 'affectionate banter between specialties',
    },
    {
      text: 'Shout out to Dr Khan who spotted a subtle STEMI this morning. Proud of our juniors.',
      why: 'genuine praise',
    },
    {
      text: 'Honestly the highlight of my week is the retired headteacher on bay 4 teaching us crossword tips \ud83d\ude02 love her',
      why: 'sincere, affectionate',
    },
    {
      text: 'Lovely lot, once you get past the fact that the car park costs \u00a312 \ud83d\ude44',
      why: 'the eye-roll is aimed at the car park',
    },
  ],
  warn: [
    {
      text: 'Amazing work from the rota team as always. 🙃',
      findings: [{ span: 'Amazing work from the rota team as always. 🙃', messageId: 'ironicEmoji' }],
    },
    {
      text: 'Another 8am meeting about meetings. Truly the highlight of my week \ud83d\ude43',
      findings: [{ span: 'Truly the highlight of my week', messageId: 'sarcasm' }],
    },
    {
      text: 'Delighted to be told by an HR adviser that my breaks are optional.',
      findings: [{ span: 'Delighted to be told', messageId: 'sarcasm' }],
    },
    {
      text: 'Theatre list cancelled because nobody ordered the kit. Brilliant planning 🙃',
      findings: [{ span: 'Brilliant planning 🙃', messageId: 'ironicEmoji' }],
    },
    {
      text: "Consultant 'too busy' to come in for the bleed but fine for golf. Legend. 👏",
      findings: [{ span: 'Legend. 👏', messageId: 'ironicEmoji' }],
    },
    {
      text: 'Another restructure announced by email. Cheers for that.',
      findings: [{ span: 'Cheers for that', messageId: 'sarcasm' }],
    },
  ],
});
