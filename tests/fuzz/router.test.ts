/**
 * The background router on junk: any sequence of messages from any sender is answered with an
 * envelope (never a rejected promise), a foreign sender is refused, an error never quotes the
 * draft, and what the settings store writes is always valid settings, whatever it read.
 * FUZZ_SCHEMA_RUNS sets the count; FUZZ_SEED replays.
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import * as z from 'zod/mini';
import { EngineHost } from '../../src/background/engine-host';
import { handleMessage, type RouterDeps, type Sender } from '../../src/background/router';
import { SETTINGS_KEY, SettingsStore, type StorageArea } from '../../src/background/settings-store';
import { TabStates } from '../../src/background/tab-state';
import { ErrorCode, PROTOCOL_VERSION } from '../../src/shared/protocol';
import { Settings } from '../../src/shared/settings';
import { nearlyValidRequest, request, VALID_REQUESTS, validSettings } from './arbitraries';
import { assertNoPollution, junk, prototypeSnapshot } from './junk';
import { describeFailure, replayParameters } from './report';

const RUNS = Number(process.env['FUZZ_SCHEMA_RUNS'] ?? 300) / 3;
const EXTENSION_ID = 'second-look-fuzz';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;

/** What chrome.storage does: keeps a structured clone, hands back a clone. */
class MemoryArea implements StorageArea {
  constructor(readonly items: Record<string, unknown> = {}) {}
  async get(k: string): Promise<Record<string, unknown>> {
    return k in this.items ? { [k]: structuredClone(this.items[k]) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    Object.assign(this.items, structuredClone(items));
  }
}

/** The background as main.ts wires it, over storage that starts with whatever `stored` is. */
function background(stored: unknown): { deps: RouterDeps; area: MemoryArea } {
  const area = new MemoryArea(stored === undefined ? {} : { [SETTINGS_KEY]: stored });
  const store = new SettingsStore(area);
  const deps: RouterDeps = {
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    host: new EngineHost(),
    tabs: new TabStates(),
    getSettings: () => store.get(),
    getOwnSettings: async () => ({ settings: await store.get(), locks: [] }),
    updateSettings: (change) => store.update(change),
    replaceSettings: (next) => store.replace(next),
    resetSettings: () => store.reset(),
    setBadge: () => undefined,
    requestReport: async () => false,
  };
  return { deps, area };
}

const contentScript: Sender = { id: EXTENSION_ID, url: 'https://x.com/home', tab: { id: 7 }, frameId: 0 };
const optionsPage: Sender = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };
const sender: fc.Arbitrary<Sender> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(contentScript, optionsPage) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Sender>(
      { id: 'another-extension', url: `${ORIGIN}/options.html` },
      { id: EXTENSION_ID, url: `https://evil.example/${ORIGIN}/options.html`, tab: { id: 9 } },
      { id: EXTENSION_ID, url: ORIGIN }, // the origin without a page
      {},
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        id: fc.oneof(fc.constant(EXTENSION_ID), fc.string({ maxLength: 20 })),
        url: fc.oneof(fc.constant(`${ORIGIN}/popup.html`), fc.string({ maxLength: 40 })),
        tab: fc.record({ id: fc.integer() }, { requiredKeys: [] }),
        frameId: fc.integer({ min: -1, max: 5 }),
      },
      { requiredKeys: [] },
    ),
  },
);

/** Valid requests too, so the router's handlers run, not only its parsing. */
const validRequest: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...VALID_REQUESTS),
  fc
    .tuple(fc.constantFrom('x', 'facebook', 'linkedin'), fc.string({ maxLength: 60 }))
    .map(([platform, text]) => ({ kind: 'checkDraft', v: PROTOCOL_VERSION, draftId: 'd', platform, text })),
  validSettings.map((settings) => ({ kind: 'setSettings', v: PROTOCOL_VERSION, settings })),
  fc.string({ minLength: 1, maxLength: 40 }).map((ruleId) => ({
    kind: 'setRuleOverride',
    v: PROTOCOL_VERSION,
    platform: 'facebook',
    ruleId, // any string: "__proto__", "constructor" or a rule that does not exist
    enabled: false,
  })),
);
const message = fc.oneof(request, nearlyValidRequest, validRequest);

const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string().check(z.minLength(1)) }) }),
]);

describe('background router on junk', () => {
  it('answers every message with an envelope and stores only valid settings', async () => {
    const before = prototypeSnapshot();
    let answered = 0;
    const details = await fc.check(
      fc.asyncProperty(
        fc.oneof(junk, validSettings, fc.constant(undefined)),
        fc.array(fc.tuple(message, sender), { minLength: 1, maxLength: 6 }),
        async (stored, exchanges) => {
          const { deps, area } = background(stored);
          for (const [m, from] of exchanges) {
            const reply = await handleMessage(m, from, deps); // a rejection fails the property
            const parsed = Reply.safeParse(reply);
            assert.ok(parsed.success, `not an envelope: ${JSON.stringify(reply)?.slice(0, 200)}`);
            if (from.id !== EXTENSION_ID) assert.ok(!reply.ok && reply.error.code === 'forbiddenSender');
            const text = typeof m === 'object' && m !== null ? (m as { text?: unknown }).text : undefined;
            if (!reply.ok && typeof text === 'string' && text.length >= 12) {
              assert.ok(!reply.error.message.includes(text), 'an error quotes the draft');
            }
            answered++;
          }
          // The single writer never writes what it could not read back as valid settings.
          if (SETTINGS_KEY in area.items && area.items[SETTINGS_KEY] !== stored) {
            const written = Settings.safeParse(area.items[SETTINGS_KEY]);
            assert.ok(written.success, `wrote invalid settings: ${written.error?.issues[0]?.message}`);
          }
          assertNoPollution(before);
        },
      ),
      { numRuns: RUNS, ...replayParameters() },
    );
    const failure = describeFailure('router', details, 'npx vitest run tests/fuzz/router.test.ts');
    if (failure) throw new Error(failure);
    assert.ok(answered >= RUNS, 'every case sent at least one message');
  }, 120_000);
});
