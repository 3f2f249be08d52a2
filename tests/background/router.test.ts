import { describe, expect, it } from 'vitest';
import { EngineHost, MAX_OPEN_DRAFTS } from '../../src/background/engine-host';
import { handleMessage, type RouterDeps } from '../../src/background/router';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';
import { defaultSettings, type Settings } from '../../src/shared/settings';

const EXTENSION_ID = 'second-look-test';
const deps = (overrides: Partial<RouterDeps> = {}, settings: Settings = defaultSettings()): RouterDeps => ({
  extensionId: EXTENSION_ID,
  host: new EngineHost(),
  getSettings: () => settings,
  updateSettings: async (change) => change(settings),
  ...overrides,
});
const fromTab = { id: EXTENSION_ID, tab: { id: 7 } };
const request = (text: string) => ({
  kind: 'checkDraft',
  v: PROTOCOL_VERSION,
  draftId: 'composer-1',
  platform: 'x',
  text,
});

describe('background router: checkDraft', () => {
  it("answers with the engine's findings", async () => {
    const reply = await handleMessage(request('Chase the MRI for NHS no 463 030 8245'), fromTab, deps());
    if (!reply.ok || !reply.data) throw new Error('expected findings');
    expect(reply.data.findings.map((f) => f.ruleId)).toContain('patient-identifier/health-number');
    expect(reply.data.truncated).toBe(false);
  });

  it('cites guidance with labels and links, and says how the platform is set', async () => {
    const reply = await handleMessage(request('NHS no 463 030 8245'), fromTab, deps());
    if (!reply.ok || !reply.data) throw new Error('expected findings');
    expect(reply.data.citations['gmc-social-media-2024-p18']?.label).toContain('para 18');
    expect(reply.data.policy).toEqual({ mode: 'nudge', nudgeAt: 'warning' });
  });

  it('applies per-platform settings: "turn this rule off on X" stops it on X only', async () => {
    const settings = defaultSettings();
    const d = deps({}, settings);
    const off = {
      kind: 'setRuleOverride',
      v: PROTOCOL_VERSION,
      platform: 'x',
      ruleId: 'patient-identifier/health-number',
      enabled: false,
    };
    expect(await handleMessage(off, fromTab, d)).toEqual({ ok: true, data: null });
    const onX = await handleMessage(request('NHS no 463 030 8245'), fromTab, d);
    const onFacebook = await handleMessage({ ...request('NHS no 463 030 8245'), platform: 'facebook' }, fromTab, d);
    const ids = (r: typeof onX) => (r.ok && r.data ? r.data.findings.map((f) => f.ruleId) : ['failed']);
    expect(ids(onX)).not.toContain('patient-identifier/health-number');
    expect(ids(onFacebook)).toContain('patient-identifier/health-number');
  });

  it('checks nothing on a platform turned off', async () => {
    const settings = defaultSettings();
    settings.platforms.x.mode = 'off';
    const reply = await handleMessage(request('NHS no 463 030 8245'), fromTab, deps({}, settings));
    expect(reply.ok && reply.data?.findings).toEqual([]);
  });

  it.each([
    ['no kind', { text: 'hi' }],
    ['an unknown kind', { kind: 'deleteEverything' }],
    ['an old protocol version', { ...request('hi'), v: 0 }],
    ['an unknown platform', { ...request('hi'), platform: 'myspace' }],
    ['a text that is not a string', { ...request('hi'), text: 42 }],
    ['a draft over the size limit', request('x'.repeat(1_000_001))],
    ['a rule override without a rule', { kind: 'setRuleOverride', v: PROTOCOL_VERSION, platform: 'x', enabled: false }],
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
      getSettings: () => {
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
