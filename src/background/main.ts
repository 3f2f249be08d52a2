/** Wires the router to the browser. Kept thin so the logic stays testable without a browser. */
import { browser } from 'wxt/browser';
import { EngineHost } from './engine-host';
import { handleMessage } from './router';

export function startBackground(): void {
  const host = new EngineHost();
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    handleMessage(message, sender, {
      extensionId: browser.runtime.id,
      host,
      // Per-platform settings arrive with the options page (issue 4); until then, defaults.
      settingsFor: () => ({}),
    }),
  );
}
