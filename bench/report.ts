/**
 * npm run bench:report — bench/RESULTS.md and bench/latency.svg from bench/results/*.json (each
 * optional: what is missing is reported as not measured).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { renderChart, renderMarkdown, type Results } from './render';

function read<T>(name: string): T | undefined {
  const path = `bench/results/${name}.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

const results: Results = {
  node: read('node'),
  judgement: read('judgement'),
  footprint: read('footprint'),
  browser: read('browser'),
};
const markdown = renderMarkdown(results);
// Formatted as `npm run format:check` expects, so a regenerated report never fails the lint step.
const options = (await resolveConfig('bench/RESULTS.md')) ?? {};
writeFileSync('bench/RESULTS.md', await format(markdown, { ...options, parser: 'markdown' }));
if (results.node) writeFileSync('bench/latency.svg', renderChart(results.node));
console.log(`Wrote bench/RESULTS.md${results.node ? ' and bench/latency.svg' : ''}.`);
