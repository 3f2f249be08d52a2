/**
 * Answers messages from content scripts and extension pages. Every message is parsed with zod
 * and the sender checked; replies are envelopes, never thrown errors. Draft text is never logged.
 */
import { Request, type CheckDraftResult, type Envelope } from '../shared/protocol';
import type { EngineSettings, Platform } from '../rules/types';
import type { EngineHost } from './engine-host';

export interface Sender {
  id?: string;
  tab?: { id?: number };
}

export interface RouterDeps {
  extensionId: string;
  host: EngineHost;
  settingsFor(platform: Platform): Promise<EngineSettings> | EngineSettings;
}

export async function handleMessage(
  message: unknown,
  sender: Sender,
  deps: RouterDeps,
): Promise<Envelope<CheckDraftResult>> {
  if (sender.id !== deps.extensionId) {
    return {
      ok: false,
      error: { code: 'forbiddenSender', message: 'Messages are accepted from this extension only.' },
    };
  }
  const parsed = Request.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: {
        code: 'invalidRequest',
        message: `${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}`,
      },
    };
  }
  const request = parsed.data;
  try {
    const settings = await deps.settingsFor(request.platform);
    // The tab id keeps two tabs' compose boxes apart even if their page-made ids collide.
    const key = `${sender.tab?.id ?? 'page'}:${request.draftId}`;
    const result = deps.host.check(key, request.text, request.platform, settings);
    return { ok: true, data: result };
  } catch (error) {
    // The error's name only: a message could quote the draft.
    return { ok: false, error: { code: 'internal', message: `The checker failed (${(error as Error).name}).` } };
  }
}
