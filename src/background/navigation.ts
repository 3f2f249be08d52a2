/**
 * A tab that loads another page must not keep showing the old page's draft: the popup would list
 * findings for a post that is gone, and the badge would count them. A new page on X, Facebook or
 * LinkedIn announces itself (its content script reports "starting"), but a page elsewhere has no
 * content script to say anything, so the tab's own loading events are followed instead.
 *
 * The browser says "loading" before the old page is gone, so the old page can still report once
 * after it; and a single-page app may say "loading" for a change of address while its content
 * script, and the draft, stay. So: forget on "loading", and on "complete" ask the tab once more.
 * A content script that answers reports its drafts again; no answer means no supported page.
 */
import type { TabStates } from './tab-state';

export interface NavigationDeps {
  tabs: TabStates;
  setBadge(tabId: number, count: number): void;
  /** Asks the tab's content script to report again; false if none answers. */
  requestReport(tabId: number): Promise<boolean>;
}

export class NavigationWatcher {
  /** Tabs that were forgotten on "loading" and are to be asked again on "complete". */
  private readonly loading = new Set<number>();

  constructor(private readonly deps: NavigationDeps) {}

  /** Called with `changeInfo.status` of tabs.onUpdated (present without the "tabs" permission). */
  async statusChanged(tabId: number, status: string | undefined): Promise<void> {
    const { tabs, setBadge, requestReport } = this.deps;
    if (status === 'loading') {
      if (!tabs.has(tabId) && !this.loading.has(tabId)) return; // never ours: nothing to forget
      tabs.forgetTab(tabId);
      setBadge(tabId, 0);
      this.loading.add(tabId);
      return;
    }
    if (status !== 'complete' || !this.loading.delete(tabId)) return;
    if (await requestReport(tabId)) return;
    // No content script on the new page. The old one may have reported after "loading": drop it.
    tabs.forgetTab(tabId);
    setBadge(tabId, 0);
  }

  tabClosed(tabId: number): void {
    this.loading.delete(tabId);
  }
}
