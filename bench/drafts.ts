/** Benchmark drafts of given lengths, built from the labelled corpora so they read like posts. */
import { readFileSync } from 'node:fs';

export const CORPUS = '../shared/corpora/dev.jsonl';

export function corpusTexts(path = CORPUS): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** A draft of exactly `length` characters (cut at a space), cycling through the corpus posts. */
export function draftOfLength(texts: readonly string[], length: number, offset = 0): string {
  let out = '';
  for (let i = offset; out.length < length; i++) out += `${texts[i % texts.length]}\n\n`;
  const cut = out.lastIndexOf(' ', length);
  return out.slice(0, cut > length * 0.9 ? cut : length);
}

export { stats } from './stats';
