/**
 * Answers messages from content scripts and extension pages. Every message is parsed with zod
 * and the sender checked; replies are envelopes, never thrown errors. Draft text is never logged.
 */
import { citation } from '../rules/guidance';
import { Request, type CheckDraftResult, type Envelope } from '../shared/protocol';
import { engineSettingsFor, type Settings } from '../shared/settings';
import type { EngineHost } from './engine-host';

export interface Sender {
  id?: string;
  tab?: { id?: number };
}

export interface RouterDeps {
  extensionId: string;
  host: EngineHost;
  getSettings(): Promise<Settings> | Settings;
  updateSettings(change: (settings: Settings) => void): Promise<void>;
}

export type Reply = Envelope<CheckDraftResult> | Envelope<null>;

export async function handleMessage(message: unknown, sender: Sender, deps: RouterDeps): Promise<Reply> {
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
  // The tab id keeps two tabs' compose boxes apart even if their page-made ids collide.
  const draftKey = (draftId: string) => `${sender.tab?.id ?? 'page'}:${draftId}`;
  try {
    switch (request.kind) {
      case 'checkDraft': {
        const settings = await deps.getSettings();
        const platform = settings.platforms[request.platform];
        const policy = { mode: platform.mode, nudgeAt: platform.nudgeAt };
        if (platform.mode === 'off') {
          deps.host.forget(draftKey(request.draftId));
          return { ok: true, data: { findings: [], citations: {}, checkedLength: 0, truncated: false, policy } };
        }
        const result = deps.host.check(
          draftKey(request.draftId),
          request.text,
          request.platform,
          engineSettingsFor(settings, request.platform),
        );
        const ids = new Set(result.findings.flatMap((f) => f.guidance));
        const citations = Object.fromEntries([...ids].map((id) => [id, citation(id)]));
        return { ok: true, data: { ...result, citations, policy } };
      }
      case 'draftClosed':
        deps.host.forget(draftKey(request.draftId));
        return { ok: true, data: null };
      case 'setRuleOverride':
        await deps.updateSettings((settings) => {
          const rules = settings.platforms[request.platform].rules;
          rules[request.ruleId] = { ...rules[request.ruleId], enabled: request.enabled };
        });
        return { ok: true, data: null };
    }
  } catch (error) {
    // The error's name only: a message could quote the draft.
    return { ok: false, error: { code: 'internal', message: `The checker failed (${(error as Error).name}).` } };
  }
}
