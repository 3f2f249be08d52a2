/** Starts the hook on a page with the browser's messaging; the entrypoints call only this. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { hookPage } from './hook';
import type { PlatformAdapter } from './platforms/types';

export function startContentScript(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  hookPage({
    adapter,
    signal: ctx.signal,
    sendMessage: (message) => browser.runtime.sendMessage(message),
    // Not ctx.isValid: that aborts ctx.signal, which would stop us before we can tell the user.
    contextAlive: () => browser.runtime?.id != null,
    onMessage(listener) {
      const handler = (message: unknown) => {
        listener(message);
      };
      browser.runtime.onMessage.addListener(handler);
      // After a reload Chrome takes `runtime` away from the old copy: nothing left to remove.
      return () => browser.runtime?.onMessage.removeListener(handler);
    },
    // WXT watches the URL only for listeners registered through the context.
    onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
  });
}
