/**
 * Lexicons for the emotive rules. Provenance: written for this project from how UK clinicians
 * vent online (swearing, exasperation, exhaustion, "wine o'clock" posting), checked against
 * AFINN-165 valences where a word is in it. Entries are regex fragments for the folded text
 * (lower case, leetspeak undone), used with phraseRegex: a space matches spaces or hyphens.
 * Families of variants are listed on purpose (tenses, spellings, contractions), so that a
 * draft we have never seen is caught.
 */

/** Apostrophe, straight or curly, optional: "can't", "cant", "can’t". */
const A = "['\u2019]?";

// ---------------------------------------------------------------- profanity

/** Swearing written with masking characters: "f***ing", "sh*t", "b*llocks", "****s". */
export const MASKED_SWEARS = [
  'f[*#]+(?:k|ck|ked|cking|king|ing|in|ed|er|ers|s|off)?',
  'f[u*#][*#]*c?k(?:ing|in|ed|er|ers|s)?',
  'sh[*#]+t(?:e|s|ty|ting|head)?',
  's[*#]+it',
  'b[*#]+tch(?:es|y)?',
  'b[*#]+stards?',
  'b[*#]+llocks',
  'c[*#]+nts?',
  'tw[*#]+ts?',
  'w[*#]+nk(?:er|ers|ing)?',
  'p[*#]+ss(?:ed)?',
  'a[*#]+se(?:hole|holes)?',
  'd[*#]+ckheads?',
  '[*]{3,}(?:s|ing)?',
];

/** Abbreviated swearing. "af" and "fs" are left out: "AF" is atrial fibrillation. */
export const SWEAR_ABBREVIATIONS = [
  'ffs',
  'wtf',
  'wtaf',
  'stfu',
  'gtfo',
  'fml',
  'omfg',
  'jfc',
  'fkn',
  'fckn',
  'fcking',
  'fking',
  'fcuk(?:ing|ed)?',
  'fuk(?:ing|in|ed)?',
  'fck(?:ing|in|ed)?',
  'effing',
  'f ing',
  'eff off',
  'mf',
  'mofo',
];

/** British and American swearing the obscenity dataset does not cover. */
export const EXTRA_SWEARS = [
  'toss(?:er|ers|pot|pots)',
  'bell\\s?ends?',
  'knob\\s?(?:heads?|ends?)',
  'wankers?',
  'shite',
  'arse\\s?holes?',
  'hoes',
  'sodding',
  'bugger off',
  'piss(?:ed)? off',
  'taking the piss',
  'cocks?',
  'dick\\s?heads?',
  'scumbags?',
  'goddamn(?:ed)?',
  'god damn',
  'what the hell',
  'the hell',
  'hell no',
  'to hell',
];

/** Mild swearing: shown as a gentle note unless the sentence is hostile too. */
export const MILD_SWEARS = [
  'bloody(?! (?:diarrho?ea|stools?|discharge|tap|nose|show|vomit|urine|sputum|effusion|fluid|mucus|loss))',
  'crap(?:py|pier)?',
  'bugger(?:ed)?',
  'sod (?:it|this|that|off)',
  'for (?:god|christ|pete|heaven)' + A + 's sake',
  'frigging',
  'freaking',
  'arse',
  'friggin',
  'feck(?:ing|in)?',
  'jeez',
  'damn(?:ed|it)?',
  'dammit',
];

// ---------------------------------------------------------------- shouting

/**
 * Capitalised tokens that are not shouting: clinical and NHS acronyms, grades, services, units.
 * Tokens with digits or "&" ("NEWS2", "A&E", "NG138") are treated as acronyms anyway.
 */
