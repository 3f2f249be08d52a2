/**
 * The build bakes compromise's expanded lexicon into the bundle (scripts/bake-compromise.ts), and
 * vitest runs with the same plugin. These tests hold the baked compromise to the real one, loaded
 * by plain Node in a child process: the same world model, and the same tags on real posts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { BAKED_MARK } from '../../scripts/bake-compromise';

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
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('compromise with its lexicon baked in at build time', () => {
  it('is the baked compromise (the swap happened)', () => {
    expect((globalThis as Record<symbol, unknown>)[Symbol.for(BAKED_MARK)]).toBe(true);
  });

  it('has the same world model as compromise expanding its own', () => {
    // Before anything is tagged here: tagging fills caches in the model.
    const model = (nlp.world() as { model: Record<string, Record<string, unknown>> }).model;
    const baked = Object.fromEntries(
      Object.entries(model).flatMap(([part, fields]) =>
        Object.entries(fields).map(([field, value]) => [`${part}.${field}`, canonical(value)]),
      ),
    );
    const real = JSON.parse(
      inPlainNode(`const m = nlp.world().model; process.stdout.write(JSON.stringify(Object.fromEntries(
        Object.entries(m).flatMap(([part, fields]) => Object.entries(fields).map(([field, v]) => [part + '.' + field, canonical(v)])))));`),
    ) as Record<string, string>;
    expect(Object.keys(baked).sort()).toEqual(Object.keys(real).sort());
    expect(baked['one.lexicon']?.length).toBeGreaterThan(500_000);
    // Field by field, so a failure names the field.
    const differing = Object.keys(real).filter((field) => baked[field] !== real[field]);
    expect(differing).toEqual([]);
  });

  it('tags real posts exactly as compromise does', () => {
    const tag = (0, eval)(TAG) as (n: typeof nlp, text: string) => unknown;
    const baked = JSON.stringify(posts.map((post) => tag(nlp, post)));
    const real = inPlainNode(`process.stdout.write(JSON.stringify(${JSON.stringify(posts)}.map((p) => tag(nlp, p))));`);
    expect(baked === real).toBe(true);
  });
});
