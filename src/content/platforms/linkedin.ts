import type { PlatformAdapter } from './types';

/** LinkedIn: Quill share box (inside an open shadow root since 2026), Tiptap comments, messaging. */
export const LINKEDIN_ADAPTER: PlatformAdapter = {
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  surfaces: [
    {
      name: 'message',
      composers: [
        '.msg-form__contenteditable[contenteditable="true"]',
        '[role="textbox"][contenteditable="true"][aria-label^="Write a message"]',
      ],
      scopes: ['form', '.msg-form'],
      sendButtons: ['button.msg-form__send-button', 'button[type="submit"]'],
      sendKeys: ['enter'],
    },
    {
      name: 'comment',
      composers: [
        '[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror[contenteditable="true"]',
        '.tiptap.ProseMirror[contenteditable="true"]',
        '.comments-comment-box__form .ql-editor',
      ],
      scopes: ['[componentkey]', '.comments-comment-box__form', 'form'],
      // The submit button has no aria-label and reads "Comment"; it is disabled until ProseMirror
      // commits the text. The comment-count opener has aria-label="Comment" and is not it.
      sendButtons: [
        'button.comments-comment-box__submit-button',
        'button[type="submit"]:not([aria-label])',
        'button:not([aria-label])',
      ],
      sendKeys: [],
    },
    {
      name: 'post',
      composers: [
        '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]',
        '.share-creation-state .ql-editor[contenteditable="true"]',
        '.ql-editor[contenteditable="true"][role="textbox"]',
      ],
      scopes: ['[data-test-modal-id="sharebox"]', '[role="dialog"]', '.share-box'],
      sendButtons: ['button.share-actions__primary-action', 'button[type="submit"]'],
      sendKeys: [],
    },
  ],
  // The preload copy of the share box in the light DOM is never the live composer.
  decoys: ['[data-test-preload] .ql-editor', '.ql-editor[aria-hidden="true"]'],
  quirks: [
    {
      what: 'The share box lives in the open shadow root of div#interop-outlet; a decoy light-DOM .ql-editor exists.',
      evidence: 'compose-editors.md §3 (webbrain PR #461, Briskine PR #610)',
      seen: '2026-07',
    },
    {
      what: 'Comment boxes are Tiptap/ProseMirror; the submit button stays disabled until the editor commits.',
      evidence: 'compose-editors.md §3 (2026 changes)',
      seen: '2026-07',
    },
  ],
};
