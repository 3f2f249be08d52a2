/**
 * The message and settings schemas on random junk: a clear error or a safe repaired value, never
 * an exception and never a change to a built-in prototype. Repair is idempotent and keeps every
 * valid field of a corrupted object. FUZZ_SCHEMA_RUNS sets the count; FUZZ_SEED replays.
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import * as z from 'zod/mini';
import { PLATFORMS } from '../../src/rules/types';
import { CheckDraftResult, envelope, PopupState, Request, SettingsView } from '../../src/shared/protocol';
import { readSettingsFile, repairSettings, Settings } from '../../src/shared/settings';
import { request, VALID_REQUESTS, validSettings } from './arbitraries';
import { assertNoPollution, defineOwn, junk, key, prototypeSnapshot } from './junk';
import { describeFailure, replayParameters } from './report';

const RUNS = Number(process.env['FUZZ_SCHEMA_RUNS'] ?? 300);
/** Per test: generous, as the machine may be shared; a normal run takes a second or two. */
const TIMEOUT_MS = 60_000;

function run<Ts>(name: string, property: fc.IProperty<Ts>, numRuns = RUNS): void {
  const details = fc.check(property, { numRuns, ...replayParameters() });
  const failure = describeFailure(name, details, 'npx vitest run tests/fuzz/schemas.test.ts');
  if (failure) throw new Error(failure);
}

/** A zod failure a person can act on: at least one issue, each with a message and a path. */
function assertClearError(error: z.core.$ZodError): void {
  assert.ok(error.issues.length > 0, 'a failed parse names at least one issue');
  for (const issue of error.issues) {
    assert.equal(typeof issue.message, 'string');
    assert.ok(issue.message.length > 0, 'every issue has a message');
    assert.ok(Array.isArray(issue.path), 'every issue has a path');
  }
}

describe('message schemas on junk', () => {
  it(
    'parse every request with a clear error or a valid value, never throwing or polluting',
    () => {
      const before = prototypeSnapshot();
      run(
        'protocol-request',
        fc.property(request, (message) => {
          const parsed = Request.safeParse(message);
          if (parsed.success) assert.ok(VALID_REQUESTS.some((v) => v['kind'] === parsed.data.kind));
          else assertClearError(parsed.error);
          assertNoPollution(before);
        }),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'parse replies (results, popup state, settings view, envelopes) without throwing',
    () => {
      const before = prototypeSnapshot();
      const schemas = [CheckDraftResult, PopupState, SettingsView, envelope(CheckDraftResult), envelope(z.null())];
      run(
        'protocol-reply',
        fc.property(junk, fc.constantFrom(...schemas.keys()), (value, i) => {
          const parsed = (schemas[i] as (typeof schemas)[number]).safeParse(value);
          if (!parsed.success) assertClearError(parsed.error);
          assertNoPollution(before);
        }),
      );
    },
    TIMEOUT_MS,
  );
});

type Path = readonly string[];

/** The fields repair keeps or replaces one by one: a rule override or a term list is one field. */
function fieldsOf(settings: Settings): Path[] {
  const fields: Path[] = [
    ['profile', 'profession'],
    ['customTerms', 'identifying'],
    ['customTerms', 'ignore'],
  ];
  for (const p of PLATFORMS) {
    const platform = settings.platforms[p];
    fields.push(['platforms', p, 'mode'], ['platforms', p, 'nudgeAt']);
    for (const c of Object.keys(platform.categories)) fields.push(['platforms', p, 'categories', c]);
    for (const id of Object.keys(platform.rules)) fields.push(['platforms', p, 'rules', id]);
    fields.push(['profile', 'accounts', p, 'name'], ['profile', 'accounts', p, 'ownName']);
  }
  return fields;
}

/** Every path to a node of a plain JSON-like value, parents before children. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((k) => [
    [...prefix, k],
    ...pathsOf((value as Record<string, unknown>)[k], [...prefix, k]),
  ]);
}

function get(value: unknown, path: Path): unknown {
  let at = value;
  for (const k of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[k] : undefined;
  return at;
}

const related = (a: Path, b: Path) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).every((k, i) => k === b[i]);
};

/** A valid object with some nodes replaced by junk and some junk keys added. */
const corrupted = fc
  .record({
    settings: validSettings,
    replace: fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 4 }),
    add: fc.array(fc.tuple(fc.nat(), key, junk), { maxLength: 3 }),
  })
  .map(({ settings, replace, add }) => {
    const original = structuredClone(settings);
    const stored: unknown = structuredClone(settings);
    const paths = pathsOf(original);
    const replaced: Path[] = [];
    for (const [i, value] of replace) {
      const path = paths[i % paths.length] as Path;
      // A version of exactly 1 is a different claim (migrate from v1), tested elsewhere.
      if (path.length === 1 && path[0] === 'version' && value === 1) continue;
      // Inside what an earlier replacement put there, the path no longer names a settings field
      // (and the junk may be a typed array, which refuses most numeric keys).
      if (replaced.some((r) => r.length < path.length && r.every((step, j) => step === path[j]))) continue;
      const parent = get(stored, path.slice(0, -1));
      if (typeof parent !== 'object' || parent === null) continue;
      defineOwn(parent, path[path.length - 1] as string, value);
      replaced.push(path);
    }
    for (const [i, k, value] of add) {
      const path = paths[i % paths.length] as Path;
      const parent = get(stored, path.slice(0, -1));
      // Keys the schema does not know (a real field name would be a replacement, not an addition).
      if (typeof parent === 'object' && parent !== null) defineOwn(parent, `${k}~extra`, value);
    }
    return { original, stored, replaced };
  });

