/**
 * A sound pre-filter for lexicon regexes (phraseRegex): most sentences contain none of a
 * lexicon's phrases, and running ~70 large alternations over every sentence was a third of the
 * engine's time. Each phrase starts at a word boundary with a literal prefix ("district" in
 * "district[\s-]+nurs(?:e|ing)"); one trie over every lexicon's prefixes, walked once per
 * sentence from each word start, says which lexicons could match there. A lexicon whose prefixes
 * never occur is skipped: its regex cannot match, because every match starts with one of them.
 *
 * The pre-filter must never skip a lexicon that would match (tests/engine/prefilter.test.ts checks
 * this against the regexes themselves). So prefix extraction is conservative: it stops at the
 * first construct it does not fully understand, and a phrase with no literal prefix at all makes
 * its lexicon unfilterable (always run).
 */
import { BAKED_STARTS } from './baked-starts';

/** Most prefixes a phrase may expand to (optional words and alternations multiply). */
const MAX_PREFIXES = 64;
/** Prefixes stop growing at this length. */
const MAX_PREFIX_LENGTH = 10;

/** Whether a start begins with a space, a hyphen or a gap, which a preceding gap could swallow. */
const startsWithGap = (start: string): boolean => start.startsWith(SEP) || /^[\s-]/u.test(start);

/** phraseRegex turns each space in a phrase into this run of spaces or hyphens. */
const SEPARATOR_SOURCE = '[\\s-]+';
/** The separator as one trie symbol (a control character no prefix otherwise contains). */
const SEP = '\u0001';
/** Marks the end of a start that is a whole phrase (another control character). */
const WHOLE = '\u0002';
const IS_SEPARATOR = /[\s-]/u;

/**
 * A literal start of the matches of some regex suffix. `open` when the suffix was consumed
 * whole, so what follows the suffix may extend it; otherwise the scan stopped inside it.
 */
interface Start {
  s: string;
  open: boolean;
}

/** Characters after a backslash that stand for themselves. */
const ESCAPED_LITERAL = /^[.\-'’/\\&+*?()[\]{}|^$#@!:,;"=<>~`% ]$/;

/** The top-level alternatives of a regex fragment (split at | outside groups and classes). */
function alternatives(fragment: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < fragment.length; i++) {
    const ch = fragment[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(fragment.slice(start, i));
      start = i + 1;
    }
  }
  out.push(fragment.slice(start));
  return out;
}

