/**
 * A tab that loads another page stops showing the old page's draft in the popup and on the badge,
 * whatever order the browser's loading events and the old page's last report arrive in.
 */
import { describe, expect, it } from 'vitest';
import { NavigationWatcher } from '../../src/background/navigation';
import { TabStates } from '../../src/background/tab-state';
import type { DraftStateRequest } from '../../src/shared/protocol';

const TAB = 7;
const risky: DraftStateRequest = {
  kind: 'draftState',
  v: 1,
  draftId: 'c1',
  platform: 'x',
  hasText: true,
  checker: 'ready',
  findings: [
    {
      ruleId: 'patient-identifier/health-number',
      category: 'patient-identifier',
      severity: 'error',
      message: 'An NHS number identifies a patient.',
      guidance: [],
    },
  ],
};

function setup(contentScriptAnswers: boolean) {
  const tabs = new TabStates();
  const badges: number[] = [];
  const asked: number[] = [];
  const watcher = new NavigationWatcher({
    tabs,
    setBadge: (_, count) => badges.push(count),
    requestReport: async (tabId) => {
      asked.push(tabId);
      // A live content script answers by reporting its drafts again, as it does in the browser.
      if (contentScriptAnswers) tabs.report(tabId, risky);
      return contentScriptAnswers;
    },
  });
  return { tabs, badges, asked, watcher };
}

describe('following a tab to another page', () => {
  it('forgets the draft and clears the badge when the tab leaves for a page without a content script', async () => {
    const { tabs, badges, watcher } = setup(false);
    tabs.report(TAB, risky);
    await watcher.statusChanged(TAB, 'loading');
    expect(tabs.current(TAB)).toBeUndefined();
    expect(badges).toEqual([0]);
    await watcher.statusChanged(TAB, 'complete');
    expect(tabs.current(TAB)).toBeUndefined();
  });

  it('drops a report the old page sent after "loading", once the new page turns out unsupported', async () => {
    const { tabs, badges, watcher } = setup(false);
    tabs.report(TAB, risky);
    await watcher.statusChanged(TAB, 'loading');
    tabs.report(TAB, risky); // the old page's debounced check, still on its way
    expect(tabs.badgeCount(TAB)).toBe(1);
    await watcher.statusChanged(TAB, 'complete');
    expect(tabs.current(TAB)).toBeUndefined();
    expect(badges).toEqual([0, 0]);
  });

  it('gets the draft back from a content script that stayed (a single-page app changed its address)', async () => {
    const { tabs, asked, watcher } = setup(true);
    tabs.report(TAB, risky);
    await watcher.statusChanged(TAB, 'loading');
    await watcher.statusChanged(TAB, 'complete');
    expect(asked).toEqual([TAB]);
    expect(tabs.badgeCount(TAB)).toBe(1);
  });

  it('leaves tabs it never heard from alone: no messages to every page the browser loads', async () => {
    const { badges, asked, watcher } = setup(false);
    await watcher.statusChanged(3, 'loading');
    await watcher.statusChanged(3, 'complete');
    await watcher.statusChanged(TAB, undefined); // a title or favicon change
    expect(asked).toEqual([]);
    expect(badges).toEqual([]);
  });
});
