/**
 * A given-name gazetteer for the patient-name rule: about 5,000 popular given names from the
 * `human-names` package (English, German, French, Spanish, Italian and Dutch lists), which
 * reaches the names compromise's lexicon does not know ("Saoirse", "Aoife", "Jeroen", "Matías").
 *
 * A gazetteer hit is only ever one piece of evidence. The rule combines it with structure (a
 * capitalised surname after it, a capitalised word mid-sentence, a list of names); a lower-case
 * word or a sentence's first word is never a name on the gazetteer's say-so alone. Given names
 * that are also everyday English words, places, brands or medical eponyms are left out.
 */
import deFemale from 'human-names/data/female-human-names-de.json';
import enFemale from 'human-names/data/female-human-names-en.json';
import esFemale from 'human-names/data/female-human-names-es.json';
import frFemale from 'human-names/data/female-human-names-fr.json';
import itFemale from 'human-names/data/female-human-names-it.json';
import nlFemale from 'human-names/data/female-human-names-nl.json';
import deMale from 'human-names/data/male-human-names-de.json';
import enMale from 'human-names/data/male-human-names-en.json';
import esMale from 'human-names/data/male-human-names-es.json';
import frMale from 'human-names/data/male-human-names-fr.json';
import itMale from 'human-names/data/male-human-names-it.json';
import nlMale from 'human-names/data/male-human-names-nl.json';

/**
 * Given names that are also common English words (virtues, months, seasons, plants, colours,
 * gems, animals, verbs), places, brands or eponyms in medicine ("Addison's", "Barrett's").
 */
const NOT_EVIDENCE = `
will may grace rose hope mark bill joy faith summer autumn winter spring april june july august
january september avril holly ivy daisy lily iris jade ruby amber crystal dawn eve sky rain storm
river brook ray guy jack frank pat sue rob art sunny honey candy cherry olive hazel heather violet
poppy rich chance hunter king prince princess major sterling page miles chase chip dean drew grant
lance wade pierce mack buck spike foster nick kitty penny robin pearl jewel fern charity patience
mercy honesty peace promise precious destiny trinity harmony melody liberty justice verity felicity
serenity clarity amity chastity modesty journey miracle heaven haven honor honour echo ocean snow
star line beau joke ace bear cash leaf link rock stone flip kick peer pier loan blue grey gray
scarlet sage lucky tiny marine constant junior indie rosy maverick dash nail age harm rein till
said ate has just lux ton les piers sandy misty dusty rusty woody randy earnest coral sugar
blessing apple aqua bay bliss bloom breeze briar cat clover dot ember forest fox ginger kit lake
lark lavender lilac lotus meadow nana opal oasis sable saffron sapphire tulip diamond cadence duke
ledger porter rider tiger wolf archer ash basil colt trace tray sol ram jet gage bray fawn sorrel
rue flick floor mare job pip femme mien rover sus splinter hub swan ange indy lei gust lander bing
primo ritz dale glen heath reed rex rod van ward cliff dick earl gene lane jay cam mat max brandy
dixie dolly flo gail jean patsy venus viola deja pixie bunty nova juno lyric cali coco dior chanel
camry lexis mercedes bentley chevy ford porsche aspen sahara dakota albany avalon cambria sienna
asia india america jersey georgia montana alberta alaska indiana brooklyn brighton carlisle york
nile atlanta bristol london paris phoenix vienna boston dallas denver kingston milan rio florence
sydney victoria virginia orlando chelsea israel montserrat digby charlton hudson austin lincoln
addison barrett bell gilbert turner wilson paget baker still conn whipple horner becker ewing graves
cushing raynaud reiter colles bartholin sherlock apollo cupid atlas genesis unique royal legend
mystery infinity nevaeh angel blaze blossom don sonny jasmine fanny ally chrysanthemum jazz raven
prune levy dane boy christian jan mar
`;

function build(): ReadonlySet<string> {
  const out = new Set<string>();
  const lists: ReadonlyArray<readonly string[]> = [
    enFemale,
    enMale,
    deFemale,
    deMale,
    frFemale,
    frMale,
    esFemale,
    esMale,
    itFemale,
    itMale,
    nlFemale,
    nlMale,
  ];
  for (const list of lists) {
    for (const name of list) {
      const lower = name.toLowerCase();
      // Multi-word entries ("Maria José") are covered by their parts; two letters is too short.
      if (lower.length > 2 && !lower.includes(' ')) out.add(lower);
    }
  }
  for (const word of NOT_EVIDENCE.split(/\s+/)) out.delete(word);
  return out;
}

const GIVEN_NAMES = build();

/** Is this lower-case word (no possessive, no punctuation) a given name, and not also a common word? */
export function isGivenName(lower: string): boolean {
  return GIVEN_NAMES.has(lower);
}