/** Index of the ")" closing the group opened at `open`, or -1. */
function closingParen(fragment: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < fragment.length; i++) {
    const ch = fragment[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The part of a prefix this scan can match case-insensitively without Unicode case tables:
 * ASCII, plus characters that have no case at all (’, “, £). It stops at other letters.
 */
function caselessPrefix(prefix: string): string {
  let end = 0;
  for (const ch of prefix) {
    if (ch.charCodeAt(0) >= 0x80 && ch.toLowerCase() !== ch.toUpperCase()) break;
    end += ch.length;
  }
  return prefix.slice(0, end);
}

const STOPPED: readonly Start[] = [{ s: '', open: false }];
const EMPTY: readonly Start[] = [{ s: '', open: true }];

/** Keeps a set of starts small: cut to MAX_PREFIX_LENGTH, deduplicated, shortened past MAX_PREFIXES. */
function bounded(starts: readonly Start[]): Start[] {
  let out: readonly Start[] = starts;
  for (let keep = MAX_PREFIX_LENGTH; keep > 0; keep = Math.min(keep - 1, 3)) {
    const seen = new Map<string, Start>();
    for (const start of out) {
      const cut = start.s.length > keep ? { s: start.s.slice(0, keep), open: false } : start;
      const key = `${cut.open ? 1 : 0}${cut.s}`;
      if (!seen.has(key)) seen.set(key, cut);
    }
    out = [...seen.values()];
    if (out.length <= MAX_PREFIXES) break;
  }
  return [...out];
}

/** Every `head` followed by every start of what comes after it. */
function concat(heads: readonly Start[], tails: readonly Start[]): Start[] {
  const out: Start[] = [];
  for (const head of heads) {
    if (!head.open) {
      out.push(head);
      continue;
    }
    for (const tail of tails) {
      // The trie reads a whole run of spaces and hyphens as one gap; a gap followed by another
      // space, hyphen or gap could split that run differently, so stop before it.
      if (head.s.endsWith(SEP) && startsWithGap(tail.s)) out.push({ s: head.s, open: false });
      else out.push({ s: head.s + tail.s, open: tail.open });
    }
  }
  return bounded(out);
}

/** The starts of one atom (character, escape, small class or group) at `i`, and where it ends. */
function atomAt(fragment: string, i: number): { starts: readonly Start[]; next: number } | undefined {
  const ch = fragment[i] as string;
  if (ch === '\\') {
    const escaped = fragment[i + 1] ?? '';
    if (escaped === 'd') return { starts: [...'0123456789'].map((d) => ({ s: d, open: true })), next: i + 2 };
    if (!ESCAPED_LITERAL.test(escaped)) return undefined;
    return { starts: [{ s: escaped, open: true }], next: i + 2 };
  }
  if (ch === '[') {
    // A small class of literal characters: ['‘"“], [eé]. Ranges, escapes and negation stop.
    const close = fragment.indexOf(']', i + 1);
    const body = fragment.slice(i + 1, close);
    if (close < 0 || body === '' || body.length > 10 || /[\\^\-[]/.test(body)) return undefined;
    return { starts: [...body].map((c) => ({ s: c.toLowerCase(), open: true })), next: close + 1 };
  }
  if (ch === '(') {
    // Only plain groups: lookarounds and named groups stop the prefix.
    if (fragment[i + 1] === '?' && fragment[i + 2] !== ':') return undefined;
    const close = closingParen(fragment, i);
    if (close < 0) return undefined;
    const body = fragment.slice(i + (fragment[i + 1] === '?' ? 3 : 1), close);
    return { starts: bounded(alternatives(body).flatMap((alt) => scanSuffixes(alt))), next: close + 1 };
  }
  if (/[.|)?*+{}^$]/.test(ch)) return undefined;
  // A character outside the BMP is one atom: a quantifier after it applies to both halves.
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < fragment.length) {
    return { starts: [{ s: fragment.slice(i, i + 2), open: true }], next: i + 2 };
  }
  return { starts: [{ s: ch.toLowerCase(), open: true }], next: i + 1 };
}

/**
 * The plain characters from `i` that match only themselves, leaving out a last one that a
 * quantifier applies to ("spastics?" → "spastic").
 */
function literalRunAt(sequence: string, i: number): string {
  let end = i;
  while (end < sequence.length && /[a-z0-9 '&,]/i.test(sequence[end] as string)) end++;
  if (end > i && /[?*+{]/.test(sequence[end] ?? '')) end--;
  return sequence.slice(i, end);
}

/**
 * The literal starts of the matches of a sequence (no top-level |), scanned from the end so
 * each position is scanned once however many optional parts come before it.
 */
function scanSuffixes(sequence: string): Start[] {
  const memo = new Map<number, readonly Start[]>();
  const from = (i: number): readonly Start[] => {
    if (i >= sequence.length) return EMPTY;
    const known = memo.get(i);
    if (known) return known;
    let result: readonly Start[];
    const run = literalRunAt(sequence, i);
    if (run.length > 1) {
      // A run of plain characters is one step (most phrases are mostly words).
      const head = { s: run.toLowerCase(), open: true };
      // Long enough already: stop here, marked unfinished unless the sequence ends with it.
      const rest = i + run.length;
      result =
        run.length >= MAX_PREFIX_LENGTH && rest < sequence.length
          ? bounded([{ s: head.s, open: false }])
          : concat([head], from(rest));
    } else if (sequence.startsWith(SEPARATOR_SOURCE, i)) {
      // phraseRegex's word gap: one trie symbol, so "i can't" is not just "i".
      result = concat([{ s: SEP, open: true }], from(i + SEPARATOR_SOURCE.length));
    } else {
      const atom = atomAt(sequence, i);
      if (!atom) result = STOPPED;
      else {
        const q = sequence[atom.next];
        const lazy = sequence[atom.next + 1] === '?' ? 1 : 0;
        if (q === '?') {
          const rest = from(atom.next + 1 + lazy);
          result = bounded([...rest, ...concat(atom.starts, rest)]);
        } else if (q === '*' || (q === '{' && /^\{0\s*[,}]/.test(sequence.slice(atom.next)))) {
          // May repeat: what follows one occurrence is not known, so stop after it.
          const end = q === '*' ? atom.next + 1 : sequence.indexOf('}', atom.next) + 1;
          result = bounded([...from(end + lazy), ...atom.starts.map((a) => ({ s: a.s, open: false }))]);
        } else if (q === '+' || q === '{') {
          result = atom.starts.map((a) => ({ s: a.s, open: false }));
        } else if (atom.starts.some((a) => a.open && a.s.length < MAX_PREFIX_LENGTH)) {
          result = concat(atom.starts, from(atom.next));
        } else result = bounded(atom.starts);
      }
    }
    memo.set(i, result);
    return result;
  };
  return [...from(0)];
}

/**
 * The literal starts of every match of `fragment`, or undefined when some match could start
 * without one (then the lexicon must always run). A start that is the whole phrase ends with
 * WHOLE: the phrase regex demands a word boundary after it, so "son" is not a hit in "sonic".
 * Cased non-ASCII characters end a start, as case-insensitive matching of them is beyond this
 * scan.
 */
export function phraseStarts(fragment: string): string[] | undefined {
  const plain = plainPhraseStart(fragment);
  if (plain !== undefined) return [plain];
  const out = new Set<string>();
  for (const alternative of alternatives(fragment)) {
    for (const start of scanSuffixes(alternative)) {
      const caseless = caselessPrefix(start.s);
      if (caseless === '') return undefined;
      out.add(start.open && caseless === start.s ? caseless + WHOLE : caseless);
    }
  }
  return [...out];
}

const PLAIN_WORD = /^[a-z0-9'&,]+$/i;

/**
 * The start of a phrase of plain words ("district nurse"), as the general scan would give it,
 * without running it: half of all phrases are like this, and the scan is most of the cost of
 * building the index when the service worker starts.
 */
function plainPhraseStart(fragment: string): string | undefined {
  const words = fragment.split(SEPARATOR_SOURCE);
  if (!words.every((word) => PLAIN_WORD.test(word))) return undefined;
  const start = words.join(SEP).toLowerCase();
  return start.length > MAX_PREFIX_LENGTH ? start.slice(0, MAX_PREFIX_LENGTH) : start + WHOLE;
}

/** The literal prefixes every match of `fragment` starts with (phraseStarts without the marks). */
export function literalPrefixes(fragment: string): string[] | undefined {
  const starts = phraseStarts(fragment);
  return starts && [...new Set(starts.map((start) => start.replace(WHOLE, '')))];
}

interface TrieNode {
  /** Keyed by UTF-16 code unit (numbers hash faster than one-character strings). */
  next: Map<number, TrieNode>;
  /** Lexicons with a prefix ending here. */
  ids: number[];
  /** Lexicons with a prefix through or ending here. */
  below: number[];
}

const newNode = (): TrieNode => ({ next: new Map(), ids: [], below: [] });
const SEP_CODE = SEP.charCodeAt(0);
const WHOLE_CODE = WHOLE.charCodeAt(0);

/** One trie over the prefixes of every filterable lexicon. */
export class PrefixIndex {
  private readonly root = newNode();
  private readonly firstCodes = new Set<number>();

  add(id: number, prefixes: readonly string[]): void {
    for (const prefix of prefixes) {
      let node = this.root;
      // By UTF-16 unit, as walk() reads the text (an emoji is two steps on both sides).
      for (let i = 0; i < prefix.length; i++) {
        const code = prefix.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = newNode()));
        node = child;
        if (!node.below.includes(id)) node.below.push(id);
      }
      if (!node.ids.includes(id)) node.ids.push(id);
      this.firstCodes.add(prefix.charCodeAt(0));
    }
  }

  /** Ids of the lexicons with a prefix starting at a word boundary somewhere in `text`. */
  hits(text: string): Set<number> {
    return this.scan(text).ids;
  }

  /**
   * The hits, and `open`: the lexicons one of whose prefixes the end of `text` leaves unfinished
   * (a walk reached the end inside the trie). Text that followed could complete those.
   */
  scan(text: string): { ids: Set<number>; open: Set<number> } {
    const ids = new Set<number>();
    const open = new Set<number>();
    for (let p = 0; p < text.length; p++) {
      if (!this.firstCodes.has(foldCode(text, p))) continue;
      if (p > 0 && isWordCharBefore(text, p)) continue;
      this.walk(this.root, text, p, ids, open);
    }
    return { ids, open };
  }

  /**
   * Follows the trie from `node` along `text` from `k`. A space or hyphen may be a literal
   * character of a prefix ("so-called") or part of a gap between words, so both are tried.
   */
  private walk(node: TrieNode, text: string, k: number, found: Set<number>, open: Set<number>): void {
    for (; k < text.length; k++) {
      if (isSeparatorAt(text, k)) {
        let end = k + 1;
        while (end < text.length && isSeparatorAt(text, end)) end++;
        const gap = node.next.get(SEP_CODE);
        if (gap) {
          for (const id of gap.ids) found.add(id);
          this.walk(gap, text, end, found, open);
        }
      }
      const next = node.next.get(foldCode(text, k));
      if (!next) return;
      for (const id of next.ids) found.add(id);
      const whole = next.next.get(WHOLE_CODE);
      if (whole && !isWordCharAt(text, k + 1)) for (const id of whole.ids) found.add(id);
      node = next;
    }
    // The text ended on the way down the trie.
    for (const id of node.below) open.add(id);
  }
}

/**
 * The code unit at `at` as the case-insensitive regex compares it with a prefix: ASCII lower
 * case, and the two non-ASCII letters whose simple case folding is ASCII (ſ → s, Kelvin sign →
 * k). Other non-ASCII units stay as they are: prefixes hold no cased non-ASCII letter.
 */
function foldCode(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code === 0x17f) return 115;
  if (code === 0x212a) return 107;
  return code;
}

/** Whether the unit at `at` is one [\s-] matches (ASCII checked by code, the rest by the regex). */
function isSeparatorAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code === 32 || code === 45 || (code >= 9 && code <= 13);
  return IS_SEPARATOR.test(text[at] as string);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Whether the code point starting at `at` is a letter, digit or underscore, as (?![\p{L}\p{N}_]) sees it. */
function isWordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  }
  const high = code >= 0xd800 && code <= 0xdbff;
  return WORD_CHAR.test(high ? text.slice(at, at + 2) : text[at]!);
}

