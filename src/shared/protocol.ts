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

/**
 * A finding as the popup shows it: what and why, never where or which words. The content script
 * drops the offsets before reporting, so no part of the draft leaves the page in a report.
 */
export const ReportedFinding = z.object({
  ruleId: RuleId,
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: z.string().check(z.maxLength(2000)),
  suggestion: z.optional(z.string().check(z.maxLength(2000))),
  guidance: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(20)),
});
export type ReportedFinding = z.infer<typeof ReportedFinding>;

/** How the checker is doing for this tab, as its content script sees it. */
export const CheckerStatus = z.enum(['starting', 'ready', 'unavailable']);

// content script → background: the state of one compose box after a check (for the popup and
// the toolbar badge). `hasText` false means the box was emptied or sent.
export const DraftStateRequest = z.object({
  kind: z.literal('draftState'),
  v: z.literal(PROTOCOL_VERSION),
  /** Absent when the page has no compose box in use yet (the script just started). */
  draftId: z.optional(DraftId),
  platform: z.enum(PLATFORMS),
  hasText: z.boolean(),
  checker: CheckerStatus,
  findings: z.array(ReportedFinding).check(z.maxLength(500)),
});
export type DraftStateRequest = z.infer<typeof DraftStateRequest>;

// extension pages (popup, options) → background. Refused from any other sender.
export const GetSettingsRequest = z.object({ kind: z.literal('getSettings'), v: z.literal(PROTOCOL_VERSION) });
/** The whole settings object; the background validates it with the full Settings schema. */
export const SetSettingsRequest = z.object({
  kind: z.literal('setSettings'),
  v: z.literal(PROTOCOL_VERSION),
  settings: z.unknown(),
});
export const ResetSettingsRequest = z.object({ kind: z.literal('resetSettings'), v: z.literal(PROTOCOL_VERSION) });
export const GetPopupStateRequest = z.object({
  kind: z.literal('getPopupState'),
  v: z.literal(PROTOCOL_VERSION),
  tabId: z.number().check(z.int(), z.nonnegative()),
});

/** Kinds only the extension's own pages may send. */
export const UI_KINDS: ReadonlySet<string> = new Set(['getSettings', 'setSettings', 'resetSettings', 'getPopupState']);

export const Request = z.discriminatedUnion('kind', [
  CheckDraftRequest,
  DraftClosedRequest,
  SetRuleOverrideRequest,
  DraftStateRequest,
  GetSettingsRequest,
  SetSettingsRequest,
  ResetSettingsRequest,
  GetPopupStateRequest,
]);
export type Request = z.infer<typeof Request>;

// background → content script: settings changed; check again.
export const SettingsChangedNotice = z.object({ kind: z.literal('settingsChanged'), v: z.literal(PROTOCOL_VERSION) });

// background → content script: report your draft state again (the worker restarted and forgot it).
export const ReportStateNotice = z.object({ kind: z.literal('reportState'), v: z.literal(PROTOCOL_VERSION) });

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

/** One setting an employer's policy fixes, by its path in the settings object, and why. */
export const LockSchema = z.object({ path: z.string(), reason: z.string() });
export type Lock = z.infer<typeof LockSchema>;

/** A rule as the options page lists it (from the background's registry). */
export const RuleInfoSchema = z.object({
  id: z.string(),
  category: z.enum(CATEGORIES),
  defaultSeverity: z.enum(SEVERITIES),
  summary: z.string(),
});
export type RuleInfo = z.infer<typeof RuleInfoSchema>;

/**
 * What the options page works on. `settings` is the user's own object (send it back whole to
 * change it); `effective` is what applies once the employer's policy is laid over it.
 */
export const SettingsView = z.object({
  settings: z.unknown(),
  effective: z.unknown(),
  locks: z.array(LockSchema),
  rules: z.array(RuleInfoSchema),
});
export type SettingsView = z.infer<typeof SettingsView>;

export const PopupState = z.discriminatedUnion('status', [
  /** No content script has reported from this tab: not X, Facebook or LinkedIn. */
  z.object({ status: z.literal('unsupported') }),
  z.object({
    status: z.literal('supported'),
    platform: z.enum(PLATFORMS),
    policy: PolicySchema,
    checker: CheckerStatus,
    /** Null until a compose box has text in it. */
    draft: z.nullable(
      z.object({
        findings: z.array(ReportedFinding),
        counts: z.record(z.string(), z.number()),
        citations: z.record(z.string(), CitationSchema),
      }),
    ),
  }),
]);
export type PopupState = z.infer<typeof PopupState>;

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
