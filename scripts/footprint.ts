/**
 * npm run footprint — what a user downloads: every file of the Chrome (MV3) and Firefox (MV2)
 * builds, raw and gzip -9, with totals, and the content scripts against the 15 kB gzip target.
 * Builds into .output/footprint so it never rewrites .output/chrome-mv3 under someone's e2e run.
 * Writes bench/results/footprint.json.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';

const CONTENT_SCRIPT_GZIP_TARGET = 15_000;
const OUT_DIR = '.output/footprint';
const TARGETS = [
  { name: 'chrome-mv3', browser: 'chrome', manifestVersion: 3 },
  { name: 'firefox-mv2', browser: 'firefox', manifestVersion: 2 },
] as const;

interface FileSize {
  path: string;
  raw: number;
  gzip: number;
  /** A script the manifest injects into X, Facebook or LinkedIn: what every page load pays for. */
  contentScript: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The content-script files named by the built manifest (both MV2 and MV3 list them the same way). */
function contentScriptPaths(dir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  return new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]));
}

function measure(dir: string): FileSize[] {
  const injected = contentScriptPaths(dir);
  return filesUnder(dir)
    .map((file) => {
      const bytes = readFileSync(file);
      const path = relative(dir, file).split('\\').join('/');
      return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, contentScript: injected.has(path) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

async function main(): Promise<void> {
  const builds = [];
  for (const target of TARGETS) {
    await build({ browser: target.browser, manifestVersion: target.manifestVersion, outDir: OUT_DIR });
    const files = measure(join(OUT_DIR, target.name));
    const content = files.filter((f) => f.contentScript);
    builds.push({
      name: target.name,
      files,
      total: { raw: sum(files, 'raw'), gzip: sum(files, 'gzip') },
      contentScripts: content.map((f) => ({ ...f, withinTarget: f.gzip <= CONTENT_SCRIPT_GZIP_TARGET })),
    });
  }
  const result = { date: new Date().toISOString(), contentScriptGzipTarget: CONTENT_SCRIPT_GZIP_TARGET, builds };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/footprint.json', `${JSON.stringify(result, null, 2)}\n`);

  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`.padStart(10);
  for (const b of builds) {
    console.log(
      `\n${b.name}${' '.repeat(Math.max(1, 48 - b.name.length))}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}`,
    );
    for (const f of b.files) {
      const flag = f.contentScript
        ? f.gzip <= CONTENT_SCRIPT_GZIP_TARGET
          ? '  content script ✓ ≤ 15 kB'
          : '  content script ✗ > 15 kB'
        : '';
      console.log(`  ${f.path.padEnd(46)}${kb(f.raw)}${kb(f.gzip)}${flag}`);
    }
    console.log(`  ${'total'.padEnd(46)}${kb(b.total.raw)}${kb(b.total.gzip)}`);
  }
  console.log('\nWritten to bench/results/footprint.json');
}

function sum(files: readonly FileSize[], key: 'raw' | 'gzip'): number {
  return files.reduce((n, f) => n + f[key], 0);
}

await main();