/** Whether the code point ending just before `at` is a letter, digit or underscore, as (?<![\p{L}\p{N}_]) sees it. */
function isWordCharBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  }
  const low = code >= 0xdc00 && code <= 0xdfff && at >= 2;
  return WORD_CHAR.test(low ? text.slice(at - 2, at) : text[at - 1]!);
}

// The lexicons built so far. Lexicons register when their modules load; the version lets a
// sentence's cached hits notice lexicons registered after they were computed.
const INDEX = new PrefixIndex();
const LEXICON_IDS = new WeakMap<RegExp, number>();
const STARTS_WITH_SPACE = new Set<number>();
const LOOKS_PAST_EDGES = new Set<number>();
let lexiconCount = 0;

/**
 * Makes `re` (built from `fragments`, each starting at a word boundary) skippable by the
 * pre-filter. `name` is the lexicon's pattern id, under which the build bakes its starts.
 */
export function registerLexicon(name: string, re: RegExp, fragments: readonly string[]): void {
  const baked = bakedStartsOf(name, fragments);
  const prefixes: string[] = [];
  for (let i = 0; i < fragments.length; i++) {
    const found = baked ? baked[i] : phraseStarts(fragments[i] as string);
    if (!found) return; // a phrase without a literal start: this lexicon always runs
    prefixes.push(...found);
  }
  const id = lexiconCount++;
  INDEX.add(id, prefixes);
  LEXICON_IDS.set(re, id);
  if (prefixes.some((prefix) => /^\s/u.test(prefix))) STARTS_WITH_SPACE.add(id);
  // A lookaround or an anchor inside a phrase may see past the match ("useless(?![\s-]+at)"), so
  // what lies beyond a sentence's end could change its verdict.
  if (fragments.some((fragment) => /\(\?<?[=!]|[\^$]/.test(fragment))) LOOKS_PAST_EDGES.add(id);
}

/**
 * A fingerprint of a lexicon's phrases (32-bit FNV-1a over them, in order): a baked entry is used
 * only for exactly the phrases it was made from, so a stale bake (a watch-mode rebuild that did
 * not see a lexicon change) falls back to working the starts out.
 */
export function phrasesFingerprint(fragments: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const fragment of fragments) {
    for (let i = 0; i < fragment.length; i++) hash = Math.imul(hash ^ fragment.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0xffff, 0x01000193); // between phrases, a unit no phrase ends with
  }
  return hash >>> 0;
}

