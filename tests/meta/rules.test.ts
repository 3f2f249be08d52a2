/**
 * Every rule is registered, tested, documented and cites guidance that exists; its own examples
 * behave as they say. Messages are written for a contributor who forgot a step.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDANCE } from '../../src/rules/guidance';
import { RULES } from '../../src/rules/registry';
import { CATEGORIES } from '../../src/rules/types';
import { rulesDoc } from '../../scripts/rules-doc';
import { runFindings } from '../rules/rule-tester';

const RULES_DIR = 'src/rules';

describe('rule registry', () => {
  it('lists every rule module exactly once, sorted by id within its category', () => {
    const onDisk = CATEGORIES.flatMap((category) =>
      readdirSync(join(RULES_DIR, category))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
        .map((f) => `${category}/${f.replace(/\.ts$/, '')}`),
    );
    const registered = RULES.map((r) => r.id);
    expect(new Set(registered).size, 'a rule is registered twice').toBe(registered.length);
    expect([...registered].sort(), 'add new rules to their category index.ts').toEqual([...onDisk].sort());
    for (const category of CATEGORIES) {
      const ids = registered.filter((id) => id.startsWith(`${category}/`));
      expect(ids, `${category}/index.ts should list rules sorted by id`).toEqual([...ids].sort());
    }
  });

  it('generated docs/RULES.md is current (run `npm run docs:rules`)', () => {
    expect(readFileSync('docs/RULES.md', 'utf8')).toBe(rulesDoc());
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has an id that matches its category folder', () => {
    expect(id.split('/')[0]).toBe(rule.meta.category);
    expect(id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
  });

  it('has a table test', () => {
    expect(existsSync(`tests/rules/${id}.test.ts`), `write tests/rules/${id}.test.ts`).toBe(true);
  });

  it('describes itself', () => {
    expect(rule.meta.summary.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(rule.meta.messages)) expect(message.length).toBeGreaterThan(20);
  });

  it('cites guidance that exists, a GMC source first', () => {
    expect(rule.meta.guidance.length).toBeGreaterThan(0);
    for (const g of rule.meta.guidance) expect(GUIDANCE.has(g), `unknown guidance id ${g}`).toBe(true);
    expect(GUIDANCE.get(rule.meta.guidance[0] ?? '')?.publisher).toBe('GMC');
  });

  it('behaves as its own examples say', () => {
    expect(rule.meta.examples.warn.length).toBeGreaterThan(0);
    expect(rule.meta.examples.pass.length).toBeGreaterThan(0);
    for (const e of rule.meta.examples.warn) expect(runFindings(rule, e.text).length, e.text).toBeGreaterThan(0);
    for (const e of rule.meta.examples.pass) expect(runFindings(rule, e.text), e.text).toEqual([]);
  });
});
