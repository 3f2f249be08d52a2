import { describe, expect, it } from 'vitest';
import { EngineHost, MAX_OPEN_DRAFTS } from '../../src/background/engine-host';
import { handleMessage, type RouterDeps } from '../../src/background/router';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';

const EXTENSION_ID = 'second-look-test';
const deps = (overrides: Partial<RouterDeps> = {}): RouterDeps => ({
  extensionId: EXTENSION_ID,
  host: new EngineHost(),
  settingsFor: () => ({}),
  ...overrides,
});
const fromTab = { id: EXTENSION_ID, tab: { id: 7 } };
const request = (text: string) => ({ kind: 'checkDraft', v: PROTOCOL_VERSION, draftId: 'composer-1', platform: 'x', text });

describe('background router: checkDraft', () => {
  it("answers with the engine's findings", async () => {
    const reply = await handleMessage(request('Chase the MRI for NHS no 463 030 8245'), fromTab, deps());
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.findings.map((f) => f.ruleId)).toContain('patient-identifier/health-number');
    expect(reply.data.truncated).toBe(false);
  });

  it('applies per-platform settings: a rule turned off reports nothing', async () => {
    const off = deps({ settingsFor: () => ({ rules: { 'patient-identifier/health-number': { enabled: false } } }) });
    const reply = await handleMessage(request('NHS no 463 030 8245'), fromTab, off);
    expect(reply.ok && reply.data.findings.filter((f) => f.ruleId === 'patient-identifier/health-number')).toEqual([]);
  });

  it.each([
    ['no kind', { text: 'hi' }],
    ['an unknown kind', { kind: 'deleteEverything' }],
    ['an old protocol version', { ...request('hi'), v: 0 }],
    ['an unknown platform', { ...request('hi'), platform: 'myspace' }],
    ['a text that is not a string', { ...request('hi'), text: 42 }],
    ['a draft over the size limit', request('x'.repeat(1_000_001))],
    ['null', null],
  ])('rejects %s with a clear error, never a crash', async (_, message) => {
    const reply = await handleMessage(message, fromTab, deps());
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    if (!reply.ok) expect(reply.error.message.length).toBeGreaterThan(3);
  });

  it('refuses messages from other extensions', async () => {
    const reply = await handleMessage(request('hi'), { id: 'someone-else' }, deps());
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
  });

  it('reports an internal failure without echoing the draft', async () => {
    const failing = deps({
      settingsFor: () => {
        throw new Error('boom: NHS no 463 030 8245');
      },
    });
    const reply = await handleMessage(request('NHS no 463 030 8245'), fromTab, failing);
    expect(reply.ok).toBe(false);
    expect(JSON.stringify(reply)).not.toContain('463 030 8245');
  });
});

describe('engine host', () => {
  it('keeps a bounded number of drafts, dropping the least recently used', () => {
    const host = new EngineHost();
    for (let i = 0; i < MAX_OPEN_DRAFTS + 5; i++) host.check(`d${i}`, 'hello', 'x', {});
    expect(host.size).toBe(MAX_OPEN_DRAFTS);
  });
});
