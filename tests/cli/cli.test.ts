import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
function run(script: string, args: string[], input?: string) {
  const r = spawnSync(TSX, [`src/cli/${script}.ts`, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const dir = mkdtempSync(join(tmpdir(), 'second-look-cli-'));
const corpus = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
};
const post = (id: string, text: string, labels: string[] = []) => JSON.stringify({ id, platform: 'x', text, labels });

describe('npm run check', () => {
  it('prints findings for a person: where, message, safer wording, guidance', () => {
    const r = run('check', ['Chase the MRI for NHS no 463 030 8245 please', '--platform', 'x']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1:26');
    expect(r.stdout).toContain('NHS number');
    expect(r.stdout).toContain('Safer: [number removed]');
    expect(r.stdout).toMatch(/Guidance: GMC, Using social media as a medical professional \(2024\), para 18/);
  });

  it('reads stdin and prints JSON for machines', () => {
    const r = run('check', ['--json'], 'NHS no 463 030 8245');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.findings[0]).toMatchObject({ ruleId: 'patient-identifier/health-number', start: 7, end: 19 });
  });

  it('rejects an unknown platform in one line, with a non-zero exit', () => {
    const r = run('check', ['hello', '--platform', 'myspace']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown platform "myspace"');
  });

  it('names an unreadable file', () => {
    const r = run('check', ['--file', join(dir, 'missing.txt')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('missing.txt: cannot read file');
  });
});

describe('npm run predict / eval', () => {
  it('predict prints one JSON line per post with its labels', () => {
    const path = corpus('ok.jsonl', [
      post('a', 'NHS no 463 030 8245', ['patient-identifier']),
      post('b', 'Lovely day'),
    ]);
    const r = run('predict', [path]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.labels])).toEqual([
      ['a', ['patient-identifier']],
      ['b', []],
    ]);
  });

  it('a malformed line is named by file and line, and nothing is half-written', () => {
    const path = corpus('bad.jsonl', [post('a', 'fine'), '{"id": "b", "text": ', post('c', 'fine')]);
    const r = run('predict', [path]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad.jsonl:2: not valid JSON');
  });

  it('a line with a wrong field says which field', () => {
    const path = corpus('field.jsonl', [JSON.stringify({ id: 'a', platform: 'x', text: 'hi', labels: ['rude'] })]);
    const r = run('eval', [path]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('field.jsonl:1: labels.0');
  });

  it('eval reports risky posts warned, false alarms and per-category precision and recall', () => {
    const path = corpus('small.jsonl', [
      post('a', 'NHS no 463 030 8245', ['patient-identifier']),
      post('b', 'Lovely day on the unit'),
    ]);
    const r = run('eval', [path, '--json']);
    expect(r.code).toBe(0);
    const [score] = JSON.parse(r.stdout);
    expect(score).toMatchObject({ corpus: 'small.jsonl', posts: 2, risky: 1, riskyWarned: 1, cleanFalseAlarm: 0 });
    expect(score.categories.find((c: { category: string }) => c.category === 'patient-identifier')).toMatchObject({
      precision: 1,
      recall: 1,
    });
  });
});
