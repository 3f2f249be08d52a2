import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPeers, peerPrediction, redactedRanges, sentenceSpans } from '../../src/cli/peers';

const peers = new Map(createPeers().map((p) => [p.name, p]));
const verdict = (name: string, text: string) => peerPrediction(peers.get(name)!, { id: 't', text });

describe('peers mapped to our categories', () => {
  it('the PII redactors flag an email as patient-identifier, at its place in the draft', () => {
    const text = 'Results sent to jo.bloggs@example.com this morning';
    for (const name of ['redact-pii', '@redactpii/node']) {
      const p = verdict(name, text);
      expect(p.labels).toEqual(['patient-identifier']);
      const [f] = p.findings;
      expect(text.slice(f!.start, f!.end)).toBe('jo.bloggs@example.com');
    }
    expect(verdict('redact-pii', 'Lovely sunny walk along the river today').labels).toEqual([]);
  });

  it('obscenity flags swearing, including leetspeak, as emotive', () => {
    expect(verdict('obscenity', 'What a sh1t night on call').labels).toEqual(['emotive']);
    expect(verdict('obscenity', 'What a quiet night on call').labels).toEqual([]);
  });

  it('vader flags a clearly negative sentence as emotive, not a mildly negative one', () => {
    const text = 'Clinic ran late today. I hate this awful, miserable, useless rota and everyone in charge of it!';
    const p = verdict('vader-sentiment', text);
    expect(p.labels).toEqual(['emotive']);
    expect(text.slice(p.findings[0]!.start)).toMatch(/^I hate/);
    expect(verdict('vader-sentiment', 'Sad news about the clinic closing.').labels).toEqual([]);
  });

  it('alex flags insensitive wording as disrespect', () => {
    expect(verdict('alex', 'The patient in bay 2 is a total lunatic').labels).toEqual(['disrespect']);
    expect(verdict('alex', 'Great teaching session on asthma inhalers').labels).toEqual([]);
  });

  it('recovers redacted ranges, side-by-side redactions included', () => {
    expect(redactedRanges('call 0113 496 0000 now', 'call \u0000 now')).toEqual([{ start: 5, end: 18 }]);
    expect(redactedRanges('a X Y b', 'a \u0000\u0000 b')).toEqual([{ start: 2, end: 5 }]);
    expect(redactedRanges('unchanged', 'unchanged')).toEqual([]);
  });

  it('splits sentences at end punctuation and line breaks, trimmed', () => {
    const text = 'One. Two!\nThree';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two!', 'Three']);
  });
});

describe('npm run eval -- --peers', () => {
  it('scores our engine and the peers side by side and writes the JSON it prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'second-look-peers-'));
    const corpus = join(dir, 'tiny.jsonl');
    const post = (id: string, text: string, labels: string[]) => JSON.stringify({ id, platform: 'x', text, labels });
    writeFileSync(
      corpus,
      [
        post('a', 'Chase the MRI for NHS no 463 030 8245 please', ['patient-identifier']),
        post('b', 'Email me at jo.bloggs@example.com about the rota', []),
        post('c', 'Lovely day for the staff picnic', []),
      ].join('\n'),
    );
    const out = join(dir, 'judgement.json');
    const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/eval.ts', '--peers', corpus, '--out', out], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).not.toMatch(/eval:/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('tiny.jsonl: 3 posts');
    expect(r.stdout).toContain('advice   (no peer judges this)');
    const written = JSON.parse(readFileSync(out, 'utf8'));
    const rows = written.corpora[0].rows.filter((x: { category: string }) => x.category === 'patient-identifier');
    expect(rows.map((x: { tool: string }) => x.tool)).toEqual(['second-look', 'redact-pii', '@redactpii/node']);
    // The email on a post with nothing patient-related is a false alarm for a redactor.
    const redactPii = rows.find((x: { tool: string }) => x.tool === 'redact-pii');
    expect(redactPii.falsePositives).toBeGreaterThanOrEqual(1);
    const ours = rows.find((x: { tool: string }) => x.tool === 'second-look');
    expect(ours.truePositives).toBe(1);
  }, 120_000);
});
