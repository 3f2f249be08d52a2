/**
 * Signals of commercial promotion and of its declaration. Built from the ASA/CAP guidance on
 * influencer marketing (codes, affiliate links, gifts and "#ad" labels) and the GMC's conflicts
 * guidance (fees, shares, hospitality, advisory roles), in the words UK clinicians use online.
 * Phrases are regex fragments over folded text (see phraseRegex).
 */
import { phraseRegex, registerPattern } from '../text/patterns';

/**
 * A discount or referral code: "code NURSEAMY10", "use code DRSAM15", "promo code: GLOW20".
 * Matched on plain text so that digits are not undone as leetspeak; group 1 is the code.
 */
export const CODE = registerPattern(
  'conflict-of-interest.code',
  /(?<![\p{L}\p{N}_])(?:[Cc]ode|CODE|[Cc]oupon|[Vv]oucher|[Pp]romo)[ \t]*[:\-–]?[ \t]*["'“‘]?([A-Za-z][A-Za-z0-9]{2,19}\d[A-Za-z0-9]{0,8}|[A-Z]{5,20})(?![\p{L}\p{N}_])/gu,
);

/** Capitalised words after "code" that are hospital codes or ordinary words, not promo codes. */
/** Words before "code" that make it a clinical, postal or door code. */
export const OTHER_CODE_BEFORE =
  /\b(?:read|snomed|icd|icd-?10|ctv3|clinical|diagnosis|diagnostic|procedure|opcs|billing|dress|zip|area|access|door|lock|key|bleep|pager|qr|tariff|hrg|cost)\s*$/;

export const NOT_A_PROMO_CODE =
  /^(?:BLUE|RED|BLACK|GREEN|BROWN|PINK|PURPLE|YELLOW|ORANGE|WHITE|STROKE|SEPSIS|STEMI|TRAUMA|ARREST|CRASH|AMBER|ZERO|NHSMAIL|SNOMED|QOF|ICD\d*|READ)$/;

/** Referral or affiliate parameters in a link: "?ref=DRJONES", "/ref/drpatel", "utm_source=drx". */
export const REFERRAL_URL = registerPattern(
  'conflict-of-interest.referral-url',
  /[?&](?:ref|referral|refcode|aff|affiliate|aff_id|via|promo|coupon|discount|partner|invite|utm_source|utm_campaign)=[A-Za-z0-9_-]{2,40}|(?<![\p{L}\p{N}.-])(?:[\p{L}\p{N}-]{1,40}\.){1,4}[a-z]{2,6}\/(?:ref|r|aff|refer|referral|partner|invite|go)\/[A-Za-z0-9_-]{2,40}/gu,
);

/** First-person offers that show the author has a deal with the seller. */
export const PERSONAL_OFFER = phraseRegex('conflict-of-interest.personal-offer', [
  '(?:my|personal|exclusive|unique) (?:discount|referral|affiliate|promo|partner|invite) (?:code|link)',
  'use my (?:code|link|name)',
  '(?:through|via|with|from|using) my (?:link|code|page|referral)',
  'book (?:through|via|with|using) my (?:link|page|code)',
  'partner (?:rate|price|pricing|discount|deal)',
  "mates'? rates?",
  "mate'?s rates?",
  "mates[’'] rates?",
  '(?:the|a) (?:rate|price|deal|discount) i (?:negotiated|agreed|got|secured|arranged)',
  "(?:the|a) (?:rate|price|deal) i'?ve (?:negotiated|agreed|got|secured|arranged)",
  '(?:special|preferential|exclusive|discounted|friends and family|reduced) (?:rate|price|deal|pricing|offer) (?:for|to) (?:my )?(?:followers|network|connections|readers|colleagues|you all|everyone here)',
  'tell (?:them|her|him|the team|reception) (?:that )?(?:i|dr [a-z]+|nurse [a-z]+) sent you',
  'say (?:that )?(?:i|dr [a-z]+) sent you',
  'mention my name',
  'quote my name',
  '(?:dm|message|inbox|pm|email|drop) me (?:for|to get) (?:the|a|my) (?:rate|discount|code|link|deal|price|offer|trial)',
  "(?:dm|message|inbox|pm) me (?:and|&) i'?ll (?:send|get|sort|put|give|pass)",
  "drop me a (?:message|dm|line|note|pm) and i'?ll (?:send|get|sort|put|give|pass)",
  "i'?ll send you (?:a|the|my) link for",
  'put you in touch with my (?:contact|rep|friend|mate)',
  '(?:sort|give|get) you (?:a|the) (?:trial pack|decent rate|good rate|discount|deal|rate)',
  'on my recommendation',
  '(?:set up|created|made|given me) (?:a|an|this) (?:link|code|offer|discount) for my (?:network|followers|connections|readers|patients)',
  '(?:given|gave|offered) my (?:followers|network|connections|readers) (?:a|an|\\d+)',
  'my (?:followers|network|connections|readers) (?:can )?(?:get|gets|receive|save)',
]);

/** Weaker pointers to a commercial link; they need a deal or an endorsement to count. */
export const WEAK_POINTER = phraseRegex('conflict-of-interest.weak-pointer', [
  'link in (?:my |the )?bio',
  '(?:link|code) (?:below|in (?:the )?comments)',
  'swipe up',
  'shop (?:the|my) (?:range|picks|edit)',
]);

/** Deals: price cuts and freebies. */
export const DEAL = phraseRegex('conflict-of-interest.deal', [
  '\\d{1,2}[\\s-]?% (?:off|discount)',
  '(?:a )?free (?:month|trial|consultation|consult|sample|samples|assessment|session|scan)',
  '(?:\\w+|\\d+) (?:months?|weeks?) free',
  '(?:a )?trial pack',
  '(?:well )?below list price',
  'priority (?:slots|booking|appointments)',
  '£\\d{1,4} with (?:the )?code',
  '(?:first|initial) (?:consultation|consult|appointment|session) (?:for|at) £\\d{1,4}',
  'half[\\s-]?price',
  '£\\d{1,4} off',
  'mention (?:this post|my name|this ad|this advert|this)(?: (?:when|to|for|at))',
  '(?:this|for one) (?:month|week|weekend) only',
  'new (?:patient|client|customer) (?:offer|discount|special|rate)',
  'introductory (?:offer|rate|price|discount)',
  '(?:first|initial) (?:session|consultation|consult|appointment|assessment) (?:is )?(?:free|half[\\s-]?price)',
  'free (?:initial|first|introductory) (?:consultation|consult|assessment|session|appointment|chat)',
  '(?:nhs|key worker|blue light) (?:staff )?discount',
  'grab it (?:before|while)',
  'limited time',
  'while stocks last',
]);

/**
 * The author's own private service: "come and see me at my own clinic", "my private practice",
 * "I also see patients privately". On its own this is information; with an offer or a booking
 * push it is promotion of something the author profits from.
 */
export const OWN_SERVICE = phraseRegex('conflict-of-interest.own-service', [
  'come (?:and |to )?see me (?:at|in) my (?:own |new |private |independent ){0,2}(?:clinic|practice|rooms|studio|surgery|place)',
  '(?:my|our) (?:brand new |new )?(?:own|private|independent) (?:[a-z]+ ){0,2}(?:clinic|practice|business|service|company|rooms|studio|list|consultations?)',
  '(?:see|book in with|book|treat) (?:me|us) privately',
  'i (?:now |also )?(?:see|treat) (?:[a-z]+ ){0,2}(?:patients|clients|people) privately',
  '(?:private|self[\\s-]?pay|self[\\s-]?funded) (?:appointments?|consultations?|sessions?|slots) (?:with me|available with me)',
  'my (?:aesthetics?|skin|botox|physio|sports injury|menopause|weight[\\s-]?loss|private gp) (?:clinic|practice|business)',
]);

/** A push to book the author's own service. Counts only with OWN_SERVICE. */
export const BOOKING_PUSH = phraseRegex('conflict-of-interest.booking-push', [
  'book (?:now|online|today|in now|your (?:slot|spot|place|appointment))',
  'book (?:via|through|on|at) (?:my|the) (?:website|site|link|page)',
  '(?:dm|message|pm|inbox|email|ring|call) (?:me )?to book',
  '(?:slots|spaces|appointments) (?:available|left|going fast)',
  'limited (?:slots|spaces|availability|appointments)',
]);

/**
 * A personal tie to a company's rep that brings favours: "the rep's a mate and sorts me out",
 * "their rep always looks after me".
 */
export const REP_FAVOUR = phraseRegex('conflict-of-interest.rep-favour', [
  "(?:the |my |our |their )?(?:drug |pharma |company |sales )?reps?(?:'s| is| are) (?:a |an |my |our )?(?:good |old |great |top )?(?:mate|mates|friend|friends|pal|pals)",
  '(?:sorts?|sorted|looks? after|looked after|hooks?|hooked) (?:me|us) (?:out|up)(?: with)?',
]);

/** Hospitality and gifts from a company. */
export const HOSPITALITY = phraseRegex('conflict-of-interest.hospitality', [
  "(?:great|lovely|amazing|fab|fabulous|fantastic|wonderful|brilliant|superb|cracking|delicious) (?:dinner|lunch|meal|evening|night out|weekend|trip|drinks) (?:with|courtesy of|hosted by|on) (?:their|the company'?s) (?:team|reps?|folks|people|guys)",
  '(?:great|lovely|amazing|fab|fabulous|fantastic|wonderful|brilliant|superb|cracking|delicious) (?:dinner|lunch|meal|evening|night out|weekend|trip|drinks) (?:with|courtesy of|hosted by) the (?:team|reps?|folks|people|guys) (?:from|at) ',
  '(?:dinner|lunch|drinks|a meal) (?:with|courtesy of|on) (?:the |their )?(?:reps?|sales team|company|manufacturer)',
  '(?:flew|flown|flying|jetted) (?:us|me) (?:out )?to',
  '(?:took|taken|treated|invited) (?:us|me) (?:out )?(?:to|for) (?:dinner|lunch|drinks|a (?:meal|weekend|trip))',
  'all expenses paid',
  'expenses paid trip',
  'courtesy of (?:the )?(?:lovely |wonderful |amazing )?(?:team|folks|people|guys) at',
  '(?:kindly )?(?:sent|gave|given|gifted) (?:me|us) (?:some |a |an )?(?:free )?(?:samples?|products?|box|bundle|kit|goodies|hamper|supply|bottle|pack)',
  'pr (?:package|parcel|box)',
  // Thanking a company for hospitality: "huge thanks to X Pharma for the fabulous dinner".
  "(?:thanks?|thank you|cheers|shout[\\s-]?out|grateful|big love) (?:you )?(?:so much |again )?to (?:the (?:team|folks|people|guys) at )?(?:@?[a-z0-9&'’]+ ){1,4}for (?:the|a|an|our|my|last night['’]?s|yesterday['’]?s) (?:[a-z]+ ){0,2}(?:dinner|lunch|meal|drinks|hospitality|trip|weekend|hotel stay|tickets|champagne|hamper|spa day|night out|evening)",
  'freebies',
]);

/** Endorsement superlatives for a product, brand or private service. */
export const ENDORSEMENT = phraseRegex('conflict-of-interest.endorsement', [
  'i swear by',
  'nothing beats',
  'nothing comes close to',
  "(?:i )?(?:always|only ever|would always|'?d always) (?:recommend|pick|prescribe|use|choose|suggest|go for) [\\w@]+(?: \\w+){0,3} (?:over|rather than|instead of)",
  '(?:simply|genuinely|honestly|by far|hands down|easily) (?:the )?best',
  '(?:simply |genuinely |honestly )?better than anything else (?:on the market|out there|available)',
  'the best (?:\\w+ ){0,3}(?:in the uk|in the country|on the market|in (?:london|leeds|manchester|birmingham|glasgow|edinburgh|cardiff|bristol|the north|the south|town))',
  'the best (?:injector|clinic|app|product|platform|supplement|brand|device|tool)',
  'i (?:send|refer|point|direct) (?:all |every one of )?(?:them|my patients|our patients|all my patients|my clients)(?: all)? to',
  "i'?ve (?:switched|moved|put) all (?:of )?my (?:eligible )?(?:patients|clients)",
  "i(?:'?d| would) urge every (?:practice|gp|team|clinician|nurse|doctor|pcn|trust|ward|department|community|tvn|pharmacist|physio)",
  'every (?:\\w+ ){0,2}reading this should',
  'no[\\s-]?brainer',
  'game[\\s-]?changer',
  '(?:genuinely|literally|honestly) the only (?:one|brand|thing) i (?:take|use|recommend|buy)',
  '(?:my )?patients love (?:it|them)',
  "can'?t recommend (?:it|them|[\\w@]+) enough",
  'highly recommend',
  '(?:is|are) (?:always )?my go[\\s-]?to',
  // Prescribing intentions: "can't wait to start my patients on their new DOAC".
  "(?:can'?t wait to|going to|gonna|will|i'?ll|looking forward to|about to) (?:be )?(?:start|starting|put|putting|switch|switching|move|moving|prescribe|prescribing) (?:all )?(?:of )?(?:my|our) (?:[a-z]+ )?(?:patients|clients) (?:on|onto|to|over to)",
  '(?:it )?(?:honestly |genuinely |literally )?changes lives',
]);

/** A declaration of interest anywhere in the post. */
export const DECLARATION = phraseRegex('conflict-of-interest.declaration', [
  '#ad',
  '#advert',
  '#advertisement',
  '#sponsored',
  '#gifted',
  '#affiliate',
  '#paidpartnership',
  '#partner',
  '\\[ad\\]',
  '\\(ad\\)',
  'ad[\\s-]?\\|',
  '(?:paid|brand) partnership',
  'sponsored (?:post|by|content)',
  'this (?:post|video|content) is sponsored',
  'disclosure[\\s-]?:',
  'full disclosure',
  'i should disclose',
  'to be transparent',
  'in the interests of transparency',
  'declarations? of interests?',
  'declaration first',
  'declaring (?:an|my) interest',
  'conflicts? of interest[\\s-]?:',
  'competing interests?[\\s-]?:',
  'coi[\\s-]?:',
  'dois?[\\s-]?:',
  "i(?:'?m| am) (?:a |the |an |one of the )?(?:co[\\s-]?founder|founder|shareholder|director|owner|employee|investor|paid (?:clinical |medical )?(?:adviser|advisor|consultant|ambassador|speaker|partner))",
  "i(?:'?m| am) (?:a |an )?(?:clinical |medical )?(?:adviser|advisor|ambassador) (?:to|for)",
  "i(?:'?m| am) (?:a |an )?(?:paid )?consultant to",
  'i (?:hold|own|have) (?:shares|share options|equity|a stake|stock)',
  'i (?:do|run|provide) paid (?:sessions|work|clinics|consultancy)',
  "i(?:'?m| am)? (?:receive|get|earn|am paid|paid) (?:a )?(?:fees?|payment|commission|honorari(?:a|um)|royalt(?:y|ies)|a cut|a small commission|a fee)",
  'i (?:receive|get|earn) (?:a )?(?:small )?(?:fees?|payment|commission|honorari(?:a|um)|royalt(?:y|ies)|cut)',
  "i(?:'?m| am) paid by",
  '(?:speaker|consultancy|advisory|speaking) fees from',
  'honorari(?:a|um) from',
  'affiliate link',
  '(?:i|we) (?:may )?earn (?:a )?(?:small )?commission',
]);

/** Declarations of no interest: they clear a plain endorsement but not a personal code or rate. */
export const NO_INTEREST = phraseRegex('conflict-of-interest.no-interest', [
  'no (?:financial )?(?:relationship|ties|links|connection|affiliation) (?:with|to)',
  'not (?:sponsored|paid|affiliated)',
  "(?:i have |i've )?nothing to declare",
  'no conflicts? of interest',
  "i(?:'?m| am) not (?:paid|sponsored|affiliated)",
]);
