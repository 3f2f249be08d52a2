import { FACEBOOK_ADAPTER } from '../content/platforms/index';
import { startContentScript } from '../content/start';

export default defineContentScript({
  matches: [...FACEBOOK_ADAPTER.matches],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    startContentScript(ctx, FACEBOOK_ADAPTER);
  },
});
