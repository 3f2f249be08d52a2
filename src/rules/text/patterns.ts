/**
 * Regular expressions built at run time (from lexicons) register here, so the
 * catastrophic-backtracking test can check them alongside the literals in the source.
 */
const REGISTERED: Array<{ id: string; re: RegExp }> = [];

export function registerPattern(id: string, re: RegExp): RegExp {
  REGISTERED.push({ id, re });
  return re;
}

export function registeredPatterns(): ReadonlyArray<{ id: string; re: RegExp }> {
  return REGISTERED;
}

/**
 * A global, case-insensitive regex matching any of `phrases` as whole words.
 *
 * Phrases are regex fragments written for the folded text (lower case, leetspeak undone);
 * a space in a phrase matches any run of spaces or hyphens. Longer phrases are tried first.
 */
export function phraseRegex(id: string, phrases: readonly string[]): RegExp {
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.trim().replace(/ +/g, '[\\s-]+'))
    .join('|');
  return registerPattern(id, new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'giu'));
}