export const ACRONYMS = new Set(
  (
    'NHS ICU ITU HDU NICE GP GPS GMC BMA RCN NMC HCPC CQC UKHSA PHE NHSE DHSC MHRA BNF RCUK ALS BLS ILS ' +
    'ED AE AMU SAU SDEC MAU CDU ACU EAU OPD ENT ICU NICU SCBU PICU MDT MDTS FY F1 F2 ST CT SHO SPR REG ' +
    'ACP ANP PA PAS AA AAS HCA HCAS RN RGN RMN SN OT OTS SALT SLT PT DN DNS HV HVS CNS ECG ECGS EEG CT CTS ' +
    'MRI MRIS CXR AXR USS OGD ERCP PCI CABG STEMI NSTEMI ACS MI PE DVT AF COPD CKD AKI UTI CAP HAP HIV ' +
    'TB MRSA CDIFF COVID RSV MMR HPV BCG IV IM SC PO PRN OD BD TDS QDS DNACPR DNAR CPR ROSC ABG VBG FBC ' +
    'UE CRP INR BP HR RR SATS GCS AVPU NEWS MEWS PEWS SEPSIS BMI TIA CVA SAH ICH LP NG PEG ' +
    'NOF ORIF THR TKR ICP SBAR ABCDE OSCE MRCP MRCS MRCGP FRCP FRCS FRCA FRCEM PLAB CESR UKMLA IMG IMGS ' +
    'IEN IENS NQN DOI COI FAQ PSA FYI NB TLDR TL DR RIP AKA ETA ASAP OK OKAY UK USA EU UN WHO ' +
    'CEO CFO COO CMO CNO HR IT QI MSK LGBT LGBTQ LGBTQIA BAME FTSU MP MPS MDU MDDUS RCGP RCP RCS RCEM ' +
    'RCOG RCPCH RCPSYCH NHSBSA NHSBT BHF MIND AGE RNLI RTA RTC GCSE GCSES LOL OMG BTW IMO IMHO ' +
    'AM PM TV BBC ITV SMS PDF URL CV CPD ARCP ESR PAYE HMRC DVLA DWP PIP ESA MND MS ME CFS IBS IBD ' +
    'ADHD ASD OCD PTSD GAD EUPD PD SMI CAMHS IAPT CMHT AMHP MHA DOLS LPA MCA IMCA ACE FAST BEFAST ' +
    'SOS CALL NB AI NLP API'
  ).split(' '),
);

/** Capitalised words that shout exasperation when another angry signal is near: "STILL", "AGAIN". */
export const EXASPERATION = new Set(
  (
    'AGAIN STILL DONE HATE SICK LIAR LIARS KNEW EVER EVERY SINGLE NOBODY WHY SERIOUSLY ACTUALLY REALLY ' +
    'ANOTHER YET ENOUGH NOTHING WORST LITERALLY TOLD SAID OWE HOW WHAT ME MY YOUR THEIR YOU THEY HE SHE ' +
    'ANYONE EVERYONE SO VERY TIRED ANGRY FURIOUS JOKE RIDICULOUS USELESS PATHETIC FINALLY THANKS GREAT ' +
    'WONDERFUL BRILLIANT PERFECT LOVELY AMAZING OBVIOUSLY CLEARLY HOURS DAYS WEEKS MONTHS YEARS'
  ).split(' '),
);

/** Capitals that emphasise a safety point rather than shout: "NOT abdominal thrusts". */
export const SAFETY_EMPHASIS = new Set(
  (
    "NOT DO DONT DON’T DON'T NEVER ALWAYS ONLY MUST NO STOP CALL URGENT NOW ANY ALL AND OR BEFORE AFTER " +
    'WITHIN UNDER OVER LESS MORE THAN EVERY IF YOU YOUR FREE NEW UPDATE REMINDER IMPORTANT WARNING NOTICE ' +
    'THREAD AD ADVERT SPONSORED DISCLOSURE READ SHARE PLEASE TODAY TONIGHT THIS WEEK AT ON IN'
  ).split(' '),
);

// ---------------------------------------------------------------- anger