describe('settings schema and repair on junk', () => {
  it(
    'repairs any junk into valid settings, idempotently, without throwing or polluting',
    () => {
      const before = prototypeSnapshot();
      run(
        'settings-repair',
        fc.property(junk, (stored) => {
          const repaired = repairSettings(stored);
          assert.ok(Settings.safeParse(repaired.settings).success, 'repair gives valid settings');
          assert.ok(repaired.problems.every((p) => typeof p === 'string'));
          // What storage would hand back the next time: the same, with nothing left to repair.
          const again = repairSettings(structuredClone(repaired.settings));
          assert.deepEqual(again.settings, repaired.settings, 'repair is idempotent');
          assert.deepEqual(again.problems, [], 'repaired settings need no repair');
          assert.deepEqual(JSON.parse(JSON.stringify(repaired.settings)), repaired.settings, 'plain JSON data');
          assertNoPollution(before);
        }),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'keeps every valid field of a corrupted object, and reports problems only where it was corrupted',
    () => {
      const before = prototypeSnapshot();
      run(
        'settings-keep',
        fc.property(corrupted, ({ original, stored, replaced }) => {
          const { settings, problems } = repairSettings(stored);
          assert.ok(Settings.safeParse(settings).success);
          for (const field of fieldsOf(original)) {
            if (replaced.some((path) => related(path, field))) continue;
            assert.deepEqual(get(settings, field), get(original, field), `kept ${field.join('.')}`);
          }
          // A problem is only ever reported where something was corrupted or added.
          for (const problem of problems) {
            const path = problem.split('.');
            assert.ok(
              problem.includes('~extra') || replaced.some((p) => related(p, path)),
              `reported ${problem}, which was not corrupted`,
            );
          }
          assertNoPollution(before);
        }),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads a settings file all or nothing: valid settings or a named field and reason',
    () => {
      const before = prototypeSnapshot();
      run(
        'settings-file',
        fc.property(
          fc.oneof(
            junk,
            corrupted.map((c) => c.stored),
            validSettings,
          ),
          (file) => {
            const read = readSettingsFile(file);
            if (read.ok) assert.ok(Settings.safeParse(read.settings).success, 'an accepted file gives valid settings');
            else {
              assert.ok(read.field.length > 0 && read.reason.length > 0, 'a refusal names the field and why');
            }
            const parsed = Settings.safeParse(file);
            if (!parsed.success) assert.ok(parsed.error.issues.length > 0);
            assertNoPollution(before);
          },
        ),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'accepts every valid settings object unchanged',
    () => {
      run(
        'settings-valid',
        fc.property(validSettings, (settings) => {
          const read = readSettingsFile(structuredClone(settings));
          assert.ok(read.ok, 'a valid file is accepted');
          assert.deepEqual(read.settings, settings);
          const { settings: repaired, problems } = repairSettings(structuredClone(settings));
          assert.deepEqual(problems, []);
          for (const field of fieldsOf(settings)) assert.deepEqual(get(repaired, field), get(settings, field));
        }),
      );
    },
    TIMEOUT_MS,
  );
});
