import type { PlatformAdapter } from './types';

/** X / Twitter: Draft.js editors identified by data-testid. */
export const X_ADAPTER: PlatformAdapter = {
  id: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  surfaces: [
    {
      name: 'message',
      composers: ['[data-testid="dmComposerTextInput"]', '[data-testid^="dmComposer"][role="textbox"]'],
      scopes: ['[data-testid="dmComposerForm"]', 'form', '[data-testid="DmActivityViewport"]', 'main'],
      sendButtons: ['[data-testid="dmComposerSendButton"]'],
      sendKeys: ['enter'],
    },
    {
      // Home composer, replies, quotes, the /compose/post modal and thread items tweetTextarea_N.
      name: 'post',
      composers: [
        '[data-testid^="tweetTextarea_"][role="textbox"]',
        '.public-DraftEditor-content[contenteditable="true"]',
      ],
      scopes: ['[role="dialog"]', '[data-testid="inline_reply_offscreen"]', '[data-testid="primaryColumn"]', 'main'],
      sendButtons: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'],
      sendKeys: ['mod+enter'],
    },
  ],
  decoys: [],
  quirks: [
    {
      what: 'The send button sits in data-testid="toolBar", a sibling subtree of the editor, not an ancestor.',
      evidence:
        '../shared/research/compose-editors.md §3 (Maskbook selector.ts; fixture-contract test in the code index)',
      seen: '2026-11',
    },
    {
      what: 'Thread items number their editors tweetTextarea_0, _1, …; one Post all button sends them all.',
      evidence: '../shared/research/compose-editors.md §3',
      seen: '2026-11',
    },
    {
      what: 'Ctrl/Cmd+Enter sends from the editor.',
      evidence: 'X keyboard shortcuts; compose-editors.md §4.4 (unverified on the live site)',
      seen: '2026-11',
    },
  ],
};
