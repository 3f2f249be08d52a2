/**
 * One hooked compose box: reads its text, asks for a check (one request in flight, so fast typing
 * coalesces into the next request), keeps the latest result and draws it. Everything it knows about the draft stays in memory.
 */
import type { Platform, Severity } from '../rules/types';
import type { CheckDraftResult, FindingData, Policy } from '../shared/protocol';
import type { Surface } from './platforms/types';
import { readEditor, readTextarea, rangeFor, type TextModel } from './text-model';

/**
 * How long a change waits before it is checked. None beyond the current task (which lets the
 * events of one keystroke or paste settle): with one request in flight at a time and one more for
 * the latest text (checkNow), fast typing already sends about one request per answer, and a
 * longer wait only adds to keystroke-to-underline time (40 ms measured as most of it, bench:browser).
 */
export const DEBOUNCE_MS = 0;

export interface ComposerHost {
  check(draftId: string, platform: Platform, text: string): Promise<CheckDraftResult>;
  paint(composer: Composer): void;
  /** The checker failed; the composer keeps working and sending is never blocked. */
  unavailable(composer: Composer, error: unknown): void;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
let nextId = 0;

export class Composer {
  readonly draftId = `c${Date.now().toString(36)}-${(nextId++).toString(36)}`;
  model: TextModel = { text: '', segments: [] };
  /** The text the current `result` describes. */
  checkedText: string | undefined;
  result: CheckDraftResult | undefined;
  /** When the user last changed the text (for keystroke-to-underline timing). */
  lastInputAt = 0;
  /** Findings the user chose to ignore in this draft, by rule and flagged text (memory only). */
  readonly ignored = new Set<string>();
  /** Findings already shown in a review dialog for this draft. */
  readonly reviewed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private again = false;

  constructor(
    readonly el: HTMLElement,
    readonly surface: Surface,
    readonly platform: Platform,
    private readonly host: ComposerHost,
  ) {}

  read(): TextModel {
    this.model = isTextField(this.el) ? readTextarea(this.el) : readEditor(this.el);
    return this.model;
  }

  get isFresh(): boolean {
    return this.checkedText !== undefined && this.checkedText === this.read().text;
  }

  /** Called on every input: cheap, so typing stays fast; the check is queued, not run here. */
  changed(): void {
    this.lastInputAt = performance.now();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.checkNow(), DEBOUNCE_MS);
  }

  /** Checks the current text now (or right after the request in flight) and paints the answer. */
  async checkNow(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    const text = this.read().text;
    this.inFlight = this.host
      .check(this.draftId, this.platform, text)
      .then((result) => {
        this.result = result;
        this.checkedText = text;
        this.host.paint(this);
      })
      .catch((error: unknown) => this.host.unavailable(this, error))
      .finally(() => {
        this.inFlight = undefined;
        if (this.again) {
          this.again = false;
          void this.checkNow();
        }
      });
    await this.inFlight;
    // The text may have changed while the request was out: make sure the answer is current. Only
    // then: after a failed check of unchanged text, retrying at once would loop without end (a
    // dead extension context fails synchronously and would hang the page); the next edit retries.
    if (this.read().text !== text && this.checkedText !== this.model.text && !this.inFlight) await this.checkNow();
  }

  /** Findings the user has not set aside, in draft order. */
  visibleFindings(): FindingData[] {
    const text = this.checkedText ?? '';
    return (this.result?.findings ?? []).filter((f) => !this.ignored.has(findingKey(f, text)));
  }

  /** Findings that should hold the send button for a review under `policy`. */
  blocking(policy: Policy | undefined = this.result?.policy): FindingData[] {
    if (!policy || policy.mode !== 'nudge') return [];
    const threshold = SEVERITY_RANK[policy.nudgeAt];
    const text = this.checkedText ?? '';
    return this.visibleFindings().filter(
      (f) => SEVERITY_RANK[f.severity] >= threshold && !this.reviewed.has(findingKey(f, text)),
    );
  }

  key(finding: FindingData): string {
    return findingKey(finding, this.checkedText ?? '');
  }

  /** DOM ranges for the visible findings, each checked against the text it should cover. */
  ranges(): Array<{ range: Range; severity: Severity; finding: FindingData }> {
    if (isTextField(this.el) || this.checkedText !== this.model.text) return [];
    const out: Array<{ range: Range; severity: Severity; finding: FindingData }> = [];
    for (const finding of this.visibleFindings()) {
      const range = rangeFor(this.model, finding.start, finding.end);
      if (!range) continue;
      const want = this.model.text.slice(finding.start, finding.end).replace(/\n/g, '');
      if (range.toString().replace(/\n/g, '') !== want) continue;
      out.push({ range, severity: finding.severity, finding });
    }
    return out;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

/** Identifies a finding within one draft: the rule and the text it flags (kept in memory only). */
function findingKey(finding: FindingData, text: string): string {
  return `${finding.ruleId}\u0000${text.slice(finding.start, finding.end)}`;
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** Resolves once the composer holds a result for its current text (or the checker gave up). */
export async function ensureFresh(composer: Composer): Promise<boolean> {
  for (let attempt = 0; attempt < 4 && !composer.isFresh; attempt++) await composer.checkNow();
  return composer.isFresh;
}
