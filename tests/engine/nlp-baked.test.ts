/**
 * The build bakes compromise's expanded lexicon into the bundle (scripts/bake-compromise.ts), and
 * vitest runs with the same plugin. These tests hold the baked compromise to the real one, loaded
 * by plain Node in a child process: the same world model, and the same tags on real posts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';

/** JSON with sorted keys, regexes as their source and functions as their text. */
const CANONICAL = `(value) => JSON.stringify(value, function (key, v) {
  if (v instanceof RegExp) return 'RegExp ' + String(v);
  if (typeof v === 'function') return 'Function ' + String(v);
  if (v instanceof Set) return { Set: [...v].sort() };
  if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
  return v;
})`;
// The same function text runs here and in the child process.
const canonical = (0, eval)(CANONICAL) as (value: unknown) => string;

const posts = readFileSync(new URL('../../../shared/corpora/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 150)
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** What our parse reads: each term's text, offset and tags, as compromise/two tags them. */
const TAG = `(nlp, text) => {
  const doc = nlp.tokenize(text);
  doc.compute(['typeahead', 'lexicon', 'preTagger', 'contractionTwo']);
  return doc.json({ offset: true, terms: { offset: true } }).flatMap((s) => s.terms.map((t) => [t.text, t.offset, t.tags]));
}`;

/** Runs `body` in plain Node, where compromise loads and expands its lexicon itself. */
function inPlainNode(body: string): string {
  const code = `import nlp from 'compromise/two';\nconst canonical = ${CANONICAL};\nconst tag = ${TAG};\n${body}`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('compromise with its lexicon baked in at build time', () => {
  it('has the same world model as compromise expanding its own', () => {
    // Before anything is tagged here: tagging fills caches in the model.
    const baked = canonical((nlp.world() as { model: unknown }).model);
    const real = inPlainNode('process.stdout.write(canonical(nlp.world().model));');
    expect(baked.length).toBeGreaterThan(500_000);
    expect(baked === real).toBe(true);
  });

  it('tags real posts exactly as compromise does', () => {
    const tag = (0, eval)(TAG) as (n: typeof nlp, text: string) => unknown;
    const baked = JSON.stringify(posts.map((post) => tag(nlp, post)));
    const real = inPlainNode(`process.stdout.write(JSON.stringify(${JSON.stringify(posts)}.map((p) => tag(nlp, p))));`);
    expect(baked === real).toBe(true);
  });
});
