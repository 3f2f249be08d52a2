/**
 * File names of clinical images ("IMG_2041.jpg", "xray_smith.png", "wound-photo-3.heic", DICOM
 * files). A file name in a post usually means an image is attached, and clinical images need the
 * patient's consent and careful anonymisation: a tattoo, a wristband or a name in the file name
 * can identify them.
 */
import { defineRule } from '../engine/define';
import { registerPattern } from '../text/patterns';
import type { Report } from '../types';
import { CLINICAL_EVENT, PATIENT_PERSON, around, has } from './_structured-context';

const IMAGE_FILE = registerPattern(
  'clinical-image-file.file',
  /(?<![\p{L}\p{N}_./-])[\p{L}\p{N}_-]{1,60}(?:\.[\p{L}\p{N}_-]{1,30}){0,3}\.(?:jpe?g|png|heic|heif|gif|tiff?|bmp|webp|dcm|dicom|mov|mp4|avi|pdf)(?![\p{L}\p{N}_])/giu,
);
// DICOM-style names: "IM-0001-0042", "1.2.840.113619.2.55…" UIDs.
const DICOM_NAME = registerPattern(
  'clinical-image-file.dicom',
  /(?<![\p{L}\p{N}_.])(?:IM-\d{4}-\d{4}|1\.2\.840(?:\.\d{1,10}){3,20})(?![\p{L}\p{N}_])/gu,
);
// Words in a file name that make it a clinical image (matched per token: "xray_smith", "IMG_2041").
const CLINICAL_FILE_TOKENS = new Set(
  (
    'xray x ray cxr axr ct mri us uss ultrasound scan scans ecg ekg echo wound wounds ulcer rash lesion mole ' +
    'derm derma burn fracture injury op theatre specimen path histo slide biopsy photo pic img image dsc dscn ' +
    'pxl screenshot dicom dcm pt patient ward bed clinic'
  ).split(' '),
);

function hasClinicalToken(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((t) => CLINICAL_FILE_TOKENS.has(t));
}

export default defineRule({
  id: 'patient-identifier/clinical-image-file',
  meta: {
    category: 'patient-identifier',
    defaultSeverity: 'warning',
    summary: 'Flags file names of clinical images, a reminder that identifiable images need consent.',
    messages: {
      imageFile:
        'This looks like a clinical image file. Images need the patient’s consent, and a face, tattoo, wristband or a name in the file name can identify them. Check it is anonymised and consented.',
      dicom:
        'This looks like a DICOM image identifier. Scan files often carry the patient’s name, date of birth and hospital number in their headers.',
    },
    guidance: ['gmc-recordings-2011-p17', 'gmc-social-media-2024-p18', 'gmc-gmp-2024-p16'],
    examples: {
      warn: [{ text: 'Look at this healing! wound_day14.jpg attached 😍' }],
      pass: [{ text: 'Slides from today are in teaching_notes.pdf', why: 'not a clinical image' }],
    },
  },
  check(doc) {
    const out: Report[] = [];
    for (const m of doc.matches('clinical-image-file.file', IMAGE_FILE, 'plain')) {
      const name = m.groups[0] ?? '';
      const near = around(doc, m.start, m.end, 120, 80);
      const clinicalName = hasClinicalToken(name.replace(/\.[a-z0-9]+$/i, ''));
      const isImage = !/\.pdf$/i.test(name);
      if (!isImage && !clinicalName) continue;
      if (!clinicalName && !has(PATIENT_PERSON, near) && !has(CLINICAL_EVENT, near)) continue;
      out.push({ start: m.start, end: m.end, messageId: 'imageFile', score: 0.7, suggestion: '[image name removed]' });
    }
    for (const m of doc.matches('clinical-image-file.dicom', DICOM_NAME, 'plain')) {
      out.push({ start: m.start, end: m.end, messageId: 'dicom', score: 0.75 });
    }
    return out;
  },
});
