import rule from '../../../src/rules/patient-identifier/email-address';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Questions about the course? Email enquiries@example.org', why: 'a role mailbox' },
    { text: 'Referrals to leeds.cardiology.referrals@nhs.net please', why: "a service's shared NHS inbox" },
    { text: 'Thanks @dr_jones for the teaching today', why: 'a handle, not an email address' },
  ],
  warn: [
    {
      text: 'Her son asked us to email results to gary.pike1971@example.com',
      findings: [{ span: 'gary.pike1971@example.com', messageId: 'email' }],
    },
    {
      text: "What's your email? JonaPetersen@example.net",
      findings: [{ span: 'JonaPetersen@example.net', messageId: 'email' }],
    },
  ],
});
