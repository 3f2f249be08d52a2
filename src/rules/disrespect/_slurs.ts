/**
 * Slurs: words that demean a person for a protected characteristic (race, ethnicity, national
 * origin, religion, sexual orientation, gender identity, disability).
 *
 * Provenance: compiled for this project from general knowledge of British and American slurs,
 * cross-checked against the terms that recur in the hate-speech class of Davidson et al. (2017,
 * t-davidson/hate-speech-and-offensive-language, MIT) and the slur entries of obscenity's
 * English dataset. It is data, not a judgement about any reclaimed in-group use; a clinician's
 * public post is never that context.
 *
 * Entries are regex fragments over folded text (lower case, leetspeak undone). Words with an
 * innocent everyday sense in British English ("fag" = cigarette, "bender", "queer" in
 * reclaimed academic use, "coloured" in older speech) are listed with the context that makes
 * them slurs, or left out.
 */
export const SLURS: readonly string[] = [
  // race and ethnicity
  'n[i1!]gg(?:er|ers|a|as|ah|uh|az|ers?)',
  'nigs?',
  'coons?',
  'wogs?',
  'pakis?',
  'spics?',
  'wetbacks?',
  'beaners?',
  'chinks?',
  'gooks?',
  'slant\\s?eyes?',
  'slants',
  'jungle bunn(?:y|ies)',
  'porch monk(?:ey|eys|ies)',
  'sand\\s?n[i1]gg(?:er|ers|a|as)',
  'towel\\s?heads?',
  'rag\\s?heads?',
  'camel jockeys?',
  'golliwogs?',
  'sambos?',
  'jigaboos?',
  'darkies',
  'darkie',
  'half\\s?castes?',
  'white trash',
  'colou?red folks?',
  'abos',
  'pikeys?',
  'gypp?os?',
  'polacks?',
  'kikes?',
  'yids?',
  'muzzies?',
  'muzzy',
  'mozzies? (?:lovers?)',
  'kaffirs?',
  'redskins?',
  'injuns?',
  'whitey',
  // sexual orientation and gender identity
  'fags(?! (?:and|packet|break))',
  'fag(?! ?(?:break|packet|end|ends|butt|butts|lighter))',
  'faggots?',
  'faggy',
  'dykes?',
  'homos?(?! sapiens| erectus)',
  'poofs?',
  'poofters?',
  'batty\\s?boys?',
  'battymen',
  'lezzas?',
  'lesbos?',
  'trann(?:y|ies)',
  'shemales?',
  'he\\s?shes?',
  'ladyboys?',
  'trannies',
  // disability
  'retards?',
  'retarded',
  'spastics?(?! (?:paraplegia|diplegia|quadriplegia|tetraplegia|hemiplegia|cerebral|paresis|gait|tone|dysarthria|colon|bladder))',
  'spazz?(?:es)?',
  'spackers?',
  'mongs?',
  'mongoloids?',
  'window\\s?lickers?',
  'cripples',
  'a cripple',
];
