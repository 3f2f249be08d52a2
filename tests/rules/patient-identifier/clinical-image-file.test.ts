import rule from '../../../src/rules/patient-identifier/clinical-image-file';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  pass: [
    { text: 'Slides from today are in teaching_notes.pdf', why: 'not a clinical image' },
    { text: 'New logo attached: trust_logo_2025.png', why: 'a logo, nothing clinical around it' },
  ],
  warn: [
    {
      text: 'Look at this healing! wound_day14.jpg attached 😍',
      findings: [{ span: 'wound_day14.jpg', messageId: 'imageFile' }],
    },
    { text: 'Uploading xray_smith.png for the quiz', findings: [{ span: 'xray_smith.png', messageId: 'imageFile' }] },
    { text: 'Series IM-0001-0042 shows the bleed nicely', findings: [{ span: 'IM-0001-0042', messageId: 'dicom' }] },
  ],
});
