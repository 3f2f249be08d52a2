/**
 * Valid shapes for the fuzzers, and nearly valid ones: requests of every kind with a field
 * replaced by junk (so the junk gets past the message kind to each field's own check) and
 * settings objects of every valid form.
 */
import fc from 'fast-check';
import { RULES } from '../../src/rules/registry';
import { CATEGORIES, SEVERITIES } from '../../src/rules/types';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';
import { MODES, OWN_NAME, PROFESSIONS, SETTINGS_VERSION, type Settings } from '../../src/shared/settings';
import { defineOwn, junk, key } from './junk';

/** A junk value, or a valid request with one field replaced by junk (so the union is passed). */
export const VALID_REQUESTS: Array<Record<string, unknown>> = [
  { kind: 'checkDraft', v: PROTOCOL_VERSION, draftId: 'd1', platform: 'x', text: 'NHS no 463 030 8245' },
  { kind: 'draftClosed', v: PROTOCOL_VERSION, draftId: 'd1' },
  { kind: 'setRuleOverride', v: PROTOCOL_VERSION, platform: 'x', ruleId: RULES[0]?.id, enabled: false },
  {
    kind: 'draftState',
    v: PROTOCOL_VERSION,
    platform: 'linkedin',
    hasText: true,
    checker: 'ready',
    findings: [{ ruleId: 'r', category: 'advice', severity: 'warning', message: 'm', guidance: [] }],
  },
  { kind: 'getSettings', v: PROTOCOL_VERSION },
  { kind: 'setSettings', v: PROTOCOL_VERSION, settings: {} },
  { kind: 'resetSettings', v: PROTOCOL_VERSION },
  { kind: 'getPopupState', v: PROTOCOL_VERSION, tabId: 3 },
];

export const nearlyValidRequest: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...VALID_REQUESTS),
    // A field the schema reads (by index), so the junk reaches its check; or any key at all.
    fc.array(fc.tuple(fc.oneof(fc.nat(), key), junk), { minLength: 1, maxLength: 3 }),
  )
  .map(([valid, changes]) => {
    const message = structuredClone(valid);
    const fields = Object.keys(message);
    for (const [field, value] of changes) {
      defineOwn(message, typeof field === 'number' ? (fields[field % fields.length] as string) : field, value);
    }
    return message;
  });

export const request: fc.Arbitrary<unknown> = fc.oneof(junk, nearlyValidRequest);

// --- settings ---

const RULE_IDS = RULES.map((r) => r.id);
/** What the schema keeps as is: trimmed, 1 to 100 characters. */
const term = fc.string({ minLength: 1, maxLength: 100 }).filter((t) => t.trim() === t && t.length > 0);
const platformSettings = fc.record({
  mode: fc.constantFrom(...MODES),
  nudgeAt: fc.constantFrom('warning' as const, 'error' as const),
  categories: fc.dictionary(fc.constantFrom(...CATEGORIES), fc.record({ enabled: fc.boolean() }), { maxKeys: 4 }),
  rules: fc.dictionary(
    fc.constantFrom(...RULE_IDS),
    fc.record({ enabled: fc.boolean(), severity: fc.constantFrom(...SEVERITIES) }, { requiredKeys: [] }),
    { maxKeys: 6 },
  ),
});
const account = fc.record({
  name: fc.string({ maxLength: 100 }).map((s) => s.trim()),
  ownName: fc.constantFrom(...OWN_NAME),
});

/** Any valid settings object (the schema accepts it as it is). */
export const validSettings: fc.Arbitrary<Settings> = fc
  .record({
    version: fc.constant(SETTINGS_VERSION),
    platforms: fc.record({ x: platformSettings, facebook: platformSettings, linkedin: platformSettings }),
    profile: fc.record({
      profession: fc.constantFrom(...PROFESSIONS),
      accounts: fc.record({ x: account, facebook: account, linkedin: account }),
    }),
    customTerms: fc.record({
      identifying: fc.array(term, { maxLength: 5 }),
      ignore: fc.array(term, { maxLength: 5 }),
    }),
  })
  // Plain objects, as storage and messages hand back (fast-check also makes null-prototype ones).
  .map((settings) => JSON.parse(JSON.stringify(settings)) as Settings);
