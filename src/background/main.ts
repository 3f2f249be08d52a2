/** Wires the router to the browser. Kept thin so the logic stays testable without a browser. */
import { browser } from 'wxt/browser';
import { PROTOCOL_VERSION } from '../shared/protocol';
import { EngineHost } from './engine-host';
import { applyPolicy, keepOwnLockedValues, PolicyStore } from './managed-policy';
import { NavigationWatcher } from './navigation';
import { handleMessage } from './router';
import { SettingsStore } from './settings-store';
import { TabStates } from './tab-state';
import { CHECK_ANSWER_MEASURE, LISTENING_MARK } from './timing';
import { warmUp } from './warm-up';

const BADGE_COLOUR = '#b3261e';

export function startBackground(): void {
  const host = new EngineHost();
  const tabs = new TabStates();
  const settings = new SettingsStore(browser.storage.sync, browser.storage.onChanged);
  const policy = new PolicyStore(browser.storage.managed, browser.storage.onChanged);
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  const resolved = async () => applyPolicy(await settings.get(), await policy.get());

  /** Messages being answered now; warm-up stands aside for them. */
  let answering = 0;
  let warming = false;
  // Registered synchronously at start-up so a woken service worker receives the waking message.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const received = performance.now();
    answering++;
    // Warm up only once someone talks to us: tab events wake the worker for every page in the
    // browser, and those wakes should not pay for compiling every rule.
    if (!warming) {
      warming = true;
      // Compile every rule's expressions and load compromise's lexicon before the next keystroke,
      // in slices that let the message which woke the worker be answered first.
      void warmUp({ busy: () => answering > 0 });
    }
    return handleMessage(message, sender, {
      extensionId: browser.runtime.id,
      extensionOrigin,
      host,
      tabs,
      getSettings: async () => (await resolved()).effective,
      getOwnSettings: async () => ({ settings: await settings.get(), locks: (await resolved()).locks }),
      updateSettings: (change) => settings.update(change),
      replaceSettings: async (next) => {
        const { locks } = await resolved();
        await settings.replace(keepOwnLockedValues(next, await settings.get(), locks));
      },
      resetSettings: () => settings.reset(),
      setBadge,
      requestReport,
    }).finally(() => {
      answering--;
      if ((message as { kind?: unknown } | null)?.kind !== 'checkDraft') return;
      try {
        // Only the latest, so a long session does not pile entries up.
        performance.clearMeasures(CHECK_ANSWER_MEASURE);
        performance.measure(CHECK_ANSWER_MEASURE, { start: received, end: performance.now() });
      } catch {
        // Timing is for developers: it must never turn an answer into an error.
      }
    });
  });

  // MV2 builds (Firefox's default) have browserAction: WXT converts the manifest key, not the API,
  // and touching the missing browser.action would stop this function before the listeners below.
  const action = browser.action ?? browser.browserAction;
  function setBadge(tabId: number, count: number): void {
    const text = count > 0 ? String(Math.min(count, 99)) : '';
    // A tab that closed in the meantime is not an error worth reporting.
    action.setBadgeText({ tabId, text }).catch(() => undefined);
  }
  action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => undefined);

  function requestReport(tabId: number): Promise<boolean> {
    return browser.tabs.sendMessage(tabId, { kind: 'reportState', v: PROTOCOL_VERSION }).then(
      () => true,
      () => false, // no content script in that tab: not a supported site
    );
  }

  // A tab that moves to another page drops the old page's draft from the popup and the badge.
  const navigation = new NavigationWatcher({ tabs, setBadge, requestReport });
  browser.tabs.onUpdated.addListener((tabId, change) => void navigation.statusChanged(tabId, change.status));

  // Changed settings (the user's or the employer's) apply to open tabs at once: they check again.
  // Every tab is told, not only those that have messaged this worker: a worker that slept and
  // was woken by the options page knows of none. Tabs without our content script just refuse.
  const broadcast = () => {
    void browser.tabs.query({}).then((all) => {
      for (const { id } of all) {
        if (id === undefined) continue;
        browser.tabs.sendMessage(id, { kind: 'settingsChanged', v: PROTOCOL_VERSION }).catch(() => undefined);
      }
    });
  };
  settings.onChange(broadcast);
  policy.onChange(broadcast);
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.forgetTab(tabId);
    navigation.tabClosed(tabId);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Everything above ran: the script is loaded, evaluated and listening.
  performance.mark(LISTENING_MARK);
}
