/**
 * Every regular expression in src/: the literals in the source and the ones built at run time
 * from lexicons. Shared by the ReDoS test and `npm run regex:verdicts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check as recheck } from 'recheck';
import ts from 'typescript';
import '../../src/rules/registry';
import { registeredPatterns } from '../../src/rules/text/patterns';

export interface Expression {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function literals(file: string): Expression[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Expression[] = [];
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

/**
 * A lexicon is checked phrase by phrase plus its wrapper: an alternation under no quantifier
 * cannot backtrack exponentially, and one huge automaton is slow to analyse.
 */
export function allExpressions(): Expression[] {
  return [
    ...sourceFiles('src').flatMap(literals),
    ...registeredPatterns().flatMap(({ id, re, lexicon }) =>
      lexicon
        ? [
            { where: `lexicon ${id} (wrapper)`, source: lexicon.wrapper.source, flags: lexicon.wrapper.flags },
            ...lexicon.phrases.map((source) => ({ where: `lexicon ${id}`, source, flags: 'iu' })),
          ]
        : [{ where: `pattern ${id}`, source: re.source, flags: re.flags }],
    ),
  ];
}

export const key = (e: Expression) => `/${e.source}/${e.flags.replace(/[gy]/g, '')}`;
export const VERDICTS_FILE = 'tests/meta/regex-verdicts.json';

export type Verdict = 'safe' | 'polynomial-2' | 'polynomial' | 'exponential' | 'unknown';

export async function verdictOf(e: Expression): Promise<Verdict> {
  let result = await recheck(e.source, e.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
  // Large alternations can exhaust the quick budget; give those one long look before "unknown".
  if (result.status === 'unknown') result = await recheck(e.source, e.flags.replace(/[gy]/g, ''), { timeout: 90_000 });
  if (result.status === 'safe') return 'safe';
  if (result.status === 'unknown') return 'unknown';
  const c = result.complexity;
  if (c.type === 'exponential') return 'exponential';
  return c.type === 'polynomial' && c.degree === 2 ? 'polynomial-2' : 'polynomial';
}
