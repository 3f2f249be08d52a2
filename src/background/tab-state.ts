/**
 * What each tab's compose boxes last reported: platform, checker status and findings without
 * any draft text. Held in memory only, for the popup and the toolbar badge; a tab's record goes
 * when the tab closes or loads a new page.
 */
import type { Platform, Severity } from '../rules/types';
import type { DraftStateRequest, ReportedFinding } from '../shared/protocol';

type CheckerStatus = DraftStateRequest['checker'];

export interface DraftRecord {
  findings: ReportedFinding[];
}

interface TabRecord {
  platform: Platform;
  checker: CheckerStatus;
  /** Compose boxes with text, least recently reported first. */
  drafts: Map<string, DraftRecord>;
}

/** Compose boxes remembered per tab; the oldest are dropped beyond this. */
export const MAX_DRAFTS_PER_TAB = 16;

const BADGE_SEVERITIES: ReadonlySet<Severity> = new Set(['warning', 'error']);

export class TabStates {
  private readonly tabs = new Map<number, TabRecord>();

  /**
   * Records a report from a tab's content script; returns the tab's new badge count. A report
   * without a draft from the top frame means a new page: what the old one reported is dropped.
   */
  report(tabId: number, state: DraftStateRequest, topFrame = true): number {
    if (state.draftId === undefined && topFrame) this.tabs.delete(tabId);
    let tab = this.tabs.get(tabId);
    if (!tab) {
      tab = { platform: state.platform, checker: state.checker, drafts: new Map() };
      this.tabs.set(tabId, tab);
    }
    tab.platform = state.platform;
    // A page that just started says "starting"; it must not hide what another box reported.
    if (state.draftId !== undefined || tab.drafts.size === 0) tab.checker = state.checker;
    if (state.draftId !== undefined) {
      tab.drafts.delete(state.draftId);
      if (state.hasText) tab.drafts.set(state.draftId, { findings: state.findings });
      while (tab.drafts.size > MAX_DRAFTS_PER_TAB) {
        const oldest = tab.drafts.keys().next().value;
        if (oldest === undefined) break;
        tab.drafts.delete(oldest);
      }
    }
    return this.badgeCount(tabId);
  }

  /** A compose box was sent, emptied or removed; returns the tab's new badge count. */
  closed(tabId: number, draftId: string): number {
    this.tabs.get(tabId)?.drafts.delete(draftId);
    return this.badgeCount(tabId);
  }

  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** Whether a content script has reported from this tab since its page loaded. */
  has(tabId: number): boolean {
    return this.tabs.has(tabId);
  }

  /** The tab's platform and its most recently reported draft with text (if any). */
  current(tabId: number): { platform: Platform; checker: CheckerStatus; draft: DraftRecord | undefined } | undefined {
    const tab = this.tabs.get(tabId);
    if (!tab) return undefined;
    const drafts = [...tab.drafts.values()];
    return { platform: tab.platform, checker: tab.checker, draft: drafts[drafts.length - 1] };
  }

  /** Findings at warning or above in the tab's current draft. */
  badgeCount(tabId: number): number {
    const draft = this.current(tabId)?.draft;
    return draft ? draft.findings.filter((f) => BADGE_SEVERITIES.has(f.severity)).length : 0;
  }
}
