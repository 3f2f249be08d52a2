/**
 * Renders the benchmark results (bench/results/*.json) as bench/RESULTS.md and the latency chart,
 * and checks each target of issue 5. Pure: data in, text out, so it is tested on small fixtures.
 */
import type { Stats } from './stats';

const ENGINE = 'second-look';
const KEYSTROKE = `${ENGINE} keystroke`;
const ALL_TEXT = `${ENGINE} all text`;

type Ratio = { median: number; p95: number };
export interface NodeResults {
  date: string;
  quick?: boolean;
  machine: { cpu: string; cores: number; node: string; loadAverage1mBefore?: number; loadAverage1mAfter?: number };
  engine?: { maxCheckLength: number };
  tools?: Array<{ name: string; version: string; category: string }>;
  method?: string;
  lengths: Record<string, Record<string, Stats>>;
  ratios: Record<string, Record<string, { full: Ratio; keystroke: Ratio; allText?: Ratio }>>;
  cold?: Record<string, Stats>;
}
interface Row {
  category: string;
  tool: string;
  precision: number;
  recall: number;
  f1: number;
  spanRecall: number;
  goldSpans?: number;
}
export interface JudgementResults {
  date: string;
  vaderThreshold?: number;
  tools: Array<{ name: string; version: string; category: string; mapping: string }>;
  corpora: Array<{ corpus: string; posts: number; scored: string[]; rows: Row[] }>;
}
interface FileSize {
  path: string;
  raw: number;
  gzip: number;
  contentScript: boolean;
}
export interface FootprintResults {
  date: string;
  contentScriptGzipTarget: number;
  builds: Array<{ name: string; files: FileSize[]; total: { raw: number; gzip: number } }>;
}
type Percentiles = { p50: number; p95: number; n: number };
export interface BrowserResults {
  date: string;
  machine?: unknown;
  platforms?: Record<string, Record<string, Percentiles>>;
  swColdStart?: Percentiles;
  swColdStartParts?: { keyToWorkerStart: number; scriptEvaluated: number; checkAnswered: number };
  longTasks?: { count: number; maxMs: number };
  contentScriptGzipBytes?: number;
}
export interface Results {
  node?: NodeResults;
  judgement?: JudgementResults;
  footprint?: FootprintResults;
  browser?: BrowserResults;
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** undefined: not measured in this run. */
  met: boolean | undefined;
}

const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const fixed = (x: number) => x.toFixed(2);
const mark = (met: boolean | undefined) => (met === undefined ? '— not measured' : met ? '✓' : '✗');

/** The engine's p95 at a length, for a full check: past its cap, the row that checks all the text. */
function engineFull(node: NodeResults, length: string): Stats | undefined {
  const row = node.lengths[length];
  return row?.[ALL_TEXT] ?? row?.[ENGINE];
}

