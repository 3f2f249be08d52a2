/**
 * The message contract between the extension's parts. Every receiver parses with these schemas;
 * TypeScript types come from z.infer only. zod/mini keeps the content script small.
 */
import * as z from 'zod/mini';
import { CATEGORIES, PLATFORMS, SEVERITIES } from '../rules/types';

export const PROTOCOL_VERSION = 1;

/** Longest draft a content script may send in one message (characters). */
export const MAX_DRAFT_LENGTH = 1_000_000;

const DraftId = z.string().check(z.minLength(1), z.maxLength(200));
const RuleId = z.string().check(z.minLength(1), z.maxLength(120));

// content script → background: check the current text of one compose box.
export const CheckDraftRequest = z.object({
  kind: z.literal('checkDraft'),
  v: z.literal(PROTOCOL_VERSION),
  /** Identifies one compose box for the life of the page, so the engine can work incrementally. */
  draftId: DraftId,
  platform: z.enum(PLATFORMS),
  text: z.string().check(z.maxLength(MAX_DRAFT_LENGTH)),
});
export type CheckDraftRequest = z.infer<typeof CheckDraftRequest>;

// content script → background: the compose box was sent or emptied; forget its analysis.
export const DraftClosedRequest = z.object({
  kind: z.literal('draftClosed'),
  v: z.literal(PROTOCOL_VERSION),
  draftId: DraftId,
});

// content script (card) → background: "turn this rule off on <platform>".
export const SetRuleOverrideRequest = z.object({
  kind: z.literal('setRuleOverride'),
  v: z.literal(PROTOCOL_VERSION),
  platform: z.enum(PLATFORMS),
  ruleId: RuleId,
  enabled: z.boolean(),
});

export const Request = z.discriminatedUnion('kind', [CheckDraftRequest, DraftClosedRequest, SetRuleOverrideRequest]);
export type Request = z.infer<typeof Request>;

// background → content script: settings changed; check again.
export const SettingsChangedNotice = z.object({ kind: z.literal('settingsChanged'), v: z.literal(PROTOCOL_VERSION) });

export const FindingSchema = z.object({
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  start: z.number().check(z.nonnegative()),
  end: z.number().check(z.nonnegative()),
  messageId: z.string(),
  message: z.string(),
  suggestion: z.optional(z.string()),
  guidance: z.array(z.string()),
  score: z.number(),
});
export type FindingData = z.infer<typeof FindingSchema>;

/** A guidance citation as the card shows it: label and link, resolved in the background. */
export const CitationSchema = z.object({ id: z.string(), label: z.string(), url: z.nullable(z.string()) });

export const PolicySchema = z.object({
  /** off: no checking; inline: underlines only; nudge: underlines and a review before sending. */
  mode: z.enum(['off', 'inline', 'nudge']),
  nudgeAt: z.enum(['warning', 'error']),
});
export type Policy = z.infer<typeof PolicySchema>;

export const CheckDraftResult = z.object({
  findings: z.array(FindingSchema),
  citations: z.record(z.string(), CitationSchema),
  checkedLength: z.number().check(z.nonnegative()),
  truncated: z.boolean(),
  policy: PolicySchema,
});
export type CheckDraftResult = z.infer<typeof CheckDraftResult>;

export const ErrorCode = z.enum(['invalidRequest', 'forbiddenSender', 'internal']);

/** Every reply is an envelope: the receiver never has to catch an exception across the boundary. */
export function envelope<T extends z.ZodMiniType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string() }) }),
  ]);
}
export type Envelope<T> =
  { ok: true; data: T } | { ok: false; error: { code: z.infer<typeof ErrorCode>; message: string } };
