/**
 * Who a sentence is about: named people (with or without a title), organisations, @handles and
 * definite roles ("the surgical reg", "our medical director"). Shared by the defamatory rules.
 */
import type { SentenceMatch, SentenceView } from '../engine/document';
import type { Span } from '../types';
import {
  ALLEGATION_ABUSE,
  ALLEGATION_DISHONESTY,
  ALLEGATION_NEGLECT,
  CAPITALISED_RUN,
  HANDLE,
  LOWER_TITLED_PERSON,
  ORG_SUFFIXES,
  ROLE_TARGET,
  SAINT_OR_ROYAL,
  TITLED_PERSON,
} from './_lexicon';

/** Sentence-relative spans (original offsets) of everything in the sentence that can be defamed. */
export function findTargets(view: SentenceView): readonly Span[] {
  return view.memo('defamatory.targets', (s) => {
    const spans: Span[] = [
      ...s.matches('defamatory.titled-person', TITLED_PERSON, 'plain'),
      ...s.matches('defamatory.lower-titled-person', LOWER_TITLED_PERSON, 'folded'),
      ...s
        .matches('defamatory.capitalised-run', CAPITALISED_RUN, 'plain')
        .filter((m) => isOrganisation(m.groups[0] ?? '')),
      ...s.matches('defamatory.saint-or-royal', SAINT_OR_ROYAL, 'plain'),
      ...s.matches('defamatory.handle', HANDLE, 'plain'),
      ...s.matches('defamatory.role-target', ROLE_TARGET, 'folded'),
    ].map(({ start, end }) => ({ start, end }));
    // compromise finds untitled names ("Denise Ormerod"); the parse is the costly part, so it
    // runs only on sentences that already carry an allegation or insinuation cue (see callers).
    return spans.sort((a, b) => a.start - b.start);
  });
}

/** A capitalised word that does not open the sentence. */
const LATER_CAPITAL = /\S\s+[A-Z][a-z]/;

/** Untitled people's names from the shared compromise parse, as sentence-relative spans. */
export function findPeople(view: SentenceView): readonly Span[] {
  return view.memo('defamatory.people', (s) => {
    // Names are capitalised; without a capitalised word after the first, skip the parse.
    if (!LATER_CAPITAL.test(s.norm.plain)) return [];
    const { terms, people } = s.parse;
    const out: Span[] = [];
    for (const [from, to] of people) {
      const first = terms[from];
      const last = terms[to - 1];
      if (!first || !last) continue;
      // A single lower-case word is more often a misparse than a name.
      if (to - from < 2 && !/^[A-Z]/.test(first.text)) continue;
      out.push(s.norm.spanToOriginal(first.start, last.end));
    }
    return out;
  });
}

/** Targets from the patterns; compromise's people only when the patterns find none (the parse is costly). */
export function allTargets(view: SentenceView): readonly Span[] {
  const targets = findTargets(view);
  return targets.length > 0 ? targets : findPeople(view);
}

/** Two or more words, the last an organisation suffix: "Fenwick Pharmacy", not "Pharmacy". */
function isOrganisation(run: string): boolean {
  const words = run.split(/[ \t]+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  return words.length >= 2 && ORG_SUFFIXES.has(last);
}

/** Every allegation predicate in the sentence, from the three allegation lexicons, in order. */
export function findAllegations(view: SentenceView): readonly SentenceMatch[] {
  return view.memo('defamatory.allegations', (s) =>
    [
      ...s.matches('defamatory.allegation-dishonesty', ALLEGATION_DISHONESTY, 'folded'),
      ...s.matches('defamatory.allegation-neglect', ALLEGATION_NEGLECT, 'folded'),
      ...s.matches('defamatory.allegation-abuse', ALLEGATION_ABUSE, 'folded'),
    ].sort((a, b) => a.start - b.start),
  );
}