/** Clear anger, contempt, threats and wishes of harm: a warning on their own. */
export const ANGER_STRONG = [
  `(?:i${A}m|i am|im|we${A}re|so|absolutely|bloody|fucking|really|genuinely|properly) (?:so |absolutely |bloody |fucking |really |genuinely )?(?:angry|furious|livid|fuming|raging|seething|incensed|incandescent|apoplectic)`,
  '(?:absolutely|bloody|fucking|properly|actually) raging',
  'never been (?:this|so|more) (?:angry|furious|livid|fuming)',
  `(?:i|we) (?:really |actually |absolutely |fucking |bloody |just |genuinely )?(?:hate|loathe|despise|detest)(?! to| crimes?| speech)`,
  `(?:i|we) (?:really |actually |just |genuinely )?can${A}t stand (?:this|it|them|him|her|you|my|the|these|those)`,
  'hate hate hate',
  'hate (?:this|my) (?:job|trust|place|hospital|rota|life|department|ward|government)',
  'sick to (?:death|the back teeth) of',
  'sick and tired of',
  'fed up to the back teeth',
  'had it up to here',
  'can go (?:and )?(?:fuck|f[*]+k|screw|jump|swivel|do one|get stuffed|to hell|whistle)',
  '(?:fuck|f[*]+k|screw|sod|damn) (?:the lot of (?:them|you|em)|them all|you all|the lot|off)',
  'how dare (?:you|they|he|she|we|anyone|the)',
  'makes? my blood boil',
  'blood (?:is )?boiling',
  'gets? my blood boiling',
  'not be responsible for my actions',
  'will not be held responsible',
  'someone (?:should|needs to|ought to|has to|must|will) (?:go to prison|go to jail|be sacked|be fired|swing|hang|pay for this|lose their job|be struck off)',
  'heads? (?:should|must|need to|needs to|will|have to) roll',
  'burn (?:it all|the lot|the (?:whole |entire )?(?:[a-z]+ )?(?:place|building|trust|hospital|thing|department|system|ward)) down',
  'i hope (?:you|they|he|she|u) (?:wait|suffer|rot|choke|burn|get what (?:you|they|he|she) deserve)',
  'i hope you do,? and i hope you wait',
  'i could (?:scream|punch|kill|strangle|throttle|smack|swing for)',
  `(?:i|i${A}m going to|i${A}m gonna|gonna) (?:throw|lob|smash|hurl) (?:my|the) (?:laptop|phone|bleep|pager|computer|monitor)`,
  'want to (?:scream|punch|smack|throttle|strangle|kill|swing for)',
  'makes? me (?:so |really |bloody |fucking )?(?:angry|furious|livid|sick|want to scream)',
  'lose my shit',
  'losing my shit',
  'done being (?:polite|nice|quiet|reasonable|patient|professional)',
  'pissed off',
  'screw (?:this|you|them|the lot)',
  'sod (?:this|them|the lot)',
  'bollocks to (?:this|it|that|the lot)',
  // About to snap: "I'm going to lose it", "I'll blow a fuse".
  `(?:i${A}m|i am|im) (?:going to|gonna|about to|ready to|this close to|seconds away from|one step from) (?:lose it|losing it|snap|snapping|explode|exploding|blow a fuse|blow my top|blow a gasket|kick off|kicking off|go mad|lose my (?:mind|temper|rag|shit|head))`,
  `i${A}ll (?:lose it|snap|explode|blow a fuse|blow my top|kick off|lose my (?:temper|rag|shit|head))`,
  `(?:i${A}m|i am) (?:literally |actually )?(?:losing it|losing my (?:mind|temper|rag))`,
  // Wishes of harm on someone who wronged the author.
  `(?:pray|hope|i hope|let${A}s hope|just hope) (?:that )?(?:you|they|he|she|u|whoever did (?:this|that)) never (?:need|needs|have to call|has to call|end up needing|ends up needing)(?![^.!?]{0,40}(?:but|if you do|if you ever|if they do))`,
  `(?:i hope|hope|pray) (?:you|they|he|she|u) (?:get|gets|catch|catches|end up with|ends up with|have|has) (?:what${A}s coming|the same|a taste of|covid|sepsis|cancer)`,
  `(?:i hope|hope|may) (?:you|they|he|she|u|it) (?:rot|burn|suffer|die|choke|drop dead|hurts?)`,
  `i wish (?:you|they|he|she) would (?:die|drop dead|disappear)`,
  `karma${A}?s? (?:is a bitch|will get (?:you|them|him|her)|(?:gets|get|catches|bites|comes for) (?:you|them|him|her))`,
];