function bakedStartsOf(
  name: string,
  fragments: readonly string[],
): ReadonlyArray<readonly string[] | null> | undefined {
  const baked = BAKED_STARTS.get(name);
  if (!baked || baked.starts.length !== fragments.length) return undefined;
  return baked.fingerprint === phrasesFingerprint(fragments) ? baked.starts : undefined;
}

/** The pre-filter id of a registered lexicon regex, or undefined for any other regex. */
export function lexiconId(re: RegExp): number | undefined {
  return LEXICON_IDS.get(re);
}

export interface LexiconHits {
  /** Lexicons registered when these hits were computed (ids below it are covered). */
  readonly version: number;
  readonly ids: ReadonlySet<number>;
  /** Lexicons a prefix of which the end of the text leaves unfinished. */
  readonly open: ReadonlySet<number>;
}

/** Which registered lexicons could match somewhere in `text` (folded). */
export function lexiconHits(text: string): LexiconHits {
  return { version: lexiconCount, ...INDEX.scan(text) };
}

/**
 * Whether lexicon `re` can be tested on texts joined by line breaks one text at a time (see
 * DocumentView.lexiconInJoined): it is a lexicon, its phrases see nothing beyond a match but the
 * characters next to it (which a line break and a text's end show alike), and none of its
 * prefixes starts with white space (so no match starts at a line break itself).
 */
export function joinSafe(re: RegExp): boolean {
  const id = LEXICON_IDS.get(re);
  return id !== undefined && !STARTS_WITH_SPACE.has(id) && !LOOKS_PAST_EDGES.has(id);
}

/**
 * Whether a match of lexicon `id` could start in a text and run on past its end, into text joined
 * after it with a line break: only if one of its prefixes starts in the text and either ends there
 * (`ids`) or is left unfinished by the text's end (`open`).
 */
export function prefixMayRunPastEnd(hits: LexiconHits, id: number): boolean {
  return hits.ids.has(id) || hits.open.has(id);
}
