/**
 * Regular expressions built at run time (from lexicons) register here, so the
 * catastrophic-backtracking test can check them alongside the literals in the source.
 */
import { registerLexicon } from './prefilter';

export interface RegisteredPattern {
  id: string;
  re: RegExp;
  /**
   * For a lexicon: its phrases, each a regex fragment, and the wrapper with one placeholder
   * phrase. An alternation under no quantifier cannot backtrack exponentially, so checking each
   * phrase and the wrapper covers the whole (and is much faster than one huge automaton).
   */
  lexicon?: { phrases: readonly string[]; wrapper: RegExp };
}

const REGISTERED: RegisteredPattern[] = [];

export function registerPattern(id: string, re: RegExp, lexicon?: RegisteredPattern['lexicon']): RegExp {
  REGISTERED.push({ id, re, lexicon });
  return re;
}

export function registeredPatterns(): readonly RegisteredPattern[] {
  return REGISTERED;
}

/**
 * A global, case-insensitive regex matching any of `phrases` as whole words.
 *
 * Phrases are regex fragments written for the folded text (lower case, leetspeak undone);
 * a space in a phrase matches any run of spaces or hyphens. Longer phrases are tried first.
 */
export function phraseRegex(id: string, phrases: readonly string[]): RegExp {
  const fragments = [...phrases].sort((a, b) => b.length - a.length).map((p) => spacesToSeparators(p.trim()));
  const wrap = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'giu');
  const re = wrap(fragments.join('|'));
  registerLexicon(id, re, fragments);
  return registerPattern(id, re, { phrases: fragments, wrapper: wrap('x') });
}

/**
 * A run of spaces in a phrase matches any run of spaces or hyphens, except inside a character
 * class ("[a-z ]"), where a space is just a space.
 */
function spacesToSeparators(phrase: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i] as string;
    if (ch === '\\') {
      out += ch + (phrase[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      while (phrase[i + 1] === ' ') i++;
      out += '[\\s-]+';
    } else out += ch;
  }
  return out;
}
