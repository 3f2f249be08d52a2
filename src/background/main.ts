/** Wires the router to the browser. Kept thin so the logic stays testable without a browser. */
import { browser } from 'wxt/browser';
import { PROTOCOL_VERSION } from '../shared/protocol';
import { EngineHost } from './engine-host';
import { handleMessage } from './router';
import { SettingsStore } from './settings-store';
import { warmUp } from './warm-up';

export function startBackground(): void {
  const host = new EngineHost();
  const settings = new SettingsStore(browser.storage.sync, browser.storage.onChanged);
  const tabsWithDrafts = new Set<number>();

  // Registered synchronously at start-up so a woken service worker receives the waking message.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.tab?.id !== undefined) tabsWithDrafts.add(sender.tab.id);
    return handleMessage(message, sender, {
      extensionId: browser.runtime.id,
      host,
      getSettings: () => settings.get(),
      updateSettings: (change) => settings.update(change),
    });
  });

  // Changed settings apply to open tabs at once: their content scripts check again.
  settings.onChange(() => {
    for (const tabId of tabsWithDrafts) {
      browser.tabs.sendMessage(tabId, { kind: 'settingsChanged', v: PROTOCOL_VERSION }).catch(() => {
        tabsWithDrafts.delete(tabId);
      });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => tabsWithDrafts.delete(tabId));

  // Compile every rule's expressions and load compromise's lexicon now, not on the first keystroke.
  setTimeout(warmUp, 0);
}
