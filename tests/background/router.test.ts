import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineHost, MAX_OPEN_DRAFTS } from '../../src/background/engine-host';
import { handleMessage as route, type RouterDeps, type Sender } from '../../src/background/router';
import { TabStates } from '../../src/background/tab-state';
import { PROTOCOL_VERSION, type CheckDraftResult, type Envelope } from '../../src/shared/protocol';
import { defaultSettings, SETTINGS_VERSION, type Settings } from '../../src/shared/settings';

const EXTENSION_ID = 'second-look-test';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const deps = (overrides: Partial<RouterDeps> = {}, settings: Settings = defaultSettings()): RouterDeps => ({
  extensionId: EXTENSION_ID,
  extensionOrigin: ORIGIN,
  host: new EngineHost(),
  tabs: new TabStates(),
  getSettings: () => settings,
  getOwnSettings: async () => ({ settings, locks: [] }),
  updateSettings: async (change) => change(settings),
  replaceSettings: async (next) => void Object.assign(settings, structuredClone(next)),
  resetSettings: async () => void Object.assign(settings, defaultSettings()),
  setBadge: () => undefined,
  ...overrides,
});
/** The checkDraft tests read a check's reply. */
const handleMessage = (message: unknown, sender: Sender, d: RouterDeps) =>
  route(message, sender, d) as Promise<Envelope<CheckDraftResult>>;
const fromTab = { id: EXTENSION_ID, url: 'https://x.com/home', tab: { id: 7 }, frameId: 0 };
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

const fromOptions = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };
/** An extension page opened in a tab (the options page opens in one) is still an extension page. */
const fromOptionsTab = { ...fromOptions, tab: { id: 3 } };
const ui = (kind: string, extra: Record<string, unknown> = {}) => ({ kind, v: PROTOCOL_VERSION, ...extra });
const finding = (severity: 'info' | 'warning' | 'error', category = 'patient-identifier') => ({
  ruleId: 'patient-identifier/health-number',
  category,
  severity,
  message: 'An NHS number identifies a patient.',
  suggestion: '[NHS number removed]',
  guidance: ['gmc-social-media-2024-p18'],
});
const state = (extra: Record<string, unknown> = {}) =>
  ui('draftState', { draftId: 'c1', platform: 'x', hasText: true, checker: 'ready', findings: [], ...extra });

describe('background router: settings from the extension pages', () => {
  it('gets the settings with the rule list from the registry', async () => {
    const reply = await route(ui('getSettings'), fromOptionsTab, deps());
    if (!reply.ok || !reply.data || !('rules' in reply.data)) throw new Error('expected a settings view');
    expect(reply.data.rules.map((r) => r.id)).toContain('patient-identifier/health-number');
    expect(reply.data.rules.every((r) => r.summary.length > 0)).toBe(true);
    expect(reply.data.settings).toEqual(defaultSettings());
  });

  it('replaces the whole object when it is valid', async () => {
    const settings = defaultSettings();
    const next = defaultSettings();
    next.platforms.linkedin.mode = 'inline';
    next.customTerms.identifying = ['Kestrel Ward'];
    const reply = await route(ui('setSettings', { settings: next }), fromOptions, deps({}, settings));
    expect(reply.ok).toBe(true);
    expect(settings.platforms.linkedin.mode).toBe('inline');
    expect(settings.customTerms.identifying).toEqual(['Kestrel Ward']);
  });

  /** A settings object to spoil, typed loosely on purpose: it is what a bad import file holds. */
  type Loose = { version: unknown; profile?: unknown; platforms: Record<string, { mode: unknown; rules: object }> };
  it.each([
    ['a bad mode', (s: Loose) => (s.platforms['x']!.mode = 'shout'), 'platforms.x.mode'],
    [
      'an unknown rule',
      (s: Loose) => Object.assign(s.platforms['x']!.rules, { 'made/up': {} }),
      'platforms.x.rules.made/up',
    ],
    ['a missing profile', (s: Loose) => delete s.profile, 'profile'],
    ['an old version', (s: Loose) => (s.version = 0), 'version'],
  ])('rejects an import with %s, naming the field, and changes nothing', async (_, spoil, field) => {
    const settings = defaultSettings();
    const before = structuredClone(settings);
    const bad = structuredClone(settings) as unknown as Loose;
    spoil(bad);
    bad.platforms['facebook']!.mode = 'inline'; // a valid change alongside must not be applied either
    const reply = await route(ui('setSettings', { settings: bad }), fromOptions, deps({}, settings));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    if (!reply.ok) expect(reply.error.message.startsWith(`${field}:`)).toBe(true);
    expect(settings).toEqual(before);
  });

  it('imports a settings file from an older version, migrated', async () => {
    const settings = defaultSettings();
    const v1File = JSON.parse(readFileSync(new URL('../shared/fixtures/settings-v1.json', import.meta.url), 'utf8'));
    const reply = await route(ui('setSettings', { settings: v1File }), fromOptions, deps({}, settings));
    expect(reply.ok).toBe(true);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.platforms.linkedin.mode).toBe('off');
    expect(settings.profile.accounts.x).toEqual({ name: 'Dr Priya Shah', ownName: 'unset' });
  });

  it('resets to defaults', async () => {
    const settings = defaultSettings();
    settings.platforms.x.mode = 'off';
    const reply = await route(ui('resetSettings'), fromOptions, deps({}, settings));
    expect(reply.ok).toBe(true);
    expect(settings).toEqual(defaultSettings());
  });

  it.each([
    ['a web page', { id: EXTENSION_ID, url: 'https://x.com/home', tab: { id: 7 } }],
    ['a sender without an address', { id: EXTENSION_ID }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/options.html' }],
  ])('refuses settings messages from %s', async (_, sender) => {
    const settings = defaultSettings();
    for (const message of [
      ui('getSettings'),
      ui('setSettings', {
        settings: { ...defaultSettings(), profile: { ...defaultSettings().profile, profession: 'nurse' } },
      }),
      ui('resetSettings'),
      ui('getPopupState', { tabId: 7 }),
    ]) {
      const reply = await route(message, sender, deps({}, settings));
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } });
    }
    expect(settings).toEqual(defaultSettings());
  });
});

