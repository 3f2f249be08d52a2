/**
 * Table-driven rule tests, after ESLint's RuleTester: drafts that must pass (each near-miss with
 * its reason) and drafts that must warn, with the exact flagged text and message id.
 */
import { describe, expect, it } from 'vitest';
import { DraftChecker } from '../../src/rules/engine/check';
import type { Finding, Platform, Rule } from '../../src/rules/types';

export interface PassCase {
  text: string;
  /** Why this near-miss is fine. Required: a pass case without a reason is a guess. */
  why: string;
  platform?: Platform;
}

export interface WarnCase {
  text: string;
  platform?: Platform;
  /** Every finding this rule must make, in order: the exact substring flagged and the message. */
  findings: Array<{ span: string; messageId: string }>;
}

export function runFindings(rule: Rule, text: string, platform?: Platform): Finding[] {
  return new DraftChecker([rule]).check({ text, platform }).findings;
}

export function ruleTester(rule: Rule, cases: { pass: PassCase[]; warn: WarnCase[] }): void {
  describe(rule.id, () => {
    it('has at least one passing and one warning case, none duplicated', () => {
      expect(cases.pass.length).toBeGreaterThan(0);
      expect(cases.warn.length).toBeGreaterThan(0);
      const texts = [...cases.pass, ...cases.warn].map((c) => c.text);
      expect(new Set(texts).size).toBe(texts.length);
    });

    it('reports nothing on an empty draft', () => {
      expect(runFindings(rule, '')).toEqual([]);
    });

    for (const c of cases.pass) {
      it(`passes: ${c.text.slice(0, 70)} (${c.why})`, () => {
        const findings = runFindings(rule, c.text, c.platform);
        expect(findings.map((f) => c.text.slice(f.start, f.end))).toEqual([]);
      });
    }

    for (const c of cases.warn) {
      it(`warns: ${c.text.slice(0, 70)}`, () => {
        for (const expected of c.findings) expect(Object.keys(rule.meta.messages)).toContain(expected.messageId);
        const findings = runFindings(rule, c.text, c.platform);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(c.text.length);
        }
        expect(findings.map((f) => ({ span: c.text.slice(f.start, f.end), messageId: f.messageId }))).toEqual(
          c.findings,
        );
      });
    }
  });
}