/** Exasperation and name-calling: a warning, at a lower score. */
export const ANGER_MEDIUM = [
  '(?:absolute|utter|total|complete|fucking|bloody) (?:joke|shambles|farce|disgrace|shitshow|clown show|clowns?|idiots?|morons?|muppets?|cowards?|embarrassment)',
  'what an? (?:joke|shambles|farce|disgrace|idiot|moron|muppet|clown)',
  'beyond a joke',
  `are (?:you|they) (?:actually |fucking |bloody )?(?:kidding|joking|having a laugh)`,
  'you couldn' + A + 't make it up',
  'give me strength',
  'for crying out loud',
  'infuriating',
  'infuriated',
  'enraged',
  'enraging',
  'useless,? overpaid',
  'spineless',
  'cowards',
  '(?:you|these|those|the) (?:idiots|morons|cretins|imbeciles|muppets|clowns|numpties)',
  '(?:you|what an?|such an?|is an?|total|utter) (?:idiot|moron|cretin|imbecile|muppet|numpty|clown|arse)',
  'pathetic',
  'a liar',
  'liars',
  '(?:he|she|they|you) (?:lied|are lying|is lying|knew it)',
  // Name-calling with a scornful adjective: "selfish, selfish idiot", "entitled morons".
  '(?:selfish|entitled|ignorant|arrogant|stupid|lazy|rude|brainless|gormless|thick|inconsiderate|ungrateful)(?:,? (?:selfish|entitled|ignorant|arrogant|stupid|lazy|rude|brainless|gormless|thick|inconsiderate|ungrateful))? (?:idiots?|morons?|cretins?|imbeciles?|muppets?|numpty|numpties|clowns?|pillocks?|prats?|plonkers?|halfwits?|dimwits?|buffoons?|twits?|gits?|wastes? of space)',
  // The "if one more … tells me" vent.
  'if one more (?:[a-z]+ ){0,3}?(?:tells?|asks?|says?|calls?|complains?|moans?|emails?|bleeps?|rings?|sends?|comes?|turns? up|walks? in)',
];

