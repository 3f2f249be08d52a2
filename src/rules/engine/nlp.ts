/**
 * The one place compromise is called. A sentence is parsed once and the parse is shared by
 * every rule through SentenceView.parse (memoised, so an unchanged sentence is never re-parsed).
 */
import nlp from 'compromise/two';

export interface Term {
  /** Offsets into the sentence's `plain` text. */
  start: number;
  end: number;
  text: string;
  /** Lower-case, punctuation-free form. */
  normal: string;
  tags: ReadonlySet<string>;
}

export interface Parse {
  terms: readonly Term[];
  /** Person names as runs of terms tagged Person, as index ranges into `terms` [from, to). */
  people: ReadonlyArray<readonly [number, number]>;
  places: ReadonlyArray<readonly [number, number]>;
  organizations: ReadonlyArray<readonly [number, number]>;
}

interface JsonTerm {
  text: string;
  normal?: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/**
 * compromise's lexicon and pre-tagger, without its post-tagger: the post-tagger's hundreds of
 * match rules cost about 80% of the parse, and on the dev corpus they changed the Person tags of
 * 6 sentences in 400. Names, places and parts of speech from the lexicon and suffix rules are
 * what the rules need.
 */
function tag(plain: string) {
  const doc = nlp.tokenize(plain);
  doc.compute(['typeahead', 'lexicon', 'preTagger', 'contractionTwo']);
  return doc;
}

/**
 * Tags every word of a sentence. Names, places and organisations are read off the tags in the
 * same pass (runs of Person / Place / Organization, broken at punctuation) rather than with
 * compromise's people()/places() matchers, which would sweep the sentence three more times.
 */
export function parse(plain: string): Parse {
  const terms: Term[] = [];
  const breakAfter: boolean[] = [];
  for (const sentence of tag(plain).json({ offset: true, terms: { offset: true } }) as Array<{ terms: JsonTerm[] }>) {
    for (const t of sentence.terms) {
      if (!t.offset) continue;
      terms.push({
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        tags: new Set(t.tags ?? []),
      });
      breakAfter.push(/[^\s'’]/.test(t.post ?? ''));
    }
    if (breakAfter.length) breakAfter[breakAfter.length - 1] = true;
  }
  const runs = (tag: string): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < terms.length; i++) {
      if (!terms[i]?.tags.has(tag)) continue;
      let j = i + 1;
      while (j < terms.length && terms[j]?.tags.has(tag) && !breakAfter[j - 1]) j++;
      out.push([i, j]);
      i = j - 1;
    }
    return out;
  };
  return { terms, people: runs('Person'), places: runs('Place'), organizations: runs('Organization') };
}
