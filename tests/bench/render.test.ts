import { describe, expect, it } from 'vitest';
import { checkTargets, renderChart, renderMarkdown, type NodeResults, type Results } from '../../bench/render';

const s = (median: number, p95: number, n = 50) => ({ median, p95, n });
const r = (median: number, p95: number) => ({ median, p95 });

/** A small run where the engine meets the 280 target but misses the keystroke one and is slower than one peer. */
const node: NodeResults = {
  date: '2026-01-02T03:04:05.000Z',
  machine: { cpu: 'Test CPU', cores: 2, node: 'v20.0.0' },
  engine: { maxCheckLength: 20_000 },
  lengths: {
    '280': { 'second-look': s(0.8, 1.5), 'second-look keystroke': s(0.2, 0.4), alex: s(4, 6), obscenity: s(0.1, 0.2) },
    '3000': { 'second-look': s(6, 9), 'second-look keystroke': s(2, 3.5), alex: s(40, 60), obscenity: s(1, 2) },
    '10000': { 'second-look': s(20, 30), 'second-look keystroke': s(2, 3), alex: s(130, 200), obscenity: s(3, 5) },
    '100000': {
      'second-look': s(60, 80),
      'second-look keystroke': s(2, 3),
      'second-look all text': s(200, 240),
      alex: s(1500, 2000),
      obscenity: s(30, 50),
    },
  },
  ratios: {
    '280': {
      alex: { full: r(0.2, 0.25), keystroke: r(0.05, 0.07) },
      obscenity: { full: r(8, 7.5), keystroke: r(2, 2) },
    },
    '3000': {
      alex: { full: r(0.15, 0.15), keystroke: r(0.05, 0.06) },
      obscenity: { full: r(6, 4.5), keystroke: r(2, 2) },
    },
  },
};

describe('bench report', () => {
  it('ticks a met target and crosses a missed one', () => {
    const checks = checkTargets({ node });
    const find = (text: string) => checks.find((c) => c.target.includes(text));
    expect(find('full check at 280')?.met).toBe(true);
    expect(find('per keystroke at 3,000')?.met).toBe(false);
    expect(find('Faster than every peer')?.met).toBe(false);
    expect(find('Faster than every peer')?.measured).toContain('slower than obscenity');
    // 240 ms over 100k against 30 ms over 10k: 0.8× per character, within 250 ms.
    expect(find('Linear growth')?.met).toBe(true);
    const markdown = renderMarkdown({ node });
    expect(markdown).toMatch(/per keystroke at 3,000 characters \(incremental\) \| 3\.50 ms \(n 50\) \| ✗ \|/);
    expect(markdown).toMatch(/full check at 280 characters \| 1\.50 ms \(n 50\) \| ✓ \|/);
  });

  it('says "not measured" for what is missing instead of passing it', () => {
    const checks = checkTargets({ node });
    expect(checks.find((c) => c.target.startsWith('Browser: service worker'))?.met).toBeUndefined();
    const markdown = renderMarkdown({ node } satisfies Results);
    expect(markdown).toContain('not measured');
    expect(markdown).toContain('2026-01-02 03:04 UTC on Test CPU, 2 cores, Node v20.0.0');
  });

  it('marks a content script over 15 kB gzip and a long task as misses', () => {
    const checks = checkTargets({
      footprint: {
        date: 'd',
        contentScriptGzipTarget: 15_000,
        builds: [
          {
            name: 'chrome-mv3',
            total: { raw: 1, gzip: 1 },
            files: [{ path: 'content-scripts/x.js', raw: 60_000, gzip: 16_000, contentScript: true }],
          },
        ],
      },
      browser: { date: 'd', longTasks: { count: 1, maxMs: 75 } },
    });
    expect(checks.find((c) => c.target.startsWith('Content script'))?.met).toBe(false);
    expect(checks.find((c) => c.target.startsWith('No long task'))?.met).toBe(false);
  });

  it('draws every tool in the chart with a legend, the engine past its cap from the all-text row', () => {
    const svg = renderChart(node);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const name of ['second-look full check', 'second-look keystroke', 'alex', 'obscenity'])
      expect(svg).toContain(`>${name}</text>`);
    // Four points per series: 280, 3k, 10k, 100k.
    expect(svg.match(/<circle /g)).toHaveLength(16);
    expect(svg).not.toContain('NaN');
  });
});