export function checkTargets(r: Results): TargetCheck[] {
  const node = r.node;
  const at = (length: string, tool: string) => node?.lengths[length]?.[tool];
  const checks: TargetCheck[] = [];
  const limit = (target: string, s: Stats | undefined, max: number) =>
    checks.push({
      target,
      measured: s ? `${ms(s.p95)} ms (n ${s.n})` : 'not measured',
      met: s ? s.p95 <= max : undefined,
    });

  limit('Engine p95 ≤ 2 ms, full check at 280 characters', at('280', ENGINE), 2);
  limit('Engine p95 ≤ 10 ms, full check at 3,000 characters', at('3000', ENGINE), 10);
  limit('Engine p95 ≤ 2 ms per keystroke at 3,000 characters (incremental)', at('3000', KEYSTROKE), 2);

  const big = node && engineFull(node, '100000');
  const ten = node && engineFull(node, '10000');
  const growth = big && ten ? big.p95 / 10 / ten.p95 : undefined;
  checks.push({
    target: 'Linear growth to 100,000 characters, p95 ≤ 250 ms (per-character cost at 100k ≤ 1.5× that at 10k)',
    measured:
      big && ten && growth !== undefined
        ? `${ms(big.p95)} ms; per-character cost ${fixed(growth)}× that at 10k`
        : 'not measured',
    met: big && growth !== undefined ? big.p95 <= 250 && growth <= 1.5 : undefined,
  });

  if (node) {
    const pairs = Object.entries(node.ratios).flatMap(([length, peers]) =>
      Object.entries(peers).map(([peer, x]) => ({ length, peer, ratio: (x.allText ?? x.full).median })),
    );
    const slower = pairs.filter((p) => !(p.ratio < 1));
    checks.push({
      target: 'Faster than every peer at every length (median ratio engine/peer < 1)',
      measured: `faster in ${pairs.length - slower.length} of ${pairs.length} length×peer pairs${
        slower.length ? `; slower than ${[...new Set(slower.map((p) => p.peer))].join(', ')}` : ''
      }`,
      met: slower.length === 0,
    });
  } else checks.push({ target: 'Faster than every peer at every length', measured: 'not measured', met: undefined });

  const rows = r.judgement?.corpora.flatMap((c) => {
    const ours = new Map(c.rows.filter((x) => x.tool === ENGINE).map((x) => [x.category, x.f1]));
    return c.rows.filter((x) => x.tool !== ENGINE).map((x) => ({ ...x, ours: ours.get(x.category) ?? 0 }));
  });
  checks.push({
    target: 'While judging more: every category, F1 at least each peer’s in its own category',
    measured: rows
      ? `7 categories against 1 per peer; F1 ≥ peer in ${rows.filter((x) => x.ours >= x.f1).length} of ${rows.length} corpus×peer comparisons`
      : 'not measured',
    met: rows ? rows.every((x) => x.ours >= x.f1) : undefined,
  });

  const b = r.browser;
  const underline = b?.platforms
    ? Object.entries(b.platforms).flatMap(([platform, byLength]) =>
        Object.entries(byLength).map(([length, p]) => ({ platform, length, ...p })),
      )
    : [];
  const worst = underline.sort((x, y) => y.p95 - x.p95)[0];
  checks.push({
    target: 'Browser: keystroke → underline p95 ≤ 50 ms (every platform, 280 and 3,000 characters)',
    measured: worst ? `worst ${ms(worst.p95)} ms (${worst.platform}, ${worst.length} characters)` : 'not measured',
    met: worst ? worst.p95 <= 50 : undefined,
  });
  checks.push({
    target: 'Browser: service worker cold start → first answer ≤ 150 ms (p95)',
    measured: b?.swColdStart ? `${ms(b.swColdStart.p95)} ms (n ${b.swColdStart.n})` : 'not measured',
    met: b?.swColdStart ? b.swColdStart.p95 <= 150 : undefined,
  });
  const scripts = r.footprint?.builds.flatMap((x) => x.files.filter((f) => f.contentScript).map((f) => f.gzip));
  const script = scripts?.length ? Math.max(...scripts) : b?.contentScriptGzipBytes;
  checks.push({
    target: 'Content script ≤ 15 kB gzip',
    measured: script === undefined ? 'not measured' : `largest ${kB(script)} gzip -9`,
    met: script === undefined ? undefined : script <= 15_000,
  });
  checks.push({
    target: 'No long task > 50 ms from the extension while typing',
    measured: b?.longTasks ? `${b.longTasks.count} long tasks, longest ${ms(b.longTasks.maxMs)} ms` : 'not measured',
    met: b?.longTasks ? b.longTasks.maxMs <= 50 : undefined,
  });
  return checks;
}