/** A sentence that is nothing but an insult: "Morons.", "Idiots!", "Clowns, the lot of them." */
export const BARE_INSULT =
  /^[\s"'\u2018\u201C]*(?:idiots|morons|cretins|imbeciles|muppets|clowns|numpties|halfwits|dimwits|pillocks|prats|plonkers|buffoons|twits|absolute idiots|absolute morons|utter idiots)(?:,? (?:the lot of (?:them|you|em)|all of (?:them|you)))?[\s.!?"'\u2019\u201D]*$/;

/**
 * Single words of anger and contempt (a subset of AFINN's negative words with an angry rather
 * than sad or fearful sense). A warning at a low score, unless the draft is constructive or
 * sourced (see CONSTRUCTIVE).
 */
export const ANGER_WORDS = [
  'hate(?! (?:crimes?|speech|incidents?|to))',
  'hates',
  'hated',
  'hating',
  'stupid(?:ity|est)?',
  'dumb(?:est)?',
  'idiotic',
  'fools',
  'bigots?',
  'bigoted',
  'fascists?',
  'freaks',
  'trash',
  'garbage',
  'gross',
  'rude',
  'arrogan(?:t|ce)',
  'worst(?! (?:headache|pain|case|cases|outcomes?|affected|hit|possible|of (?:the|it|all)))',
  'ridiculous',
  'absurd',
  'sucks',
  '(?:so|really|pretty|bloody|incredibly|absolutely|utterly|beyond) frustrat(?:ing|ed)',
  'annoy(?:ing|ed)',
  'outrag(?:ed|eous)',
  'disgust(?:ing|ed)',
  'disgrace(?:ful)?',
  'insufferable',
  'douche ?(?:bags?|s)?',
  'jerks?',
  'scum',
  'evil',
  'shameful',
  'shame on',
  'unacceptable',
  'ugh+',
  'argh+',
  'grr+',
  'screamed',
  'yelled',
  'smack (?:her|him|them|you)',
  'slap (?:her|him|them|you)',
  'punch (?:her|him|them|you)',
  'how dare',
  'sick (?:freaks|people|bastards)',
  'the enemy of',
  'ruined',
  'ruins',
  'balls',
];

/** Constructive or sourced framing that makes a negative word fine: "raised it through the proper channels". */
export const CONSTRUCTIVE = [
  'proper channels',
  'raised (?:it|this|a concern|concerns)',
  'escalated',
  'freedom to speak up',
  'ftsu',
  'feedback',
  'according to',
  'report(?:ed|s)? (?:by|from|shows?)',
  'data (?:from|show)',
  'evidence',
  'nice',
  'rcem',
  'kings fund',
  'nuffield',
  'survey',
  'will share',
  'will (?:post|update|report back)',
  '(?:written|wrote|emailed|spoken|spoke) to',
  'learning',
  'we can do better',
  'must do better',
];

// ---------------------------------------------------------------- distress

/** Acute distress or exhaustion in the present: warns even with signposting. */
export const DISTRESS_ACUTE = [
  `(?:i )?can${A}t do this (?:any\\s?more|anymore|much longer|again)`,
  `(?:i )?can${A}t (?:cope|keep going|go on|carry on|take (?:it|this|any\\s?more))(?! with (?!this|it|any|everything))(?: any\\s?more| anymore)?`,
  `(?:i )?don${A}t know how (?:much )?longer i can (?:keep going|do this|cope|carry on|go on|keep doing this)`,
  `(?:i )?can${A}t stop (?:shaking|crying|sobbing|trembling)`,
  `i${A}m (?:still |literally )?(?:shaking|trembling|sobbing|crying)`,
  `(?:i${A}m |i am )?(?:crying|sobbing|weeping|in tears) (?:in|on|at|into|behind|outside) (?:the|my|a) [a-z]+`,
  '(?:just )?(?:cried|sobbed|broke down) (?:at|in|on|into|over|behind|outside|again)',
  `not (?:ok|okay|alright|all right) (?:tonight|today|right now|at the moment|at all)`,
  `i${A}m not (?:ok|okay|alright|coping)`,
  `i${A}m (?:also )?(?:drowning|broken|falling apart|at breaking point|at the end of my tether|running on empty)`,
  `i${A}m (?:so|absolutely|completely|utterly|just|bone|genuinely|really|beyond) (?:tired(?! of)|exhausted|knackered|drained|broken|shattered|spent|burnt out|burned out|done)`,
  '(?:at|past) breaking point',
  'end of my tether',
  'running on (?:empty|fumes|caffeine|coffee|spite|no sleep)',
  'awake (?:for )?(?:\\d{2}|twenty\\w*|thirty\\w*) (?:hours|hrs)',
  '\\d{1,2} (?:hours?|hrs?) (?:of )?sleep in (?:\\d|two|three|four|five) (?:days|nights)',
  `(?:haven${A}t|not|hasn${A}t) slept (?:in|for) (?:\\d+|two|three|four|days)`,
  'nobody (?:checks on|cares about|looks after|asks about) us',
  'no\\s?one (?:checks on|cares about|looks after|asks about) us',
  `(?:i )?(?:want|wanted|need) to (?:walk out|quit|give up) (?:and never|today|tonight|right now)`,
  'thought about walking out',
  'walking out and never coming back',
  'i give up',
  `(?:i )?(?:just )?(?:want|need) (?:it|this|everything) to stop`,
  `(?:i${A}m|i am|we${A}re) (?:all )?(?:completely |absolutely )?(?:broken|on (?:my|our) knees)`,
  `i${A}m done\\.?$`,
  `i am done\\.?$`,
  `(?:i${A}m|i am|we${A}re|we are) (?:absolutely |completely |so |fucking |bloody )?done(?! with the| for the)`,
  `(?:absolutely|completely|utterly|fucking|bloody) done`,
  'post[\\s-]?nights? brain',
  'writing this (?:from|in) the (?:toilet|loo|sluice|car|stairwell|on-call room)',
  `only place nobody can find me`,
  `day \\d{1,2} of \\d{1,2}`,
  `(?:\\d{2}(?:\\.\\d)?|twelve|thirteen|fourteen|fifteen)\\s?(?:hours?|hrs?)\\.? no (?:break|food|water|lunch|wee|sleep)`,
  `missed my (?:kid|kids|son|daughter|children|child)${A}s? bedtime`,
];

/** Distress told about the past: fine in a calm, reflective post with signposting. */
export const DISTRESS_PAST = [
  '(?:sat|sitting) (?:in|on) (?:my|the) (?:car|floor|stairs|on\\s?call room) (?:and )?(?:sobbed|cried|crying|sobbing)',
  '(?:sobbed|cried|wept) (?:for|all) (?:an hour|hours|the whole|the entire|night|day)',
  `(?:i )?(?:was|felt) (?:so )?(?:broken|exhausted|drowning|burnt out|burned out)`,
];

/** Calm reflection, support and signposting that make sadness or past distress fine to post. */
export const REFLECTION = [
  'practitioner health',
  'samaritans',
  '116 123',
  'shout 85258',
  'text shout',
  'wellbeing (?:hub|service|team|line)',
  'occupational health',
  'debrief(?:ed|ing)?',
  'schwartz rounds?',
  'look after (?:each other|yourselves|yourself|one another)',
  'be kind to yourself',
  'reach out',
  'ask(?:ing)? for help',
  'talk to someone',
  `if you${A}re (?:struggling|finding it hard|not ok)`,
  'support is (?:available|there)',
  'here for you',
  'back (?:at|to) work after',
  "what i(?:\\s*|['\u2019])ve learned",
  'reflections?',
  'lessons? (?:learned|learnt)',
  'proud of (?:the|my|our) team',
  `it${A}s okay not to be okay`,
  // Looking back, in a post that teaches: "what a decade in ED taught me", "in hindsight".
  'reflecting (?:on|back)',
  'looking back',
  'in hindsight',
  'with hindsight',
  '(?:has |have |had )?taught me',
  `(?:things|what) i${A}ve learn(?:ed|t)`,
  'my (?:key )?takeaways',
  `you${A}re not alone`,
  'what helped',
  'no shame in',
];

// ---------------------------------------------------------------- intoxication

const DRINKS =
  '(?:proseccos?|pints?|beers?|bevs?|bevvies|wines?|glasses of (?:wine|prosecco|fizz|red|white)|gins?|g\\s?and\\s?ts?|g&ts?|ciders?|shots?|drinks?|cocktails?|vodkas?|whiskys?|whiskies|tequilas?|jägers?|jagers?|cans?|bottles?|margaritas?|espresso martinis?)';
const COUNT =
  '(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|a couple of|couple of|too many)';

export const INTOXICATION = [
  '(?:drunk|tipsy|wine|pissed) (?:post|posting|tweet|tweeting|texting|text|rant)',
  `(?:had|having|after|been on the|had a) (?:a few|too many|one too many|a couple|a skinful|a few too many)(?: drinks| bevs| bevvies| jars| pints| wines)?(?!\\s*\\?)`,
  `${COUNT} ${DRINKS} (?:in|down|deep)`,
  `(?:i${A}m|i am|im|we${A}re|getting|got|bit|slightly|very|quite) (?:a bit |a little |slightly |very |quite |absolutely )?(?:drunk|tipsy|hammered|wasted|plastered|smashed|sloshed|trollied|steaming|merry|tiddly|legless|wrecked|buzzed)`,
  `wine o${A}clock`,
  `gin o${A}clock`,
  'on the (?:wine|gin|prosecco|vino|sauce|lash|piss)',
  'bottle of (?:wine|red|white|prosecco|vodka|gin) (?:down|in|deep)',
  'drunk (?:me|dial|dialling|thoughts)',
];

/** Drink emoji; two or more in a draft (or one beside a drinking phrase) count. */
export const DRINK_EMOJI =
  /(?:\u{1F377}|\u{1F37B}|\u{1F942}|\u{1F37A}|\u{1F378}|\u{1F379}|\u{1F943}|\u{1F376}|\u{1F37E})/gu;

// ---------------------------------------------------------------- sarcasm

/** Phrases that are sarcastic whenever they occur, aimed at a person or role. */
export const SARCASM_PHRASES = [
  `(?:thrilled|delighted|overjoyed|so pleased|honoured|chuffed|love|loved|loving) (?:to be|being) (?:told|lectured|informed|reminded|asked)`,
  `can${A}t wait for the next (?:one|slide deck|email|meeting|restructure|initiative|reorganisation|memo|training|survey)`,
  'thanks for nothing',
  'cheers for that',
  'slow clap',
  'said no\\s?one ever',
  'what could possibly go wrong',
  'because that always works',
  '(?:oh|well) (?:lovely|great|wonderful|marvellous|brilliant|fantastic|joy|goody),? another',
  'oh joy',
  'yeah,? right',
  'shout\\s?out to the (?:\\w+ ){0,3}who (?:didn|couldn|wouldn|refused|decided|thought)',
  'special thanks (?:this week |today )?to the (?:\\w+ ){0,3}who (?:scheduled|decided|thought|cancelled|booked|sent|refused)',
];

/** Sarcastic only when the draft also complains (otherwise it may be sincere praise). */
export const SARCASM_IF_COMPLAINT = [
  // "the highlight of my week" is sincere in an affectionate anecdote, sarcastic in a complaint.
  `truly,? (?:the|a) highlight of my (?:career|day|week|year|life)`,
  `(?:the )?highlight of my (?:career|week|year)`,
  'what would we do without (?:you|them|him|her)',
  'brings a tear to my eye',
  'absolute(?:ly)? genius',
  'pure genius',
  'genius idea',
  'stroke of genius',
  `(?:give|gives) (?:them|him|her|that man|that woman) a (?:medal|knighthood|damehood|pay rise)`,
];

/** Praise words that 🙃 / 👏 / 🙄 turn into sarcasm. */
export const PRAISE_WORDS = [
  'hero(?:es)?',
  'legends?',
  'genius(?:es)?',
  'thanks?(?: you)?',
  'cheers',
  'great',
  'brilliant',
  'amazing',
  'fantastic',
  'wonderful',
  'marvellous',
  'lovely',
  'perfect',
  'well done',
  'bravo',
  'inspired',
  'visionary',
  'love (?:that|it|this)',
  'nice one',
  'so helpful',
  'helpful',
  'grateful',
  'truly',
];

/** Banter markers that make a teasing post affectionate. */
export const BANTER = [
  'love (?:you|ya|u|them|em) (?:really|all)',
  'only joking',
  'just kidding',
  `(?:we|i) love (?:you|them|our) (?:really|guys|lot)`,
  'with love',
  'no offence',
  'affectionately',
];
