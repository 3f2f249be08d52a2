/** Records recheck's verdict for every regex in src/: `npm run regex:verdicts`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { allExpressions, key, verdictOf, VERDICTS_FILE, type Verdict } from '../tests/meta/regexes';

// Settled verdicts are kept (the key is the expression itself); "unknown" ones are tried again.
const previous: Record<string, Verdict> = existsSync(VERDICTS_FILE)
  ? JSON.parse(readFileSync(VERDICTS_FILE, 'utf8'))
  : {};
const fresh = process.argv.includes('--all');
const verdicts: Record<string, Verdict> = {};
const queue = allExpressions();
for (const e of queue) {
  const known = previous[key(e)];
  if (!fresh && known && known !== 'unknown') verdicts[key(e)] = known;
}
const total = queue.length;
const worker = async () => {
  for (let e = queue.shift(); e; e = queue.shift()) verdicts[key(e)] ??= await verdictOf(e);
};
await Promise.all([worker(), worker()]);
const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(VERDICTS_FILE, `${JSON.stringify(sorted, null, 1)}\n`);
console.log(`${total} expressions, ${Object.keys(sorted).length} distinct; written to ${VERDICTS_FILE}`);