export function renderMarkdown(r: Results): string {
  const out: string[] = ['# Benchmarks', ''];
  out.push(
    'Generated by `npm run bench:report` from `bench/results/*.json`. Reproduce with `npm run bench`, ' +
      '`npm run -s eval -- --peers`, `npm run footprint`, `npm run bench:browser`, then `npm run bench:report`.',
    '',
  );
  const n = r.node;
  out.push(
    n
      ? `Node run: ${n.date.slice(0, 16).replace('T', ' ')} UTC on ${n.machine.cpu}, ${n.machine.cores} cores, Node ${n.machine.node}` +
          (n.machine.loadAverage1mBefore !== undefined
            ? ` (load average ${fixed(n.machine.loadAverage1mBefore)} before, ${fixed(n.machine.loadAverage1mAfter ?? NaN)} after: ` +
              'the machine was shared with other work, so absolute times are noisy; the ratios, measured interleaved, drift less).'
            : '.') +
          (n.quick ? ' **Quick smoke run: too few iterations to rely on.**' : '')
      : 'Node speed: not measured.',
    '',
  );

  out.push('## Targets', '', '| target | measured | met |', '| --- | --- | :-: |');
  for (const c of checkTargets(r)) out.push(`| ${c.target} | ${c.measured} | ${mark(c.met)} |`);
  out.push('');

  out.push('## Speed in Node', '');
  if (n) {
    out.push('![p95 latency against draft length, engine and peers, log–log](latency.svg)', '');
    if (n.method) out.push(n.method, '');
    if (n.engine)
      out.push(
        `The engine checks at most the first ${n.engine.maxCheckLength.toLocaleString('en-GB')} characters of a draft ` +
          'and says so; at 100,000 characters the "all text" row checks every character in pieces of that size, ' +
          'and is the one compared with the peers, which read everything.',
        '',
      );
    out.push(
      '| characters | tool | median ms | p95 ms | n | engine/peer median | engine/peer p95 |',
      '| --: | --- | --: | --: | --: | --: | --: |',
    );
    for (const [length, row] of Object.entries(n.lengths)) {
      for (const [tool, s] of Object.entries(row)) {
        const x = n.ratios[length]?.[tool];
        const rx = x ? (x.allText ?? x.full) : undefined;
        out.push(
          `| ${Number(length).toLocaleString('en-GB')} | ${tool} | ${ms(s.median)} | ${ms(s.p95)} | ${s.n} | ${rx ? fixed(rx.median) : ''} | ${rx ? fixed(rx.p95) : ''} |`,
        );
      }
    }
    out.push('');
    if (n.cold) {
      out.push(
        '**Cold start** (import to first result on a 280-character draft, in a fresh `node`, timed inside it):',
        '',
        '| tool | median ms | p95 ms | n |',
        '| --- | --: | --: | --: |',
      );
      for (const [tool, s] of Object.entries(n.cold)) out.push(`| ${tool} | ${ms(s.median)} | ${ms(s.p95)} | ${s.n} |`);
      out.push('');
    }
  } else out.push('Not measured.', '');

  out.push('## Judgement', '');
  const j = r.judgement;
  if (j) {
    out.push(
      'Each tool is scored per category on the posts of each corpus (external corpora only on the categories they ' +
        'label). Peers are mapped to one category each:',
      '',
    );
    for (const t of j.tools) out.push(`- ${t.name} ${t.version}: ${t.mapping}`);
    out.push(
      '',
      'Our rules were written against dev.jsonl (read its scores as a regression check, not a result); ' +
        'challenge-b and the external corpora were not used to write them.',
      '',
      '| corpus | category | tool | precision | recall | F1 | span recall |',
      '| --- | --- | --- | --: | --: | --: | --: |',
    );
    for (const c of j.corpora) {
      for (const x of c.rows) {
        const span = x.goldSpans === 0 ? 'n/a' : fixed(x.spanRecall);
        out.push(
          `| ${c.corpus} | ${x.category} | ${x.tool} | ${fixed(x.precision)} | ${fixed(x.recall)} | ${fixed(x.f1)} | ${span} |`,
        );
      }
    }
    out.push('');
  } else out.push('Not measured.', '');

  out.push('## Footprint', '');
  const f = r.footprint;
  if (f) {
    out.push('| build | file | raw | gzip -9 |', '| --- | --- | --: | --: |');
    for (const b of f.builds) {
      for (const file of b.files)
        out.push(
          `| ${b.name} | ${file.path}${file.contentScript ? ' (content script)' : ''} | ${kB(file.raw)} | ${kB(file.gzip)} |`,
        );
      out.push(`| ${b.name} | **total** | ${kB(b.total.raw)} | ${kB(b.total.gzip)} |`);
    }
    out.push('');
  } else out.push('Not measured.', '');

  out.push('## In the browser', '');
  const b = r.browser;
  if (b?.platforms) {
    out.push(
      `Run: ${b.date}.`,
      '',
      '| platform | characters | keystroke → underline p50 ms | p95 ms | n |',
      '| --- | --: | --: | --: | --: |',
    );
    for (const [platform, byLength] of Object.entries(b.platforms))
      for (const [length, p] of Object.entries(byLength))
        out.push(`| ${platform} | ${Number(length).toLocaleString('en-GB')} | ${ms(p.p50)} | ${ms(p.p95)} | ${p.n} |`);
    out.push('');
    const cold = b.swColdStart;
    const parts = b.swColdStartParts;
    if (cold && parts) {
      out.push(
        `Service worker cold start (the worker stopped, then one key): first underline p50 ${ms(cold.p50)} ms, ` +
          `p95 ${ms(cold.p95)} ms (n ${cold.n}). Medians of its parts: key → worker started ` +
          `${ms(parts.keyToWorkerStart)} ms; worker started → script loaded and evaluated ` +
          `${ms(parts.scriptEvaluated)} ms; the waking check answered in ${ms(parts.checkAnswered)} ms ` +
          `(its regexes compile on first use); the rest is the reply's trip and the paint.`,
        '',
      );
    }
  } else out.push('Not measured (bench/results/browser.json is missing; run `npm run bench:browser`).', '');
  return out.join('\n');
}

