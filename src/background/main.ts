/** Wires the router to the browser. Kept thin so the logic stays testable without a browser. */
import { browser } from 'wxt/browser';
import { engineSettingsFor } from '../shared/settings';
import { EngineHost } from './engine-host';
import { handleMessage } from './router';
import { SettingsStore } from './settings-store';

export function startBackground(): void {
  const host = new EngineHost();
  const settings = new SettingsStore(browser.storage.sync, browser.storage.onChanged);
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    handleMessage(message, sender, {
      extensionId: browser.runtime.id,
      host,
      settingsFor: async (platform) => engineSettingsFor(await settings.get(), platform),
    }),
  );
}
