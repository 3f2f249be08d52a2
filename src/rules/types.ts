/**
 * The engine's public vocabulary. Pure types: nothing here touches a browser API.
 */
import type { GuidanceId } from './guidance';
import type { DocumentView } from './engine/document';

export const CATEGORIES = [
  'patient-identifier',
  'advice',
  'emotive',
  'defamatory',
  'disrespect',
  'conflict-of-interest',
  'boundary',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PLATFORMS = ['x', 'facebook', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A half-open range [start, end) of UTF-16 code units in the draft, as DOM Ranges count. */
export interface Span {
  start: number;
  end: number;
}

/** What a rule reports: a span, which message, how sure it is and (optionally) a safer wording. */
export interface Report extends Span {
  messageId: string;
  /** Values for `{{placeholders}}` in the message template. Never the matched draft text. */
  data?: Record<string, string | number>;
  /** 0..1 confidence. The engine drops reports under the rule's threshold. */
  score: number;
  /** A safer wording for the span, where one can be offered. */
  suggestion?: string;
  /** Severity for this one report when it differs from the rule's (e.g. a weak signal). */
  severity?: Severity;
}

/** A report after the engine has attached the rule's metadata and the user's settings. */
export interface Finding extends Span {
  ruleId: string;
  category: Category;
  severity: Severity;
  messageId: string;
  message: string;
  suggestion?: string;
  guidance: GuidanceId[];
  score: number;
}

export interface RuleExample {
  text: string;
  /** For a passing example: why it is fine. */
  why?: string;
}

export interface RuleMeta {
  category: Category;
  defaultSeverity: Severity;
  /** One sentence, shown in the options page. */
  summary: string;
  /** messageId → template in a coaching tone; `{{name}}` is filled from Report.data. */
  messages: Record<string, string>;
  /** Guidance ids, GMC first. */
  guidance: readonly GuidanceId[];
  examples: { pass: readonly RuleExample[]; warn: readonly RuleExample[] };
}

export interface Rule {
  /** `<category>/<short-name>`, equal to the module's path under src/rules. */
  id: string;
  meta: RuleMeta;
  /**
   * Inspect the draft. Expensive per-sentence work goes through `sentence.memo`, so that an
   * unchanged sentence is not analysed again on the next keystroke.
   */
  check(doc: DocumentView): Report[];
}

/** Per-rule user settings (from the options page), resolved for one platform. */
export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface EngineSettings {
  rules?: Record<string, RuleSetting>;
  categories?: Partial<Record<Category, { enabled?: boolean }>>;
  /** Local names (wards, hospitals, colleagues) the user wants treated as identifying. */
  identifyingTerms?: readonly string[];
  /** Words or phrases the user never wants flagged. */
  ignoreTerms?: readonly string[];
  /** Who is posting on this platform, from the options page's profile; absent when not given. */
  author?: AuthorProfile;
}

export interface AuthorProfile {
  /** The name the user posts under here: theirs, never a patient's. */
  name?: string;
  /** Whether that is the user's own name; undefined when they have not said. */
  postsUnderOwnName?: boolean;
}

export interface CheckInput {
  text: string;
  platform?: Platform;
  settings?: EngineSettings;
}
