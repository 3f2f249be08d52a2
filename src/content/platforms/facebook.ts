import type { PlatformAdapter } from './types';

/** Facebook: Lexical editors; labels are localised, so buttons are found by structure first. */
export const FACEBOOK_ADAPTER: PlatformAdapter = {
  id: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  surfaces: [
    {
      // The post composer dialog.
      name: 'post',
      composers: [
        '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
        '[role="dialog"] [role="textbox"][contenteditable="true"]',
      ],
      scopes: ['[role="dialog"]'],
      // Localised labels ("Publier", "Publicar") are matched through `sendLabels`.
      sendButtons: ['[role="button"][aria-label="Post"]'],
      sendKeys: [],
      sendLabels: [
        'Post',
        'Publier',
        'Publicar',
        'Pubblica',
        'Posten',
        'Veröffentlichen',
        'Plaatsen',
        'Opublikuj',
        'Publiceren',
      ],
    },
    {
      // Messenger on facebook.com.
      name: 'message',
      paths: /^\/messages\//,
      composers: ['[contenteditable="true"][data-lexical-editor="true"]', '[role="textbox"][contenteditable="true"]'],
      scopes: ['form', '[role="main"]'],
      sendButtons: ['[role="button"][aria-label="Press enter to send"]', '[role="button"][aria-label="Send"]'],
      sendKeys: ['enter'],
    },
    {
      // Comments and replies under a post: Lexical boxes outside the composer dialog.
      name: 'comment',
      composers: ['[contenteditable="true"][data-lexical-editor="true"]', '[role="textbox"][contenteditable="true"]'],
      scopes: ['form', '[role="article"]'],
      sendButtons: ['[role="button"][aria-label="Comment"]', '[role="button"][aria-label="Reply"]'],
      sendKeys: ['enter'],
    },
  ],
  decoys: [],
  quirks: [
    {
      what: 'Comments, replies and Messenger send on Enter; Shift+Enter inserts a line break.',
      evidence: 'compose-editors.md §3 and §4.4; fixture tests/fixtures (comments, Messenger)',
      seen: '2026-11',
    },
    {
      what: 'The Post button is a div[role=button] whose aria-label is localised ("Publier", "Publicar").',
      evidence: 'compose-editors.md §3 (automation repos list localised labels)',
      seen: '2026-11',
    },
  ],
};
