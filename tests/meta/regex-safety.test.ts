/**
 * Every regular expression in src/ (literals in the source, and those built from lexicons at
 * run time) is checked for catastrophic backtracking with recheck.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check as recheck } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import '../../src/rules/registry';
import { registeredPatterns } from '../../src/rules/text/patterns';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function literals(file: string): Array<{ where: string; source: string; flags: string }> {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Array<{ where: string; source: string; flags: string }> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(sf);
      const slash = raw.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      out.push({ where: `${file}:${line}`, source: raw.slice(1, slash), flags: raw.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const all = [
  ...sourceFiles('src').flatMap(literals),
  ...registeredPatterns().map(({ id, re }) => ({ where: `pattern ${id}`, source: re.source, flags: re.flags })),
];

/**
 * Exponential and cubic-or-worse patterns fail everywhere. A quadratic pattern is tolerated in a
 * rule, because rules run on one sentence (at most MAX_SENTENCE_LENGTH characters), but not in
 * the text utilities that scan the whole draft.
 */
function tolerable(where: string, complexity: { type: string; degree?: number }): boolean {
  return complexity.type === 'polynomial' && complexity.degree === 2 && !where.startsWith('src/rules/text/');
}

describe('regular expressions', () => {
  it('finds the expressions to check', () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it('has none open to catastrophic backtracking', { timeout: 120_000 }, async () => {
    const unsafe: string[] = [];
    for (const { where, source, flags } of all) {
      const result = await recheck(source, flags.replace(/[gy]/g, ''), { timeout: 10_000 });
      if (result.status === 'vulnerable' && !tolerable(where, result.complexity)) unsafe.push(`${where}: /${source}/${flags} (${result.complexity.summary})`);
    }
    expect(unsafe).toEqual([]);
  });
});
