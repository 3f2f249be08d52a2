/**
 * Signals shared by the boundary rules: a patient relationship, a clinical subject, a refusal,
 * and a commercial or recruitment purpose (which makes "DM me" a different problem or none).
 */

/** The author treats, or treated, the person: "my patient", "I treated", "from clinic". */
export const PATIENT_RELATIONSHIP =
  /\b(?:my (?:\p{L}+ )?(?:patients?|clients?|service users?)|(?:former|past|old|ex) (?:patients|clients)|a patient|patients|(?:i|we)(?:['’]ve| have)? (?:\p{L}+ )?(?:treated|treating|looked after|cared for|nursed|operated on|delivered|discharged|admitted|stented|resuscitated|seen)|(?:from|at|in|on) (?:the |my |our )?(?:clinic|ward|surgery|practice|theatre|resus|antenatal clinic|unit)|clinic crowd|after discharge)\b/u;

/** Clinical matters that belong in a consultation, not a social-media channel. */
export const CLINICAL_SUBJECT =
  /\b(?:symptoms?|meds|medication|medicines?|prescriptions?|results?|bloods?|scans?|mri|x-?ray|biopsy|rash|pic of|photo of|pain|dose|diagnosis|antibiotics|treatment|care|health|patients?|clinic|surgery|practice|ward|discharge|appointments?|palliative|what we (?:talked|spoke) about|questions about your|stitches|wounds?|dressings?|sore|swelling|infected|infection|inhaler|tablets|scar|bleeding|injury|recovery|rehab|exercises|second opinion|(?:have|take) a (?:quick )?look|talk you through)\b/;

/**
 * A friendly check-in on someone's treatment or recovery: "hope the new inhaler is working",
 * "sorry the stitches are sore", "how's the new hip?". Said to one person, it suggests the author
 * knows their care. A body part alone ("hope the knee's holding up") could be any friend's
 * concern, so it does not count.
 */
export const CARE_CHECKIN =
  /\b(?:hope|hoping|glad|pleased|sorry|good to hear|great to hear|how['’]?s|how is|how are) (?:the |your |ur )?(?:new |old |bad |dodgy )?(?:inhaler|meds|medication|tablets|pills|stitches|wound|scar|dressing|cast|plaster|blood pressure|bp|sugars|recovery|rehab|op|operation|injection|treatment|chemo|radiotherapy|physio|exercises|new hip|new knee|knee replacement|hip replacement|bloods|results|scan)\b/;

/** Going round the service: "rather than going through the clinic", "skip the waiting list". */
export const BYPASS_SERVICE =
  /\b(?:rather than|instead of|without) (?:going through|booking (?:in )?(?:with|through)?|ringing|calling|waiting for|paying|bothering) (?:the |your |a )?(?:clinic|surgery|practice|gp|hospital|receptionists?|reception|department|nhs|waiting list|appointment)|\bskip (?:the )?(?:queue|waiting list|receptionists?)\b/;

/** "please don't", "I can't", "I never": a stated boundary rather than a breach. */
export const REFUSAL_BEFORE =
  /\b(?:don['’]?t|do not|dont|never|won['’]?t|can['’]?t|cannot|not able to|unable to|no longer|not|decline|refuse|stop)\b[^.!?]{0,30}$/;

/** Sales, recruitment and colleague networking: "DM me for the partner rate / job details". */
export const NON_CLINICAL_PURPOSE =
  /\b(?:rates?|link|code|discount|partner|jobs?|role|vacanc(?:y|ies)|recruit\w*|apply|applications?|details|colleagues|rota|shifts?|cv|mentoring|research|survey|study|course|conference|demo|offer|price|pricing|collaborat\w*|podcast|interview|epr|go-?live|sponsor\w*)\b/;
