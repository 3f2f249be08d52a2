import { X_ADAPTER } from '../content/platforms/index';
import { startContentScript } from '../content/start';

export default defineContentScript({
  matches: [...X_ADAPTER.matches],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    startContentScript(ctx, X_ADAPTER);
  },
});
