/**
 * The content script's side of the protocol: sends requests, validates replies, and turns a
 * dead extension context into one clear signal so the script can shut down quietly.
 */
import {
  CheckDraftResult,
  envelope,
  PROTOCOL_VERSION,
  type CheckDraftResult as Result,
  type DraftStateRequest,
} from '../shared/protocol';
import type { Platform } from '../rules/types';

export type SendMessage = (message: unknown) => Promise<unknown>;

/** The extension was reloaded or removed: this copy of the content script must stop. */
export class ContextInvalidated extends Error {
  override name = 'ContextInvalidated';
}

/** The checker did not answer in time or answered with an error. Sending is never blocked by this. */
export class CheckerUnavailable extends Error {
  override name = 'CheckerUnavailable';
}

const CheckReply = envelope(CheckDraftResult);
/**
 * A check normally answers in milliseconds; a service worker that was asleep must start and
 * warm up first. Typing never waits on this (the send guard has its own, shorter wait).
 */
export const CHECK_TIMEOUT_MS = 15_000;

export class CheckerClient {
  /**
   * `contextAlive` tells a dead extension context from a checker that failed: after a reload
   * Chrome's error for the old copy's message does not always say "context invalidated".
   */
  constructor(
    private readonly send: SendMessage,
    private readonly contextAlive: () => boolean = () => true,
  ) {}

  async check(draftId: string, platform: Platform, text: string): Promise<Result> {
    const reply = await this.request({ kind: 'checkDraft', v: PROTOCOL_VERSION, draftId, platform, text });
    const parsed = CheckReply.safeParse(reply);
    if (!parsed.success) throw new CheckerUnavailable('unexpected reply');
    if (!parsed.data.ok) throw new CheckerUnavailable(parsed.data.error.code);
    return parsed.data.data;
  }

  async closed(draftId: string): Promise<void> {
    await this.request({ kind: 'draftClosed', v: PROTOCOL_VERSION, draftId }).catch(() => undefined);
  }

  async setRuleEnabled(platform: Platform, ruleId: string, enabled: boolean): Promise<void> {
    await this.request({ kind: 'setRuleOverride', v: PROTOCOL_VERSION, platform, ruleId, enabled });
  }

  /** Tells the background what the popup and badge should show; findings only, never the text. */
  async report(state: Omit<DraftStateRequest, 'kind' | 'v'>): Promise<void> {
    await this.request({ kind: 'draftState', v: PROTOCOL_VERSION, ...state }).catch(() => undefined);
  }

  private async request(message: unknown): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        this.send(message),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new CheckerUnavailable('timeout')), CHECK_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      if (error instanceof CheckerUnavailable) throw error;
      if (/context invalidated|Extension context/i.test(String((error as Error)?.message)) || !this.contextAlive()) {
        throw new ContextInvalidated();
      }
      throw new CheckerUnavailable('send failed');
    } finally {
      clearTimeout(timer);
    }
  }
}
