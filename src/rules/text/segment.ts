/**
 * Splits a draft into sentences, the unit of incremental analysis: a keystroke changes one
 * sentence, and only that one is analysed again. Boundaries favour stability over linguistic
 * precision: "NHS no. 943" and "Dr. Patel" do not end a sentence.
 */
import type { Span } from '../types';

/** Sentences longer than this are cut at a space, so that one sentence bounds the work. */
export const MAX_SENTENCE_LENGTH = 600;

const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'st',
  'prof',
  'rev',
  'sr',
  'jr',
  'vs',
  'v',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'approx',
  'ref',
  'tel',
  'dept',
  'inc',
  'ltd',
  'co',
  'fig',
  'hosp',
  'pt',
  'pts',
  'wk',
  'wks',
  'hr',
  'hrs',
  'mins',
  'max',
  'min',
  'tabs',
  'nr',
  'mob',
  'd.o.b',
]);

// The lookbehind anchors each run at its first character, which keeps the scan linear.
const TERMINATOR = /(?<![.!?\u2026])[.!?\u2026]+["'\u2019\u201D)\]]*(?=\s)/g;

export function segment(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(line, m.index)) continue;
    const next = line.slice(end).match(/\S/);
    // "…n o. 6 1 2 8" and "approx. three" run on: a full stop before a digit or a lower-case
    // word rarely ends a sentence in a post.
    if (next && /[a-z0-9]/.test(next[0]) && m[0].startsWith('.')) continue;
    push(text, from + start, from + end, out);
    start = end;
  }
  push(text, from + start, to, out);
}

function isAbbreviation(line: string, dot: number): boolean {
  const before = line.slice(Math.max(0, dot - 8), dot).match(/(?<![A-Za-z.])[A-Za-z][A-Za-z.]*$/);
  if (!before) return false;
  // A lone capital is an initial ("J. Smith").
  return ABBREVIATIONS.has(before[0].toLowerCase()) || /^[A-Z]$/.test(before[0]);
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  while (end - start > MAX_SENTENCE_LENGTH) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE_LENGTH);
    if (cut <= start) cut = start + MAX_SENTENCE_LENGTH;
    // Never cut between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1] as string)) cut--;
    if (cut <= start) cut = start + MAX_SENTENCE_LENGTH;
    out.push({ start, end: cut });
    start = cut;
    while (start < end && /\s/.test(text[start] as string)) start++;
  }
  if (end > start) out.push({ start, end });
}
