/**
 * Signals shared by the boundary rules: a patient relationship, a clinical subject, a refusal,
 * and a commercial or recruitment purpose (which makes "DM me" a different problem or none).
 */

/** The author treats, or treated, the person: "my patient", "I treated", "from clinic". */
export const PATIENT_RELATIONSHIP =
  /\b(?:my (?:\p{L}+ )?patients?|a patient|patients|(?:i|we)(?:['’]ve| have)? (?:\p{L}+ )?(?:treated|treating|looked after|cared for|nursed|operated on|delivered|discharged|admitted|stented|resuscitated|seen)|(?:from|at|in|on) (?:the |my |our )?(?:clinic|ward|surgery|practice|theatre|resus|antenatal clinic|unit)|clinic crowd|after discharge)\b/u;

/** Clinical matters that belong in a consultation, not a social-media channel. */
export const CLINICAL_SUBJECT =
  /\b(?:symptoms?|meds|medication|medicines?|prescriptions?|results?|bloods?|scans?|mri|x-?ray|biopsy|rash|pic of|photo of|pain|dose|diagnosis|antibiotics|treatment|care|health|patients?|clinic|surgery|practice|ward|discharge|appointments?|palliative|what we (?:talked|spoke) about|questions about your)\b/;

/** "please don't", "I can't", "I never": a stated boundary rather than a breach. */
export const REFUSAL_BEFORE =
  /\b(?:don['’]?t|do not|dont|never|won['’]?t|can['’]?t|cannot|not able to|unable to|no longer|not|decline|refuse|stop)\b[^.!?]{0,30}$/;

/** Sales, recruitment and colleague networking: "DM me for the partner rate / job details". */
export const NON_CLINICAL_PURPOSE =
  /\b(?:rates?|link|code|discount|partner|jobs?|role|vacanc(?:y|ies)|recruit\w*|apply|applications?|details|colleagues|rota|shifts?|cv|mentoring|research|survey|study|course|conference|demo|offer|price|pricing|collaborat\w*|podcast|interview|epr|go-?live|sponsor\w*)\b/;
