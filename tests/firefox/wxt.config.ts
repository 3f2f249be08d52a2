/**
 * The project's build config with its output moved to .output/firefox-check, so building Firefox
 * (and the release zips' dry runs) never rewrites .output/chrome-mv3 under a running e2e suite.
 * Use with `wxt build -c tests/firefox/wxt.config.ts`; the root stays the working directory.
 */
import config from '../../wxt.config';

export default { ...config, outDir: '.output/firefox-check' };
