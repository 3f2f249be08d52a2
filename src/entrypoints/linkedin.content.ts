import { LINKEDIN_ADAPTER } from '../content/platforms/index';
import { startContentScript } from '../content/start';

export default defineContentScript({
  matches: [...LINKEDIN_ADAPTER.matches],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    startContentScript(ctx, LINKEDIN_ADAPTER);
  },
});
