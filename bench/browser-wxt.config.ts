/**
 * The extension's own build config with a separate output directory, so `npm run bench:browser`
 * builds what it measures without rewriting .output/chrome-mv3 under someone's e2e run.
 */
import config from '../wxt.config';

export default { ...config, outDir: '.output/bench' };