describe('background router: draft state, badge and popup', () => {
  it('counts findings at warning or above on the badge, and clears it when the draft is emptied', async () => {
    const badges: Array<[number, number]> = [];
    const d = deps({ setBadge: (tab, count) => badges.push([tab, count]) });
    await route(state({ findings: [finding('error'), finding('warning'), finding('info')] }), fromTab, d);
    await route(state({ hasText: false }), fromTab, d);
    expect(badges).toEqual([
      [7, 2],
      [7, 0],
    ]);
  });

  it('clears the badge when the draft is closed (sent)', async () => {
    const badges: number[] = [];
    const d = deps({ setBadge: (_, count) => badges.push(count) });
    await route(state({ findings: [finding('error')] }), fromTab, d);
    await route(ui('draftClosed', { draftId: 'c1' }), fromTab, d);
    expect(badges).toEqual([1, 0]);
  });

  it('shows the popup the platform, counts by category, findings and citations, without draft text', async () => {
    const d = deps();
    await route(state({ findings: [finding('error'), finding('warning', 'emotive')] }), fromTab, d);
    const reply = await route(ui('getPopupState', { tabId: 7 }), fromOptions, d);
    if (!reply.ok || !reply.data || !('status' in reply.data)) throw new Error('expected popup state');
    const popup = reply.data;
    if (popup.status !== 'supported' || !popup.draft) throw new Error('expected a draft');
    expect(popup.platform).toBe('x');
    expect(popup.policy).toEqual({ mode: 'nudge', nudgeAt: 'warning' });
    expect(popup.draft.counts).toEqual({ 'patient-identifier': 1, emotive: 1 });
    expect(popup.draft.citations['gmc-social-media-2024-p18']?.label).toContain('para 18');
    expect(Object.keys(popup.draft.findings[0] ?? {}).sort()).toEqual(
      ['category', 'guidance', 'message', 'ruleId', 'severity', 'suggestion'].sort(),
    );
  });

  it('says "unsupported" for a tab no content script reported from, and "no draft" before typing', async () => {
    const d = deps();
    expect(await route(ui('getPopupState', { tabId: 99 }), fromOptions, d)).toEqual({
      ok: true,
      data: { status: 'unsupported' },
    });
    await route(state({ draftId: undefined, hasText: false, checker: 'starting' }), fromTab, d);
    const reply = await route(ui('getPopupState', { tabId: 7 }), fromOptions, d);
    expect(reply).toMatchObject({ ok: true, data: { status: 'supported', draft: null, checker: 'starting' } });
  });

  it('a new page in the tab forgets what the old one reported', async () => {
    const d = deps();
    await route(state({ findings: [finding('error')] }), fromTab, d);
    await route(state({ draftId: undefined, hasText: false, checker: 'starting' }), fromTab, d);
    expect(d.tabs.badgeCount(7)).toBe(0);
  });

  it.each([
    ['with the draft text smuggled in', state({ text: 'NHS no 463 030 8245' })],
    ['with offsets', state({ findings: [{ ...finding('error'), start: 0, end: 4 }] })],
  ])('keeps only the declared fields of a report %s', async (_, message) => {
    const d = deps();
    await route(message, fromTab, d);
    const reply = await route(ui('getPopupState', { tabId: 7 }), fromOptions, d);
    expect(JSON.stringify(reply)).not.toMatch(/463 030|"start"|"text"/);
  });

  it('refuses a draft report that does not come from a tab', async () => {
    expect(await route(state(), { id: EXTENSION_ID }, deps())).toMatchObject({ ok: false });
  });
});

describe('background router: a worker that slept', () => {
  it('asks the tab to report again instead of calling it unsupported', async () => {
    const d = deps();
    d.requestReport = async (tabId) => {
      // The content script answers by reporting, as it does in the browser.
      setTimeout(() => void route(state({ findings: [finding('error')] }), { ...fromTab, tab: { id: tabId } }, d), 30);
      return true;
    };
    const reply = await route(ui('getPopupState', { tabId: 7 }), fromOptions, d);
    expect(reply).toMatchObject({ ok: true, data: { status: 'supported', platform: 'x' } });
  });

  it('calls a tab with no content script unsupported', async () => {
    const reply = await route(
      ui('getPopupState', { tabId: 7 }),
      fromOptions,
      deps({ requestReport: async () => false }),
    );
    expect(reply).toEqual({ ok: true, data: { status: 'unsupported' } });
  });
});
