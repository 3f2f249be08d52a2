/**
 * The engine: segment, reuse unchanged sentences, run every enabled rule, attach metadata.
 */
import { DocumentView, SentenceView, type PlacedSentence } from './document';
import { segment } from '../text/segment';
import { RULES } from '../registry';
import type { CheckInput, EngineSettings, Finding, Report, Rule, Severity } from '../types';

/** Reports under this confidence are not shown. */
export const MIN_SCORE = 0.5;

/**
 * Drafts longer than this are checked up to here, and the caller is told via `truncated` (the UI
 * says how much was checked). Posts are far shorter (LinkedIn allows 3,000 characters, X 280 or
 * 25,000 with Premium); the cap keeps a pasted document within the engine's time budget.
 */
export const MAX_CHECK_LENGTH = 20_000;

export interface CheckResult {
  findings: Finding[];
  /** How many characters were checked (less than the draft's length only for huge drafts). */
  checkedLength: number;
  truncated: boolean;
}

/**
 * A checker for one draft being typed. It keeps the analysis of each sentence from the previous
 * check, so a keystroke re-analyses only the sentence it touched.
 */
export class DraftChecker {
  private views = new Map<string, SentenceView>();
  /** How the last check went: sentences in the draft, and how many were analysed afresh. */
  lastStats = { sentences: 0, analysed: 0 };

  constructor(private readonly rules: readonly Rule[] = RULES) {}

  check(input: CheckInput): CheckResult {
    const truncated = input.text.length > MAX_CHECK_LENGTH;
    const text = truncated ? cutAt(input.text, MAX_CHECK_LENGTH) : input.text;
    const settings = input.settings ?? {};

    const next = new Map<string, SentenceView>();
    let analysed = 0;
    const sentences: PlacedSentence[] = segment(text).map(({ start, end }) => {
      const sentenceText = text.slice(start, end);
      let view = next.get(sentenceText) ?? this.views.get(sentenceText);
      if (!view) {
        view = new SentenceView(sentenceText);
        analysed++;
      }
      next.set(sentenceText, view);
      return { start, end, view };
    });
    this.views = next;
    this.lastStats = { sentences: sentences.length, analysed };

    const doc = new DocumentView(text, sentences, input.platform, settings);
    const findings: Finding[] = [];
    for (const rule of this.rules) {
      if (!isEnabled(rule, settings)) continue;
      for (const report of rule.check(doc)) {
        if (report.score < MIN_SCORE || report.end <= report.start) continue;
        findings.push(toFinding(rule, report, settings));
      }
    }
    return { findings: finalize(findings, text, settings), checkedLength: text.length, truncated };
  }
}

/** One-off check of a whole draft. */
export function check(input: CheckInput): CheckResult {
  return new DraftChecker().check(input);
}

function isEnabled(rule: Rule, settings: EngineSettings): boolean {
  if (settings.categories?.[rule.meta.category]?.enabled === false) return false;
  return settings.rules?.[rule.id]?.enabled !== false;
}

function toFinding(rule: Rule, report: Report, settings: EngineSettings): Finding {
  const severity: Severity = settings.rules?.[rule.id]?.severity ?? report.severity ?? rule.meta.defaultSeverity;
  const template = rule.meta.messages[report.messageId] ?? report.messageId;
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.meta.category,
    severity,
    start: report.start,
    end: report.end,
    messageId: report.messageId,
    message: fill(template, report.data),
    guidance: [...rule.meta.guidance],
    score: Math.round(report.score * 100) / 100,
  };
  if (report.suggestion) finding.suggestion = report.suggestion;
  return finding;
}

function fill(template: string, data: Report['data']): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => String(data?.[key] ?? whole));
}

/** Drops ignored terms and same-rule overlaps (keeping the surest), then sorts by position. */
function finalize(findings: Finding[], text: string, settings: EngineSettings): Finding[] {
  const ignore = (settings.ignoreTerms ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean);
  const kept = findings
    .filter((f) => {
      if (ignore.length === 0) return true;
      const flagged = text.slice(f.start, f.end).toLowerCase();
      return !ignore.some((term) => flagged.includes(term));
    })
    .sort((a, b) => b.score - a.score || a.start - b.start);
  const out: Finding[] = [];
  for (const f of kept) {
    const overlaps = out.some((o) => o.ruleId === f.ruleId && o.start < f.end && f.start < o.end);
    if (!overlaps) out.push(f);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/** Cuts at `limit` without splitting a surrogate pair. */
function cutAt(text: string, limit: number): string {
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}
