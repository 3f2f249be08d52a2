/**
 * Every compose surface of the fixtures: how to reach its editor and how the site sends from it.
 * Shared by the fixture contract (no extension) and the extension's end-to-end specs.
 */
import type { Locator, Page } from '@playwright/test';

export interface SurfaceCase {
  title: string;
  url: string;
  surface: string;
  editor: (page: Page) => Locator;
  /** Before typing, e.g. open a comment box. */
  open?: (page: Page) => Promise<void>;
  /** False where a line break would send (none here) or is not allowed. */
  multiline?: boolean;
  send: (page: Page) => Promise<void>;
  /** The send control, checked disabled while empty and enabled after typing. */
  sendControl?: (page: Page) => Locator;
}

const xEditor = (testId: string) => (page: Page) => page.locator(`[data-testid="${testId}"][role="textbox"]`);
const click = (selector: string) => async (page: Page) => page.locator(selector).click();
const press = (key: string) => async (page: Page) => page.keyboard.press(key);

export const CASES: SurfaceCase[] = [
  {
    title: 'X home composer, send button',
    url: 'https://x.com/home',
    surface: 'x-home',
    editor: xEditor('tweetTextarea_0'),
    send: click('[data-testid="toolBar"] [data-testid="tweetButtonInline"]'),
    sendControl: (page) => page.locator('[data-testid="tweetButtonInline"]'),
  },
  {
    title: 'X home composer on twitter.com, Ctrl+Enter',
    url: 'https://twitter.com/home',
    surface: 'x-home',
    editor: xEditor('tweetTextarea_0'),
    send: press('Control+Enter'),
  },
  {
    title: 'X inline reply on a status page, Meta+Enter',
    url: 'https://x.com/analee_md/status/1890000000000000001',
    surface: 'x-reply',
    editor: xEditor('tweetTextarea_0'),
    send: press('Meta+Enter'),
    sendControl: (page) => page.locator('[data-testid="tweetButtonInline"]'),
  },
  {
    title: 'X quote post in the compose modal',
    url: 'https://x.com/compose/post?quote=1',
    surface: 'x-compose-0',
    editor: xEditor('tweetTextarea_0'),
    send: click('[role="dialog"] [data-testid="tweetButton"]'),
    sendControl: (page) => page.locator('[data-testid="tweetButton"]'),
  },
  {
    title: 'X direct message, Enter',
    url: 'https://x.com/messages/123-456',
    surface: 'x-dm',
    editor: xEditor('dmComposerTextInput'),
    send: press('Enter'),
    sendControl: (page) => page.locator('[data-testid="dmComposerSendButton"]'),
  },
  {
    title: 'Facebook post composer',
    url: 'https://www.facebook.com/',
    surface: 'fb-post',
    editor: (page) => page.locator('[role="dialog"] [role="textbox"][data-lexical-editor="true"]'),
    send: click('[role="dialog"] [role="button"][aria-label="Post"]'),
    sendControl: (page) => page.locator('[role="dialog"] [role="button"][aria-label="Post"]'),
  },
  {
    title: 'Facebook comment under a group post, Enter',
    url: 'https://web.facebook.com/groups/123/posts/456',
    surface: 'fb-comment',
    editor: (page) => page.getByRole('textbox', { name: 'Write a comment…' }),
    send: press('Enter'),
  },
  {
    title: 'Facebook reply to a comment, submit button',
    url: 'https://www.facebook.com/sam.carter/posts/pfbid0abc',
    surface: 'fb-reply',
    editor: (page) => page.getByRole('textbox', { name: 'Reply to Alex Morgan' }),
    send: click('[aria-label="Comment by Alex Morgan"] form [role="button"][aria-label="Comment"]'),
  },
  {
    title: 'Facebook Messenger, Enter',
    url: 'https://www.facebook.com/messages/t/100000000000001',
    surface: 'fb-messenger',
    editor: (page) => page.getByRole('textbox', { name: 'Message' }),
    send: press('Enter'),
  },
  {
    title: 'Facebook in French: post button found structurally',
    url: 'https://www.facebook.com/home.php?locale=fr',
    surface: 'fb-post',
    editor: (page) => page.locator('[role="dialog"] [data-lexical-editor="true"]'),
    // The last role=button in the editor's dialog, whatever its label says.
    send: async (page) => page.locator('[role="dialog"]').locator(':scope > [role="button"]').last().click(),
    sendControl: (page) => page.locator('[role="dialog"] [role="button"][aria-label="Publier"]'),
  },
  {
    title: 'Facebook in French: comment, Enter',
    url: 'https://www.facebook.com/groups/123/posts/456?locale=fr',
    surface: 'fb-comment',
    editor: (page) => page.getByRole('textbox', { name: 'Écrire un commentaire…' }),
    send: press('Enter'),
  },
  {
    title: 'LinkedIn share box in the interop shadow root',
    url: 'https://www.linkedin.com/feed/',
    surface: 'li-share',
    editor: (page) => page.locator('#interop-outlet [data-test-modal-id="sharebox"] .ql-editor[role="textbox"]'),
    send: click('[data-test-modal-id="sharebox"] button.share-actions__primary-action'),
    sendControl: (page) => page.locator('[data-test-modal-id="sharebox"] button.share-actions__primary-action'),
  },
  {
    title: 'LinkedIn share box, classic light-DOM layout',
    url: 'https://www.linkedin.com/feed/?layout=classic',
    surface: 'li-share',
    editor: (page) => page.locator('[role="dialog"] .ql-editor[role="textbox"]'),
    send: click('[role="dialog"] button.share-actions__primary-action'),
    sendControl: (page) => page.locator('button.share-actions__primary-action'),
  },
  {
    title: 'LinkedIn comment on the second post (Tiptap)',
    url: 'https://www.linkedin.com/feed/',
    surface: 'li-comment-2',
    open: async (page) =>
      page.locator('[componentkey="urn:li:activity:7300000000000000002"] button[aria-label="Comment"]').click(),
    editor: (page) =>
      page.locator(
        '[componentkey="urn:li:activity:7300000000000000002"] [data-testid="ui-core-tiptap-text-editor-wrapper"] .tiptap.ProseMirror[role="textbox"]',
      ),
    // The submit: text "Comment", no aria-label (the opener has one).
    send: async (page) =>
      page
        .locator('[componentkey="urn:li:activity:7300000000000000002"] button:not([aria-label])', {
          hasText: 'Comment',
        })
        .click(),
    sendControl: (page) =>
      page.locator('[componentkey="urn:li:activity:7300000000000000002"] button:not([aria-label])', {
        hasText: 'Comment',
      }),
  },
  {
    title: 'LinkedIn messaging in the interop shadow root, Enter',
    url: 'https://www.linkedin.com/messaging/thread/2-abc/',
    surface: 'li-message',
    editor: (page) => page.locator('#interop-outlet [role="textbox"][aria-label="Write a message…"]'),
    send: press('Enter'),
    sendControl: (page) => page.locator('#interop-outlet button[type="submit"]'),
  },
  {
    title: 'Generic fallback: plain textarea',
    url: 'https://x.com/settings/profile',
    surface: 'generic-textarea',
    editor: (page) => page.locator('textarea'),
    send: click('button[type="submit"]'),
  },
  {
    title: 'Generic fallback: contenteditable with an unknown testid',
    url: 'https://www.linkedin.com/settings/',
    surface: 'generic-editable',
    editor: (page) => page.locator('[contenteditable="true"][data-testid="composerInput_v2"]'),
    send: click('[data-testid="composerSend_v2"]'),
  },
];
