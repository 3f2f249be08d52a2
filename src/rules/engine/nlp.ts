/**
 * The one place compromise is called. A sentence is parsed once and the parse is shared by
 * every rule through SentenceView.memo.
 */
import nlp from 'compromise';

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
  /** Person names as compromise sees them, as index ranges into `terms` [from, to). */
  people: ReadonlyArray<readonly [number, number]>;
  places: ReadonlyArray<readonly [number, number]>;
  organizations: ReadonlyArray<readonly [number, number]>;
}

interface JsonTerm {
  text: string;
  normal?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

export function parse(plain: string): Parse {
  const doc = nlp(plain);
  const terms: Term[] = [];
  const byStart = new Map<number, number>();
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: JsonTerm[] }>;
  for (const sentence of sentences) {
    for (const t of sentence.terms) {
      if (!t.offset) continue;
      byStart.set(t.offset.start, terms.length);
      terms.push({
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        tags: new Set(t.tags ?? []),
      });
    }
  }
  const ranges = (view: { json: (o: object) => unknown }): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const match of view.json({ offset: true, terms: { offset: true } }) as Array<{ terms: JsonTerm[] }>) {
      const first = match.terms[0]?.offset?.start;
      const last = match.terms[match.terms.length - 1]?.offset?.start;
      if (first === undefined || last === undefined) continue;
      const from = byStart.get(first);
      const to = byStart.get(last);
      if (from !== undefined && to !== undefined) out.push([from, to + 1]);
    }
    return out;
  };
  return {
    terms,
    people: ranges(doc.people()),
    places: ranges(doc.places()),
    organizations: ranges(doc.organizations()),
  };
}
