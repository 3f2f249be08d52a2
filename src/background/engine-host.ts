/**
 * Keeps one incremental checker per compose box, so typing re-analyses only the sentence that
 * changed. Checkers hold sentence analyses in memory only; the least recently used are dropped.
 */
import { DraftChecker, type CheckResult } from '../rules/engine/check';
import type { EngineSettings, Platform } from '../rules/types';

export const MAX_OPEN_DRAFTS = 32;

export class EngineHost {
  private readonly checkers = new Map<string, DraftChecker>();

  check(draftId: string, text: string, platform: Platform, settings: EngineSettings): CheckResult {
    let checker = this.checkers.get(draftId);
    if (checker) this.checkers.delete(draftId);
    else checker = new DraftChecker();
    this.checkers.set(draftId, checker);
    while (this.checkers.size > MAX_OPEN_DRAFTS) {
      const oldest = this.checkers.keys().next().value;
      if (oldest === undefined) break;
      this.checkers.delete(oldest);
    }
    return checker.check({ text, platform, settings });
  }

  /** Forgets a draft (sent, emptied or its tab closed). */
  forget(draftId: string): void {
    this.checkers.delete(draftId);
  }

  get size(): number {
    return this.checkers.size;
  }
}
