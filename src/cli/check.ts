/**
 * npm run -s check -- "draft text" [--platform x|facebook|linkedin] [--json]
 * npm run -s check -- --file PATH        (or the draft on stdin)
 */
import { readFileSync } from 'node:fs';
import { check } from '../rules/engine/check';
import { citation } from '../rules/guidance';
import type { Finding } from '../rules/types';
import { InputError } from './corpus';
import { args, main, platformArg } from './run';

main('check', async () => {
  const { values, positionals } = args({
    file: { type: 'string' },
    platform: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const platform = platformArg(values.platform);
  const text = await draftFrom(values.file, positionals);
  const result = check({ text, platform });
  if (values.json) return JSON.stringify(result, null, 2);
  return describe(text, result.findings, result.truncated ? result.checkedLength : undefined);
});

async function draftFrom(file: string | undefined, positionals: string[]): Promise<string> {
  if (file !== undefined) {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new InputError(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (positionals.length > 0) return positionals.join(' ');
  if (process.stdin.isTTY) throw new InputError('give a draft as an argument, with --file PATH, or on stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function describe(text: string, findings: Finding[], checkedLength?: number): string {
  const lines: string[] = [];
  if (checkedLength !== undefined) lines.push(`Checked the first ${checkedLength} characters only.`);
  if (findings.length === 0) {
    lines.push('No warnings. Still read it once more as a patient, a colleague and your regulator would.');
    return lines.join('\n');
  }
  for (const f of findings) {
    const { line, column } = position(text, f.start);
    lines.push(`${line}:${column}  ${f.severity.padEnd(7)}  ${f.category}  (${f.ruleId})`);
    lines.push(`  “${text.slice(f.start, f.end)}”`);
    lines.push(`  ${f.message}`);
    if (f.suggestion) lines.push(`  Safer: ${f.suggestion}`);
    lines.push(`  Guidance: ${f.guidance.map((id) => citation(id).label).join('; ')}`);
    lines.push('');
  }
  const counts = (['error', 'warning', 'info'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`);
  lines.push(counts.join(', '));
  return lines.join('\n');
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
