/**
 * Lexicons for the defamatory rules: who can be defamed (targets) and what harms a reputation
 * (allegations). Written from the kinds of conduct that reach the MPTS, the NMC, the GPhC, the
 * CQC and the courts in defamation claims: dishonesty (falsified records, fraud, lying), cover-ups,
 * incompetence and neglect, impairment at work, abuse of patients, discrimination and other
 * unlawful conduct, corruption and nepotism. Phrases are regex fragments over folded text (see
 * phraseRegex); a space matches any run of spaces or hyphens.
 */
import { phraseRegex, registerPattern } from '../text/patterns';

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------

/** A titled person: "Dr Hollis Wrenfield", "Mr Ravensworth's", "Professor Lanchester", "Sister Ward". */
export const TITLED_PERSON = registerPattern(
  'defamatory.titled-person',
  /(?<![\p{L}\p{N}_])(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sister|Matron|Sir|Dame|Nurse|Consultant)\.?[ \t]+[A-Z][\p{L}'’]+(?:[ \t-][A-Z][\p{L}'’]+){0,2}/gu,
);

/** The same in lower case, as people type quickly: "dr wrenfield", "mr tulk". Checked on folded text. */
export const LOWER_TITLED_PERSON = registerPattern(
  'defamatory.lower-titled-person',
  /(?<![\p{L}\p{N}_])(?:dr|mr|mrs|ms|prof)\.?[ \t]+(?!(?:and|the|a|an|is|was|who|on|at|in|of|said|says|to|for|or|has|had|will|would)\b)[a-z][a-z'’]{2,}/gu,
);

/** Last words that make a capitalised name an organisation someone could sue over. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'trust',
  'hospital',
  'hospitals',
  'general',
  'infirmary',
  'practice',
  'surgery',
  'centre',
  'medical',
  'pharmacy',
  'pharmacies',
  'chemist',
  'chemists',
  'group',
  'home',
  'homes',
  'hospice',
  'care',
  'healthcare',
  'health',
  'clinic',
  'clinics',
  'aesthetics',
  'dental',
  'dentistry',
  'locums',
  'staffing',
  'solutions',
  'recruitment',
  'agency',
  'partners',
  'partnership',
  'ltd',
  'limited',
  'plc',
  'llp',
  'inc',
  'direct',
  'lab',
  'labs',
  'laboratories',
  'diagnostics',
  'imaging',
  'scan',
  'scans',
  'pharma',
  'pharmaceuticals',
  'therapeutics',
  'icb',
  'ccg',
  'pcn',
  'service',
  'lodge',
  'manor',
  'court',
  'house',
]);

/**
 * A run of capitalised words ("Harwood Valley NHS Trust", "Kestrel Locums"), with an optional
 * lower-case "care home" / "nursing home" after it. Whether the run names an organisation is
 * decided in code from its last word (ORG_SUFFIXES), which keeps the pattern simple.
 */
export const CAPITALISED_RUN = registerPattern(
  'defamatory.capitalised-run',
  /(?<![\p{L}\p{N}_])[A-Z][\p{L}'’&]*(?:[ \t]+[A-Z][\p{L}'’&]*){0,5}(?:[ \t]+(?:care|nursing|residential)[ \t]+homes?)?(?![\p{L}\p{N}_])/gu,
);

