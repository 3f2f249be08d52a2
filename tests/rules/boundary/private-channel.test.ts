import rule from '../../../src/rules/boundary/private-channel';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Please don’t DM me about your symptoms. I can’t assess anyone on here.', why: 'a refusal' },
    { text: 'We’re hiring two practice nurses. DM me for details of the role!', why: 'recruitment, not care' },
    {
      text: 'Going live with our EPR next week? My DMs are open to colleagues who want to share lessons.',
      why: 'colleague networking',
    },
    { text: 'Don’t message me tonight, I’m offline with the kids.', why: 'negated, and nothing clinical' },
    {
      text: "Please don't WhatsApp me on 07700 900512 about your symptoms, ring the practice or 111.",
      why: 'a refusal',
    },
    { text: "My number's changed, colleagues - new one on the rota board.", why: 'colleagues, no clinical contact' },
  ],
  warn: [
    {
      text: '@kim_l message me directly with a photo of the rash and I’ll have a look',
      findings: [{ span: 'message me directly', messageId: 'privateChannel' }],
    },
    {
      text: 'Any of my patients reading this, text me on my personal mobile if your pain gets worse tonight.',
      findings: [{ span: 'text me on my personal mobile', messageId: 'privateChannel' }],
    },
    {
      text: "@gaz_1980 sorry the wound's still weeping, text me on 07700 900512 and I'll talk you through the dressing.",
      findings: [{ span: 'text me on 07700', messageId: 'privateChannel' }],
    },
    {
      text: 'If you want a second opinion on your MRI, message me directly rather than going through the clinic.',
      findings: [{ span: 'message me directly', messageId: 'privateChannel' }],
    },
    {
      text: "@kaz_b sorry your stitches are sore hun, my number's 07700 900777 if it gets worse",
      findings: [{ span: "my number's", messageId: 'privateChannel' }],
    },
  ],
});
