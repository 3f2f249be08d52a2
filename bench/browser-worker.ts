/**
 * Talks to the extension's service worker over a browser-level CDP session. Playwright's Worker
 * handle is unreliable here: stopping an MV3 worker keeps the same DevTools target, so Playwright
 * reports neither a close nor a new worker when it starts again. Attaching to the target ourselves
 * (non-flat session, messages wrapped in Target.sendMessageToTarget) reaches whichever instance
 * is running now.
 */
import type { CDPSession } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export class WorkerProbe {
  private nextId = 1;
  private readonly pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  private sessionId: string | undefined;

  constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (message.id === undefined) return;
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    });
  }

  /** The extension's worker target (there is one extension loaded). */
  private async target(): Promise<TargetInfo> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const found = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!found) throw new Error('no extension service worker target');
    return found;
  }

  async attach(): Promise<void> {
    if (this.sessionId) return;
    const { targetId } = await this.target();
    const { sessionId } = (await this.cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
      sessionId: string;
    };
    this.sessionId = sessionId;
  }

  async send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    await this.attach();
    const id = this.nextId++;
    const reply = new Promise<{ result?: unknown; error?: unknown }>((resolve) => this.pending.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId!,
      message: JSON.stringify({ id, method, params }),
    });
    const message = await reply;
    if (message.error) throw new Error(`${method}: ${JSON.stringify(message.error)}`);
    return message.result as T;
  }

  /** Evaluates an expression in the running worker and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result } = await this.send<{ result: { value: T } }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
    });
    return result.value;
  }
}
