/**
 * Views of a sentence that rules match against, with a way back to the draft's offsets.
 *
 * - `plain` drops invisible characters (zero-width spaces, word joiners, soft hyphens) that
 *   people paste, sometimes on purpose, to break up identifiers ("K\u2060-\u2060738 291").
 * - `folded` is `plain` lower-cased, with leetspeak undone inside words where digits sit
 *   between letters ("b4y 3", "j0hn b4rker"). It has the same length as `plain`, so one offset
 *   map serves both.
 */

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

export interface NormalizedText {
  readonly original: string;
  readonly plain: string;
  readonly folded: string;
  /** Offset in `original` of the character at `plainIndex` (or of the end, for plain.length). */
  toOriginal(plainIndex: number): number;
  /** Maps a half-open [start, end) range of `plain` to `original`, keeping invisible tails out. */
  spanToOriginal(start: number, end: number): { start: number; end: number };
}

export function normalize(original: string): NormalizedText {
  let plain = original;
  let origin: Int32Array | undefined;
  if (INVISIBLE.test(original)) {
    const kept: string[] = [];
    const positions: number[] = [];
    for (let i = 0; i < original.length; i++) {
      const ch = original[i] as string;
      if (INVISIBLE.test(ch)) continue;
      kept.push(ch);
      positions.push(i);
    }
    positions.push(original.length);
    plain = kept.join('');
    origin = Int32Array.from(positions);
  }
  const toOriginal = origin
    ? (i: number): number => origin[Math.max(0, Math.min(i, plain.length))] ?? original.length
    : (i: number): number => Math.max(0, Math.min(i, original.length));
  return {
    original,
    plain,
    folded: fold(plain),
    toOriginal,
    spanToOriginal(start, end) {
      const s = toOriginal(start);
      const e = end > start ? toOriginal(end - 1) + 1 : s;
      return { start: s, end: Math.max(s, e) };
    },
  };
}

/** Lower-cases (one code unit for one) and undoes leetspeak inside mixed letter-digit words. */
export function fold(plain: string): string {
  let lowered: string;
  if (!NON_ASCII.test(plain)) {
    // ASCII lower-cases one code unit for one, with no context: the same as the loop below.
    lowered = plain.toLowerCase();
  } else {
    const chars = new Array<string>(plain.length);
    for (let i = 0; i < plain.length; i++) {
      const ch = plain[i] as string;
      const lower = ch.toLowerCase();
      chars[i] = lower.length === 1 ? lower : ch;
    }
    lowered = chars.join('');
  }
  if (!LEET_CHAR.test(lowered)) return lowered;
  // A run of leet digits counts only with a letter directly on both sides: "b4y", "bl00ds",
  // but not "SGLT2", "100mg", "NG138" or "LS6 2QB".
  let out: string[] | undefined;
  const word = /[a-z0-9@$]+/g;
  for (let m = word.exec(lowered); m; m = word.exec(lowered)) {
    const token = m[0];
    if (!/[a-z]/.test(token) || !/[0-9@$]/.test(token)) continue;
    const run = /(?<=[a-z])[0-9@$]+(?=[a-z])/g;
    for (let r = run.exec(token); r; r = run.exec(token)) {
      const digits = r[0];
      if (![...digits].every((d) => d in LEET)) continue;
      out ??= lowered.split('');
      for (let k = 0; k < digits.length; k++) out[m.index + r.index + k] = LEET[digits[k] as string] as string;
    }
  }
  return out ? out.join('') : lowered;
}

const NON_ASCII = /\P{ASCII}/u;
const LEET_CHAR = /[0-9@$]/;
