/**
 * A global (/g) regex keeps lastIndex between calls, so `.test()` or `.exec()` on a module-level
 * /g regex answers differently depending on what was checked before (a fuzz-found bug). Rules
 * use doc.matches / view.matches for /g regexes; this scan keeps it that way.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Names bound at module level to a /g literal, phraseRegex(…) (always /g) or new RegExp(…, '…g…'). */
function globalRegexNames(source: string): string[] {
  const names: string[] = [];
  const binding =
    /^(?:export )?const ([A-Z][A-Z0-9_]*)\s*=\s*(?:\/(?:\\.|[^/\n])+\/([a-z]*)|phraseRegex\(|registerPattern\([^,]+,\s*\/(?:\\.|[^/\n])+\/([a-z]*))/gm;
  for (const m of source.matchAll(binding)) {
    const flags = m[2] ?? m[3] ?? 'g';
    if (flags.includes('g') && m[1]) names.push(m[1]);
  }
  return names;
}

it('no module-level /g regex in src/rules is used with .test() (lastIndex would leak between checks)', () => {
  const offenders: string[] = [];
  for (const file of sourceFiles('src/rules')) {
    const source = readFileSync(file, 'utf8');
    for (const name of globalRegexNames(source)) {
      for (const m of source.matchAll(new RegExp(`\\b${name}\\.test\\(`, 'g'))) {
        offenders.push(`${file}:${source.slice(0, m.index).split('\n').length} ${name}.test(`);
      }
    }
  }
  expect(offenders).toEqual([]);
});
