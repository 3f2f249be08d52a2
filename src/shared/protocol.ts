/**
 * The message contract between the extension's parts. Every receiver parses with these schemas;
 * TypeScript types come from z.infer only.
 */
import { z } from 'zod';
import { CATEGORIES, PLATFORMS, SEVERITIES } from '../rules/types';

export const PROTOCOL_VERSION = 1;

/** Longest draft a content script may send in one message (characters). */
export const MAX_DRAFT_LENGTH = 1_000_000;

// content script → background
export const CheckDraftRequest = z.object({
  kind: z.literal('checkDraft'),
  v: z.literal(PROTOCOL_VERSION),
  /** Identifies one compose box for the life of the page, so the engine can work incrementally. */
  draftId: z.string().min(1).max(200),
  platform: z.enum(PLATFORMS),
  text: z.string().max(MAX_DRAFT_LENGTH),
});
export type CheckDraftRequest = z.infer<typeof CheckDraftRequest>;

export const Request = z.discriminatedUnion('kind', [CheckDraftRequest]);
export type Request = z.infer<typeof Request>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  messageId: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
  guidance: z.array(z.string()),
  score: z.number().min(0).max(1),
});

export const CheckDraftResult = z.object({
  findings: z.array(FindingSchema),
  checkedLength: z.number().int().nonnegative(),
  truncated: z.boolean(),
});
export type CheckDraftResult = z.infer<typeof CheckDraftResult>;

export const ErrorCode = z.enum(['invalidRequest', 'forbiddenSender', 'internal']);

/** Every reply is an envelope: the receiver never has to catch an exception across the boundary. */
export const Response = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string() }) }),
  ]);
export type Envelope<T> =
  { ok: true; data: T } | { ok: false; error: { code: z.infer<typeof ErrorCode>; message: string } };
