import rule from '../../../src/rules/patient-identifier/postcode';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    {
      text: 'Our practice is moving! Find us at 22 Mill Street, BD7 3QP from Monday.',
      why: "the practice's own address",
    },
    { text: 'ST3 interviews done, now the wait.', why: 'a training grade, not a district' },
    { text: 'Job: Band 6 district nurse, base at the health centre, NE4 6BE. Apply by Friday.', why: 'a job advert' },
  ],
  warn: [
    {
      text: 'Home visit in BD7 3QP this morning, new diagnosis of lung cancer.',
      findings: [{ span: 'BD7 3QP', messageId: 'postcode' }],
    },
    {
      text: 'Visits today: NG5 1AB (catheter), NG5 2DW (palliative)',
      findings: [
        { span: 'NG5 1AB', messageId: 'postcode' },
        { span: 'NG5 2DW', messageId: 'postcode' },
      ],
    },
    {
      text: 'Another young lad from LS6 with a stab wound tonight.',
      findings: [{ span: 'LS6', messageId: 'district' }],
    },
  ],
});