/** Series for the chart: p95 by draft length. */
export function chartSeries(node: NodeResults): Array<{ name: string; points: Array<[number, number]> }> {
  const lengths = Object.keys(node.lengths).map(Number);
  const tools = [...new Set(Object.values(node.lengths).flatMap((row) => Object.keys(row)))].filter(
    (t) => t !== ALL_TEXT,
  );
  return tools.map((tool) => ({
    name: tool === ENGINE ? `${ENGINE} full check` : tool,
    points: lengths.flatMap((length): Array<[number, number]> => {
      const s = tool === ENGINE ? engineFull(node, String(length)) : node.lengths[String(length)]?.[tool];
      return s && s.p95 > 0 ? [[length, s.p95]] : [];
    }),
  }));
}

const COLOURS = ['#0072B2', '#0072B2', '#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#D55E00', '#000000'];
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A log–log line chart of p95 latency against draft length, hand-written SVG (no dependency). */
export function renderChart(node: NodeResults): string {
  const series = chartSeries(node);
  const W = 860;
  const H = 500;
  const left = 70;
  const right = 600;
  const top = 50;
  const bottom = 440;
  const ys = series.flatMap((s) => s.points.map(([, y]) => y)).concat([2, 250]);
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...ys)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...ys)));
  const [xMin, xMax] = [200, 150_000];
  const x = (v: number) =>
    left + ((Math.log10(v) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (right - left);
  const y = (v: number) =>
    bottom - ((Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (bottom - top);
  const px = (v: number) => v.toFixed(1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="13">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${left}" y="28" font-size="16" font-weight="600">p95 latency against draft length, Node (log–log; lower is faster)</text>`,
  ];
  for (let v = yMin; v <= yMax * 1.0001; v *= 10) {
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${px(y(v))}" y2="${px(y(v))}" stroke="#dddddd"/>`,
      `<text x="${left - 8}" y="${px(y(v) + 4)}" text-anchor="end">${v >= 1 ? v : v.toPrecision(1)}</text>`,
    );
  }
  for (const v of Object.keys(node.lengths).map(Number)) {
    parts.push(
      `<line x1="${px(x(v))}" x2="${px(x(v))}" y1="${top}" y2="${bottom}" stroke="#eeeeee"/>`,
      `<text x="${px(x(v))}" y="${bottom + 18}" text-anchor="middle">${v >= 1000 ? `${v / 1000}k` : v}</text>`,
    );
  }
  parts.push(
    `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="none" stroke="#444444"/>`,
    `<text x="${(left + right) / 2}" y="${bottom + 40}" text-anchor="middle">draft length (characters)</text>`,
    `<text transform="translate(20 ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">p95 time per check (ms)</text>`,
  );
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
    const engine = s.name.startsWith(ENGINE);
    const dash = s.name === KEYSTROKE ? ' stroke-dasharray="6 4"' : '';
    const width = engine ? 3 : 1.8;
    const d = s.points.map(([a, b], k) => `${k ? 'L' : 'M'}${px(x(a))} ${px(y(b))}`).join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}"${dash}/>`);
    for (const [a, b] of s.points) parts.push(`<circle cx="${px(x(a))}" cy="${px(y(b))}" r="3.5" fill="${colour}"/>`);
    const ly = top + 10 + i * 24;
    parts.push(
      `<line x1="${right + 20}" x2="${right + 50}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="${width}"${dash}/>`,
      `<text x="${right + 58}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
    );
  });
  // The issue's targets, so the reader sees where the engine must be.
  const targets: Array<[number, number]> = [
    [280, 2],
    [3000, 10],
    [100_000, 250],
  ];
  for (const [a, b] of targets) {
    const cx = x(a);
    const cy = y(b);
    parts.push(
      `<path d="M${px(cx - 6)} ${px(cy - 6)} L${px(cx + 6)} ${px(cy + 6)} M${px(cx - 6)} ${px(cy + 6)} L${px(cx + 6)} ${px(cy - 6)}" stroke="#C00000" stroke-width="2.5"/>`,
    );
  }
  const ty = top + 10 + series.length * 24;
  parts.push(
    `<path d="M${right + 29} ${ty - 6} L${right + 41} ${ty + 6} M${right + 29} ${ty + 6} L${right + 41} ${ty - 6}" stroke="#C00000" stroke-width="2.5"/>`,
    `<text x="${right + 58}" y="${ty + 4}">target for a full check (p95)</text>`,
    `<text x="${right + 20}" y="${ty + 34}" font-size="11" fill="#555555">keystroke: one character typed,</text>`,
    `<text x="${right + 20}" y="${ty + 48}" font-size="11" fill="#555555">incremental re-check (dashed).</text>`,
    `<text x="${right + 20}" y="${ty + 66}" font-size="11" fill="#555555">${escapeXml(node.machine.cpu)}, ${node.machine.cores} cores,</text>`,
    `<text x="${right + 20}" y="${ty + 80}" font-size="11" fill="#555555">Node ${escapeXml(node.machine.node)}, ${node.date.slice(0, 10)}</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
