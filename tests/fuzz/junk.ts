/**
 * Junk for the schema fuzzers: anything JSON or structured clone can carry (what storage and
 * runtime messages hand back), with keys that target prototype pollution and the schemas' own
 * field names, so some junk is nearly valid.
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';

export const POLLUTING_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
];

const SCHEMA_KEYS = [
  'version',
  'platforms',
  'x',
  'facebook',
  'linkedin',
  'mode',
  'nudgeAt',
  'rules',
  'categories',
  'enabled',
  'severity',
  'profile',
  'profession',
  'accounts',
  'name',
  'ownName',
  'customTerms',
  'identifying',
  'ignore',
  'kind',
  'v',
  'text',
  'draftId',
  'platform',
  'findings',
  'settings',
  'tabId',
];

export const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...POLLUTING_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom(...SCHEMA_KEYS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
);

/** Odd leaves: wrong types, extreme numbers, huge and hostile strings. */
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      null,
      undefined,
      true,
      0,
      -0,
      1,
      2,
      -1,
      NaN,
      Infinity,
      -Infinity,
      Number.MAX_SAFE_INTEGER + 2,
      '',
      'nudge',
      'x',
      'doctor',
      'error',
      'patient-identifier/health-number',
      '__proto__',
      '\uD800',
    ),
  },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  // 0.8 to 2.4 million UTF-16 units: past every length limit, including a draft's.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => '😀'.repeat(n * 400_000)) },
  { weight: 2, arbitrary: fc.bigInt() },
  { weight: 2, arbitrary: fc.double() },
);

/** Anything, with the keys and leaves above mixed in, and objects that own a `__proto__` key. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key,
    values: [leaf],
    maxDepth: 5,
    maxKeys: 6,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  // JSON.parse makes "__proto__" an own key (as storage and messages can), not the prototype.
  fc
    .tuple(fc.json(), fc.constantFrom(...POLLUTING_KEYS))
    .map(([json, k]) => JSON.parse(`{"${k}": {"polluted": true, "enabled": false}, "nested": {"${k}": ${json}}}`)),
);

/** Sets `value` at `key` as an own property, even for "__proto__". */
export function defineOwn(target: object, k: string, value: unknown): void {
  Object.defineProperty(target, k, { value, enumerable: true, configurable: true, writable: true });
}

const PROTOTYPES: ReadonlyArray<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

/** The own keys of the built-in prototypes, to compare before and after a run. */
export function prototypeSnapshot(): string[] {
  return PROTOTYPES.flatMap(([name, proto]) => Reflect.ownKeys(proto).map((k) => `${name}.${String(k)}`)).sort();
}

/** Nothing was added to a built-in prototype, and a fresh object still has no inherited keys. */
export function assertNoPollution(before: readonly string[]): void {
  assert.deepEqual(prototypeSnapshot(), before, 'a built-in prototype changed');
  const inherited: string[] = [];
  for (const k in {}) inherited.push(k);
  assert.deepEqual(inherited, [], 'a fresh object inherits enumerable keys');
}