/** "St Aldhelm's", "Royal Westmoor": hospitals named without a suffix. */
export const SAINT_OR_ROYAL = registerPattern(
  'defamatory.saint-or-royal',
  /(?<![\p{L}\p{N}_])(?:St\.?|Saint|Royal)[ \t]+[A-Z][\p{L}]+(?:['’]s)?(?![\p{L}\p{N}_])/gu,
);

/** An @handle names an account, and so a person or organisation. */
export const HANDLE = registerPattern('defamatory.handle', /(?<![\p{L}\p{N}_@])@[A-Za-z0-9_]{2,30}/gu);

/** Roles that point to one person (or one body) anyone at the author's workplace could name. */
const ROLES = [
  'medical director',
  'clinical director',
  'associate medical director',
  'deputy medical director',
  'chief executive',
  'chief exec',
  'chief executive officer',
  'ceo',
  'chief nurse',
  'chief nursing officer',
  'director of nursing',
  'nursing director',
  'deputy director',
  'chief operating officer',
  'coo',
  'finance director',
  'director of finance',
  'chair',
  'chairman',
  'chairwoman',
  'board',
  'execs?',
  'executives?',
  'directors?',
  'managers?',
  'ward manager',
  'practice manager',
  'home manager',
  'registered manager',
  'site manager',
  'unit manager',
  'service manager',
  'line manager',
  'management',
  'matron',
  'ward sister',
  'sister',
  'charge nurse',
  'lead nurse',
  'senior nurse',
  'ipc lead',
  'ipc nurse',
  'infection control lead',
  'infection control nurse',
  'clinical lead',
  'governance lead',
  'safeguarding lead',
  'audit lead',
  'rota coordinator',
  'rota co ordinator',
  'college tutor',
  'educational supervisor',
  'clinical supervisor',
  'head of department',
  'hod',
  'consultants?',
  'surgeons?',
  'anaesthetists?',
  'anesthetists?',
  'registrars?',
  'regs?',
  'spr',
  'sho',
  'f1',
  'f2',
  'fy1',
  'fy2',
  'house officer',
  'gps?',
  'gp partners?',
  'senior partner',
  'partners',
  'locums?',
  'pharmacists?',
  'superintendent pharmacist',
  'pharmacy',
  'chemists?',
  'dispensary',
  'dentists?',
  'midwife',
  'midwives',
  'paramedic',
  'radiologists?',
  'pathologists?',
  'psychiatrists?',
  'physios?',
  'professor',
  'owners?',
  'trust',
  'practice',
  'surgery',
  'home',
  'care home',
  'nursing home',
  'agency',
  'hospital',
  'company',
  'firm',
  'clinic',
];
const SPECIALTY =
  '(?:surgical|medical|ortho|orthopaedic|gen surg|general surgical|anaesthetic|anaesthetics|ed|a&e|ae|gynae|obs|paeds|paediatric|icu|itu|cardiology|psych|renal|urology|ent|vascular|neuro|night|on call|duty|weekend|locum|new|current|old|former|acting|interim|senior|junior|deputy|head)';

/** "the surgical reg", "our medical director", "the IPC lead", "their directors", "the trust". */
export const ROLE_TARGET = phraseRegex('defamatory.role-target', [
  `(?:the|our|their|his|her|my|this|that|your|its) (?:${SPECIALTY} ){0,2}(?:${ROLES.join('|')})`,
  'management',
]);

/** A pronoun that opens a sentence and points back to the target of the sentence before. */
export const PRONOUN_SUBJECT =
  /^\s*(?:they|he|she|this (?:man|woman|guy|doctor|surgeon|company|firm|trust|practice))\b/;

// ---------------------------------------------------------------------------------------------
// Allegations
// ---------------------------------------------------------------------------------------------

const RECORDS =
  '(?:notes?|records?|figures|numbers|stats|statistics|data|results|audit|audits|books|accounts|rota|rotas|timesheets?|returns?|waiting lists?|waits|minutes|logs?|charts?|obs|observations|reports?|incident reports?|datix(?:es)?|evidence|cd register|drug charts?|mar charts?|paperwork|documents?|emails?|referrals?)';
const GAP = "(?:[a-z'’.]+ ){0,3}";

/**
 * Verbs and nouns of wrongdoing stated of someone, in three lexicons (kept apart so that each
 * stays small enough for the backtracking checker): dishonesty and cover-ups; incompetence,
 * neglect and impairment; abuse, discrimination, unlawful conduct and corruption.
 */
export const ALLEGATION_DISHONESTY = phraseRegex('defamatory.allegation-dishonesty', [
  // Dishonesty with records and data
  `falsif(?:y|ies|ied|ying|ication)`,
  `fabricat(?:e|es|ed|ing|ion)`,
  `(?:is|was|were|are|been) (?:frankly |completely |totally |entirely |basically |just )?made up`,
  `made up (?:the |their |his |her )?(?:data|results|patients|figures|numbers)`,
  `making up (?:the |their |his |her )?(?:data|results|patients|figures|numbers)`,
  `(?:cook|cooks|cooked|cooking) (?:the|its|their|his|her) ${GAP}${RECORDS}`,
  `(?:fiddle|fiddles|fiddled|fiddling) (?:with )?(?:the|its|their|his|her) ${GAP}${RECORDS}`,
  `(?:fudge|fudges|fudged|fudging|massage|massages|massaged|massaging|doctor|doctors|doctored|doctoring|alter|alters|altered|altering|rig|rigs|rigged|rigging|tamper(?:s|ed|ing)? with|backdat(?:e|es|ed|ing)|rewrote|rewriting|rewrites) (?:the|its|their|his|her) ${GAP}${RECORDS}`,
  `(?:shred|shreds|shredded|shredding|destroy|destroys|destroyed|destroying|delete|deletes|deleted|deleting|bin|binned|binning|lose|lost|losing|hid|hide|hides|hiding|bury|buries|buried|burying) (?:the |its |their |his |her |all |any )?(?:${GAP})?(?:incident reports?|datix(?:es)?|complaints?|records|evidence|reports|notes|emails|audit)`,
  `liars?`,
  `lied (?:to|about|under oath|at|in)`,
  `lies (?:to|about)`,
  `lying (?:to|about|under oath)`,
  `(?:lie|lie) to (?:patients|doctors|staff|nurses|the cqc|the coroner|the gmc|the inquest|families)`,
  `perjur(?:y|ed)`,
  `dishonest(?:ly|y)?`,
  `fraud(?:s|ulent|ulently|sters?)?`,
  `scam(?:s|mers?|ming)?`,
  `con artists?`,
  `crooks?`,
  `crooked`,
  `corrupt(?:ion|ly)?`,
  `embezzl(?:e|es|ed|ing|ement)`,
  `(?:steal|steals|stealing|stole|stolen|nick|nicks|nicking|nicked|pinch|pinching|pinched|helping (?:himself|herself|themselves) to) (?:the |patients'? |residents'? |from |controlled |cd |ward )?${GAP}(?:meds|medication|medicines|drugs|money|cash|morphine|opioids|oramorph|fentanyl|midazolam|controlled drugs|cds|petty cash|from patients|from residents|from the)`,
  `theft`,
  `thie(?:f|ves|ving)`,
  `pocket(?:s|ed|ing)? (?:the |their |a )?(?:\\d+[\\s-]?%|difference|money|cash|petty cash|half|most|profits?|donations|fees|tips|charity money|cut)`,
  `skim(?:s|med|ming) (?:off )?(?:the|money|cash|\\d)`,
  `double (?:bill|bills|billed|billing|charge|charged|charging|claim|claiming|claimed)`,
  `over[\\s-]?(?:bill|bills|billed|billing|charg(?:e|es|ed|ing)) (?:the |nhs|trusts?|patients)`,
  `ripping (?:off )?(?:patients|the nhs|trusts?|staff|doctors|nurses)`,
  `rip(?:s|ped)? off (?:patients|the nhs|trusts?|staff|doctors|nurses)`,
  `kickbacks?`,
  `backhanders?`,
  `brib(?:e|es|ed|ing|ery)`,
  `bungs?`,
  `on the take`,
  `in the pocket of`,
  `(?:took|takes|taking|take|accepted|accepting|pocketed) (?:£+|money|cash|backhanders|bribes|payments?|a payment|kickbacks|thousands|a fortune|gifts?) (?:from|to)`,
  `paid (?:him|her|them) off`,
  `money laundering`,
  `tax (?:evasion|fraud)`,
  `insurance fraud`,
  `expenses fraud`,
  // Cover-ups
  `cover(?:s|ed|ing)? (?:it |this |that |things |everything |the (?:death|error|incident|mistake|complaint)s? )?up`,
  `cover[\\s-]?ups?`,
  `covered for (?:him|her|them|each other)`,
  `covering for (?:him|her|them|each other)`,
  `whitewash(?:es|ed|ing)?`,
  `hush(?:ed|ing)? (?:it |this |that |things |everything )?up`,
  `swept (?:it |this |that |everything )?under the (?:carpet|rug)`,
  `sweep(?:s|ing)? (?:it |this |that |everything )?under the (?:carpet|rug)`,
  `turn(?:s|ed|ing)? a blind eye`,
  `(?:gagg(?:ed|ing)|silenc(?:ed|ing)|victimis(?:ed|ing)|victimiz(?:ed|ing)) (?:the )?(?:whistle[\\s-]?blowers?|staff|nurses|doctors|juniors)`,
  `know(?:s)? exactly what (?:they|he|she)(?:'re|’re|'s|’s| are| is) doing`,
  `(?:and )?(?:the|its|their) (?:trust|board|directors?|management|managers?|execs?|practice|partners|owners?) (?:knows?|knew)(?: it| about it| all about it)?`,
]);

export const ALLEGATION_NEGLECT = phraseRegex('defamatory.allegation-neglect', [
  // Incompetence and neglect
  `botch(?:es|ed|ing)?`,
  `butcher(?:s|ed|ing)? (?:patients|people|women|babies)`,
  `(?:gross )?negligen(?:t|tly)`,
  `gross negligence`,
  `incompeten(?:t|ce)`,
  `(?:is|are|was|a) (?:dangerous|unsafe|a danger|a menace)(?: to patients| surgeon| doctor| gp| nurse| practitioner| locum)?`,
  `not fit to practi[sc]e`,
  `unfit to practi[sc]e`,
  `should (?:be|have been) struck off`,
  `kill(?:s|ed|ing) (?:a |the |his |her |their |two |three |several )?(?:patients?|residents?|babies|baby|people)`,
  `(?:missed|misses|missing) (?:a |the |her |his |their |my |our )?(?:patient'?s |child'?s |woman'?s |man'?s |baby'?s |lady'?s |gentleman'?s )?(?:cancer|tumou?r|diagnosis|stemi|mi|heart attack|sepsis|fracture|stroke|bleed|ectopic|appendicitis|meningitis|pe|dissection|lump|melanoma)`,
  `misdiagnos(?:e|es|ed|ing|is)`,
  `(?:harm|harms|harmed|harming|maim|maims|maimed|maiming) (?:patients|residents|women|babies|people)`,
  `quacks?`,
  `quackery`,
  `charlatans?`,
  `(?:didn'?t|did not|couldn'?t|could not|wouldn'?t|would not) (?:have|find|make) (?:the )?time['’"]? to (?:review|see|assess|examine|come|attend|answer)`,
  `(?:was|were|is) too busy['’"]? to (?:review|see|assess|examine|come|attend|answer)`,
  `couldn'?t be bothered to`,
  `(?:refused|refuses|refusing) to (?:come in|come down|come and see|attend|review|see|assess|examine) (?:a |the |my |our )?(?:patient|septic|sick|acutely)`,
  `(?:hiding|hid|hide|hides|conceal|conceals|concealed|concealing|under ?report(?:s|ed|ing)?|not reporting) (?:the |their |its |his |her |all |any )?${GAP}(?:cases|deaths|stillbirths|baby deaths|neonatal deaths|maternal deaths|infections|errors|mistakes|incidents|serious incidents|complications|never events|outbreaks?|figures|numbers|data|results|complaints|falls|pressure (?:sores|ulcers)|bedsores|injuries|safeguarding (?:concerns|referrals|incidents)|the truth)`,
  // Concealment from whoever should know: "hiding the falls from the CQC".
  `(?:hid|hide|hides|hiding|hidden|conceal(?:s|ed|ing)?|withh(?:e|o)ld(?:s|ing)?) ${GAP}from (?:the )?(?:trust|cqc|coroner|families|family|parents|relatives|regulators?|gmc|nmc|hcpc|gphc|inspectors|board|police|commissioners|icb|mhra|auditors|inquest)`,
  `(?:sleeps|slept|sleeping|asleep) (?:through|on) (?:her |his |their |the |most of (?:her|his|their) )?(?:shifts?|nights|duty|nightshifts?)`,
  `(?:signs|signed|signing) (?:off )?(?:the )?(?:checks|obs|charts?|drug rounds?|cd checks|controlled drug checks) (?:anyway|without)`,
  `sitting on (?:the |their |his |her |patients'? )?(?:reports|results|scans|referrals|biopsies|letters) for (?:months|weeks)`,
  `ignored (?:${GAP})?(?:bleeps|calls|escalations|pages|the nurses|the obs|the news)`,
  `left (?:a |the |my |our )?(?:patients?|residents?) (?:to die|in (?:soiled|their own|pain)|unreviewed|unfed|for \\d+[\\s-]?(?:hours|hrs|days))`,
  // Impairment at work
  `drunk (?:on duty|at work|on shift|on the ward|in theatre|on call|on the job|while operating|when operating)`,
  `(?:operat(?:e|es|ed|ing)|work(?:s|ed|ing)?|turn(?:s|ed|ing)? up|rolls? up|comes? in|came in|consult(?:s|ed|ing)?|on shift|on call) (?:while |when )?(?:drunk|pissed|hungover|high|stoned|under the influence|smashed|intoxicated|off (?:his|her|their) face)`,
  `smell(?:s|ed|ing)? of (?:alcohol|booze|drink|weed|cannabis)`,
  `(?:drink|drinks|drinking) (?:on duty|at work|on shift|in theatre|on the ward|before (?:theatre|clinic|lists?|operating))`,
  `(?:takes|taking|uses|using|on) (?:drugs|coke|cocaine) (?:at work|on shift|on duty)`,
]);

export const ALLEGATION_ABUSE = phraseRegex('defamatory.allegation-abuse', [
  // Abuse, restraint and neglect of patients
  `sedat(?:e|es|ed|ing) (?:the )?(?:residents|patients|them|people|elderly)`,
  `chemical(?:ly)? restrain(?:t|ing|ed)?`,
  `(?:abuse|abuses|abused|abusing|neglect|neglects|neglected|neglecting|mistreat|mistreats|mistreated|mistreating|hit|hits|slapped|slaps|rough handl(?:e|es|ed|ing)) (?:the |their |his |her |vulnerable |elderly )?(?:residents|patients|service users|clients|children|kids|babies|elderly)`,
  `sexual(?:ly)? (?:assault(?:s|ed|ing)?|harass(?:es|ed|ing|ment)?|misconduct|abuse)`,
  `(?:sleeping|slept|sleeps|having an affair) with (?:a |his |her |their )?(?:patients?|students?)`,
  `grop(?:e|es|ed|ing)`,
  `bull(?:y|ies|ied|ying) (?:staff|nurses|juniors|trainees|students|carers|everyone)`,
  // Discrimination and other unlawful conduct
  `illegal(?:ly)?`,
  `unlawful(?:ly)?`,
  `against the law`,
  `(?:breaking|broke|breaks|breaching|breached|breaches) the (?:law|equality act|regulations)`,
  `criminals?`,
  `racists?`,
  `sexists?`,
  `homophobic`,
  `transphobic`,
  `discriminat(?:e|es|ed|ing) against`,
  `(?:below|under) (?:the )?(?:national )?(?:minimum|living) wage`,
  `cash in hand`,
  `modern slavery`,
  `(?:exploit|exploits|exploited|exploiting) (?:their |the |its )?(?:staff|carers|nurses|workers|doctors|locums|international)`,
  `turn(?:s|ed|ing)? (?:away )?(?:patients|people|women|refugees) (?:away )?(?:who|because|from|if|with)`,
  `turning away (?:patients|people|women|refugees)`,
  `refus(?:e|es|ed|ing) to (?:register|treat|see) (?:patients|people|anyone|women|refugees) (?:who|because|from|if|with)`,
  // Illegal supply of medicines: "sells antibiotics under the counter", "no questions asked"
  `(?:sell|sells|sold|selling|supply|supplies|supplied|supplying|hands? out|handed out|handing out|dish(?:es|ed|ing)? out|flog(?:s|ged|ging)?|dol(?:e|es|ed|ing) out|gives? out|gave out|prescrib(?:e|es|ed|ing)) ${GAP}(?:under the counter|no questions asked|off the books|for cash|to anyone who (?:asks|pays|wants))`,
  `(?:sell|sells|sold|selling|use|uses|used|using|inject|injects|injected|injecting|buy|buys|bought|buying) ${GAP}(?:fake|counterfeit|knock[\\s-]?off|black[\\s-]market|smuggled) (?:botox|fillers?|medicines|meds|drugs|pills|tablets|vaccines|jabs|ozempic|insulin|products)`,
  `under the counter (?:antibiotics|meds|medication|medicines|drugs|sales|botox|scripts|prescriptions|pills|tablets|jabs)`,
  // Corruption and nepotism
  `(?:bought|buys|buying|paid|pays|paying|bribed|bribing|schmoozed|schmoozing|wangled|wangling|blagged|blagging|greased|slept|sleeping|sleeps) (?:his|her|their|its) way (?:onto|on to|into|to|through|up|past|in)`,
  `nepotism`,
  `jobs for the (?:boys|girls|mates)`,
  `(?:push|pushes|pushed|pushing) (?:their|the|his|her) (?:drug|product|device)s? through`,
]);

/**
 * Short follow-up verdicts ("Crooks.", "Literally fraud.", "Racist and unlawful.") that attach an
 * allegation to the target named in the sentence before.
 */
export const VERDICT = phraseRegex('defamatory.verdict', [
  'fraud(?:ulent|sters?)?',
  'crooks?',
  'crooked',
  'criminals?',
  'criminal',
  'illegal',
  'unlawful',
  'corrupt(?:ion)?',
  'racists?',
  'racism',
  'sexists?',
  'liars?',
  'lies',
  'scam(?:mers)?',
  'thieves',
  'theft',
  'negligen(?:t|ce)',
  'incompeten(?:t|ce)',
  'cover[\\s-]?up',
  'abuse',
  'a danger to patients',
  'dangerous',
  'bent',
  'cowboys',
]);

/** Words that turn the allegation into reporting of a public finding, a question or a hypothetical. */
export const ATTRIBUTION = phraseRegex('defamatory.attribution', [
  'according to',
  'was found (?:to have|guilty)',
  'were found (?:to have|guilty)',
  'tribunal',
  'mpts',
  'the gmc found',
  'the nmc found',
  'convicted',
  'was cleared',
  'were cleared',
  'cleared of',
  'jailed',
  'sentenced',
  'court heard',
  'the court found',
  'the inquiry found',
  'the review found',
  'the report found',
  'the inquest found',
  'reported by',
  'reports that',
  'accused of',
  'allegations? (?:of|that|against)',
  'alleged',
]);

export const CONDITIONAL =
  /^\s*(?:if|what (?:do|should|would|if)|how (?:do|should|would)|when|whether|suppose)\b|\b(?:what if|if (?:the|a|your|you|my|our)|imagine if)\b/;

/**
 * Negation in the few words before an allegation ("never falsified", "no evidence of fraud").
 * "Never event" is a term, not a negation: callers blank it out first (NEVER_EVENT).
 */
export const NEGATION =
  /\b(?:not|never|no|didn'?t|wasn'?t|isn'?t|aren'?t|weren'?t|without|nobody|cannot|can'?t|wouldn'?t|won'?t|don'?t|doesn'?t|zero|free of|false)\b/;

export const NEVER_EVENT = /never[\s-]events?/g;

/**
 * Labels ("fraud", "racist", "illegal") count only when predicated of someone ("is a fraud",
 * "are racist.") and not when they modify a noun ("racist abuse", "a scam email").
 */
export const LABEL =
  /^(?:liars?|dishonest\w*|fraud\w*|scam\w*|crooks?|crooked|corrupt\w*|illegal\w*|unlawful\w*|criminals?|racists?|sexists?|homophobic|transphobic|incompeten\w+|negligen\w+|quacks?|charlatans?)$/;
export const LABEL_BEFORE =
  /\b(?:is|are|was|were|be|been|being|’s|'s|’re|'re|a|an|total|utter|complete|absolute|bunch of|pack of|nothing but|basically|literally|frankly|clearly|obviously|just|so|completely|totally|utterly|downright|blatantly|openly)\s+$/;
export const LABEL_AFTER = /^\s*(?:[.,;:!?)\-–—]|and\b|or\b|who\b|that\b|to\b|towards\b|against\b|$|[^\p{L}\p{N}\s])/u;

/** "Not saying…", "I'm not suggesting…": an insinuation, handled by defamatory/insinuation. */
export const DISAVOWAL =
  /\b(?:not|never) (?:saying|suggesting|implying|accusing|alleging|claiming)\b|\bwon'?t say\b|\bwouldn'?t say\b/;

// ---------------------------------------------------------------------------------------------
// Insinuation
// ---------------------------------------------------------------------------------------------

/** Insinuation devices that carry a defamatory meaning on their own once aimed at a target. */
export const INSINUATION_STRONG = phraseRegex('defamatory.insinuation-strong', [
  'draw your own conclusions?',
  "i'?ll let you draw your own conclusions?",
  "i'?ll let you (?:decide|be the judge|make up your own mind)",
  'make of (?:that|this|it) what you (?:will|like|want|wish)',
  'read between the lines',
  '(?:join|connect) the dots',
  'no smoke without fire',
  'funny how (?:these |those |some )?things (?:work|works|worked|turn|turned) out',
  'funny how (?:that|it|this) (?:works|worked|goes|happens)',
  'what a coincidence',
  "(?:pure |total |complete )?coincidence,? (?:i|i’m|i'm|im) sure",
  "i'?m sure it'?s (?:just |pure |a |all )?(?:a )?coincidence",
  "you didn'?t hear (?:it|this|that) from me",
  'nudge nudge',
  'wink wink',
]);

/**
 * Devices that insinuate only when there is a hint of wrongdoing nearby. The disavowals ("not
 * saying…") come first: the rule extends their span over the clause they introduce.
 */
export const INSINUATION_WEAK = phraseRegex('defamatory.insinuation-weak', [
  "(?:i'?m |i am |i’m )?not (?:saying|suggesting|implying|accusing|alleging|claiming)",
  "i won'?t say",
  'asking for a friend',
  'everyone knows',
  'everybody knows',
  'we all know (?:why|what|how|who)',
  'open secret',
  'makes you (?:wonder|think)',
  'just saying',
  "just sayin'?",
  'interesting (?:that|how|to see)',
  'funny that',
  'how convenient',
  'conveniently',
  "(?:it'?s )?no coincidence",
  'coincidence\\?',
  'questions (?:need|needs|must|should) (?:to )?be asked',
  'raises (?:some )?questions',
  "(?:i'?ll )?say no more",
  'enough said',
  'nuff said',
  "i couldn'?t possibly comment",
  "(?:i'?ll|i will) leave (?:that|it|this) there",
  'allegedly',
  "i'?d (?:bet|put|stake) (?:good )?(?:money|my house|my mortgage|my pension|a tenner|a fiver|my life|my salary) on it",
  'mark my words',
  'naming no names',
  "(?:i'?m )?not naming (?:any )?names",
  'no names mentioned',
  'you know who you are',
  'if you know,? you know',
]);

/** "*cough* Westmoor General *cough*": a mock cough that points at a target. Plain text. */
export const INSINUATION_COUGH = registerPattern(
  'defamatory.insinuation-cough',
  /\*[ \t]?(?:cough|ahem|coughs)[ \t]?\*|(?<![\p{L}])(?:cough|ahem),?[ \t]+(?:cough|ahem)(?![\p{L}])/giu,
);

/** Emoji that, after a claim about a named target, signal "you know what I mean". */
export const INSINUATION_EMOJI = registerPattern(
  'defamatory.insinuation-emoji',
  /\u{1F914}|\u{1F440}|\u{1F609}|\u{1F92B}|\u{1F92D}/gu,
);

/** Hints of wrongdoing that a weak device turns into an insinuation. */
export const SUSPICION_HOOK = phraseRegex('defamatory.suspicion-hook', [
  'why is it',
  'why (?:do|does|did|is|are|was|were|has|have|had)',
  'never (?:make|makes|made) it',
  'never (?:gets?|got) (?:investigated|reported|escalated|datixed|looked at)',
  'quietly',
  'behind closed doors',
  'how come',
  'every (?:time|death|complaint|audit)',
  'always (?:ends?|end) up',
  'ends? up',
  'somehow',
  'mysteriously',
  'coincidentally',
  'magically',
  'conveniently',
  '(?:just|right|the night|the day|the week|hours|days|weeks) (?:before|after)',
  'before (?:the )?(?:cqc|inspection|inspectors|the audit|the inquest|the visit|the board)',
  '(?:numbers|figures|results|data|notes|records|rota) (?:changed|were changed|went missing|disappeared|vanished|were amended)',
  'went missing',
  'disappeared',
  'vanished',
  "'?unavoidable'?",
  'never investigated',
  'got the job',
  'got promoted',
  'was promoted',
  'promoted',
  '(?:his|her|their) (?:wife|husband|partner|mate|mates|friend|brother|sister|son|daughter|golf partner)',
  'golf',
  'brown envelopes?',
  'paid for (?:his|her|their)',
]);
