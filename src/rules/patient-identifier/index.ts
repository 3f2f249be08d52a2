import address from './address';
import careLocation from './care-location';
import clinicalDate from './clinical-date';
import clinicalImageFile from './clinical-image-file';
import customTerm from './custom-term';
import dateOfBirth from './date-of-birth';
import emailAddress from './email-address';
import healthNumber from './health-number';
import hospitalNumber from './hospital-number';
import jigsaw from './jigsaw';
import otherPersonalNumber from './other-personal-number';
import patientName from './patient-name';
import phoneNumber from './phone-number';
import postcode from './postcode';
import type { Rule } from '../types';

/** Sorted by id. The meta-test proves every module in this folder is listed. */
export const PATIENT_IDENTIFIER_RULES: readonly Rule[] = [
  address,
  careLocation,
  clinicalDate,
  clinicalImageFile,
  customTerm,
  dateOfBirth,
  emailAddress,
  healthNumber,
  hospitalNumber,
  jigsaw,
  otherPersonalNumber,
  patientName,
  phoneNumber,
  postcode,
];
