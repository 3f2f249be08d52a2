/**
 * Answers messages from content scripts and extension pages. Every message is parsed with zod
 * and the sender checked; replies are envelopes, never thrown errors. Draft text is never logged.
 */
import { citation } from '../rules/guidance';
import { RULES } from '../rules/registry';
import {
  Request,
  UI_KINDS,
  type CheckDraftResult,
  type Envelope,
  type Lock,
  type PopupState,
  type SettingsView,
} from '../shared/protocol';
import { engineSettingsFor, readSettingsFile, type Settings } from '../shared/settings';
import type { EngineHost } from './engine-host';
import type { TabStates } from './tab-state';

export interface Sender {
  id?: string;
  /** The sending document's address: an extension page's starts with the extension's origin. */
  url?: string;
  tab?: { id?: number };
  /** 0 for a tab's top frame. */
  frameId?: number;
}

export interface RouterDeps {
  extensionId: string;
  /** e.g. `chrome-extension://<id>`: the origin of the extension's own pages. */
  extensionOrigin: string;
  host: EngineHost;
  tabs: TabStates;
  /** The settings that apply: the user's with the employer's policy laid over them. */
  getSettings(): Promise<Settings> | Settings;
  /** The user's own settings (before policy) and the policy's locks. */
  getOwnSettings(): Promise<{ settings: Settings; locks: Lock[] }>;
  updateSettings(change: (settings: Settings) => void): Promise<void>;
  replaceSettings(settings: Settings): Promise<void>;
  resetSettings(): Promise<void>;
  /** Shows `count` on the toolbar button for `tabId` (empty for 0). */
  setBadge(tabId: number, count: number): void;
  /**
   * Asks a tab's content script to report its drafts again; false if none answers. A worker that
   * slept has forgotten every tab, and a popup must not then call X "not supported".
   */
  requestReport?(tabId: number): Promise<boolean>;
}

export type Reply = Envelope<CheckDraftResult> | Envelope<null> | Envelope<SettingsView> | Envelope<PopupState>;

/** How long the popup's question waits for a woken tab's reports. */
const REPORT_WAIT_MS = 500;

const RULE_INFO = RULES.map((r) => ({
  id: r.id,
  category: r.meta.category,
  defaultSeverity: r.meta.defaultSeverity,
  summary: r.meta.summary,
}));

export async function handleMessage(message: unknown, sender: Sender, deps: RouterDeps): Promise<Reply> {
  if (sender.id !== deps.extensionId) {
    return {
      ok: false,
      error: { code: 'forbiddenSender', message: 'Messages are accepted from this extension only.' },
    };
  }
  const parsed = Request.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(`${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}`);
  }
  const request = parsed.data;
  if (UI_KINDS.has(request.kind) && !isExtensionPage(sender, deps.extensionOrigin)) {
    return {
      ok: false,
      error: { code: 'forbiddenSender', message: 'Settings are read and changed from the extension pages only.' },
    };
  }
  const tabId = sender.tab?.id;
  // The tab id keeps two tabs' compose boxes apart even if their page-made ids collide.
  const draftKey = (draftId: string) => `${sender.tab?.id ?? 'page'}:${draftId}`;
  try {
    switch (request.kind) {
      case 'checkDraft': {
        const settings = await deps.getSettings();
        const platform = settings.platforms[request.platform];
        const policy = { mode: platform.mode, nudgeAt: platform.nudgeAt };
        if (platform.mode === 'off') {
          deps.host.forget(draftKey(request.draftId));
          return { ok: true, data: { findings: [], citations: {}, checkedLength: 0, truncated: false, policy } };
        }
        const result = deps.host.check(
          draftKey(request.draftId),
          request.text,
          request.platform,
          engineSettingsFor(settings, request.platform),
        );
        const ids = new Set(result.findings.flatMap((f) => f.guidance));
        const citations = Object.fromEntries([...ids].map((id) => [id, citation(id)]));
        return { ok: true, data: { ...result, citations, policy } };
      }
      case 'draftClosed':
        deps.host.forget(draftKey(request.draftId));
        if (tabId !== undefined) deps.setBadge(tabId, deps.tabs.closed(tabId, request.draftId));
        return { ok: true, data: null };
      case 'setRuleOverride':
        await deps.updateSettings((settings) => {
          const rules = settings.platforms[request.platform].rules;
          rules[request.ruleId] = { ...rules[request.ruleId], enabled: request.enabled };
        });
        return { ok: true, data: null };
      case 'draftState':
        if (tabId === undefined) return invalid('draftState: only a tab can report a draft');
        deps.setBadge(tabId, deps.tabs.report(tabId, request, sender.frameId === 0));
        return { ok: true, data: null };
      case 'getSettings':
        return { ok: true, data: await settingsView(deps) };
      case 'setSettings': {
        // The options page's own edits and imported files alike: an older file is migrated.
        const read = readSettingsFile(request.settings);
        if (!read.ok) return invalid(`${read.field}: ${read.reason}`);
        await deps.replaceSettings(read.settings);
        return { ok: true, data: await settingsView(deps) };
      }
      case 'resetSettings':
        await deps.resetSettings();
        return { ok: true, data: await settingsView(deps) };
      case 'getPopupState':
        return { ok: true, data: await popupState(request.tabId, deps) };
    }
  } catch (error) {
    // The error's name only: a message could quote the draft.
    return { ok: false, error: { code: 'internal', message: `The checker failed (${(error as Error).name}).` } };
  }
}

function invalid(message: string): { ok: false; error: { code: 'invalidRequest'; message: string } } {
  return { ok: false, error: { code: 'invalidRequest', message } };
}

/** An extension page (popup, options, welcome), also when opened in a tab; never a web page. */
function isExtensionPage(sender: Sender, origin: string): boolean {
  // A prefix test: WHATWG URL gives non-web schemes such as chrome-extension: an opaque origin.
  return !!sender.url?.startsWith(`${origin}/`);
}

async function settingsView(deps: RouterDeps): Promise<SettingsView> {
  const [{ settings, locks }, effective] = await Promise.all([deps.getOwnSettings(), deps.getSettings()]);
  return { settings, effective, locks, rules: RULE_INFO };
}

async function popupState(tabId: number, deps: RouterDeps): Promise<PopupState> {
  let tab = deps.tabs.current(tabId);
  if (!tab && (await deps.requestReport?.(tabId))) {
    // The tab has a content script and its reports are on their way: give them a moment.
    for (let waited = 0; !tab && waited < REPORT_WAIT_MS; waited += 25) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      tab = deps.tabs.current(tabId);
    }
  }
  if (!tab) return { status: 'unsupported' };
  const platform = (await deps.getSettings()).platforms[tab.platform];
  const policy = { mode: platform.mode, nudgeAt: platform.nudgeAt };
  let draft: Extract<PopupState, { status: 'supported' }>['draft'] = null;
  if (tab.draft) {
    const counts: Record<string, number> = {};
    for (const f of tab.draft.findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
    const ids = new Set(tab.draft.findings.flatMap((f) => f.guidance));
    const citations = Object.fromEntries([...ids].map((id) => [id, citation(id)]));
    draft = { findings: tab.draft.findings, counts, citations };
  }
  return { status: 'supported', platform: tab.platform, policy, checker: tab.checker, draft };
}
