/**
 * A platform adapter is data: where the compose boxes are, which control sends, which keys send,
 * and the quirks we know about, each with its evidence. The shared hooking code does the rest.
 */
import type { Platform } from '../../rules/types';

export type SendKey = 'mod+enter' | 'enter';

export interface Surface {
  /** A name for tests and the popup: "post", "reply", "comment", "message". */
  name: string;
  /** Editors of this surface, most stable selector first (roles, aria, data-testid, editor markers). */
  composers: readonly string[];
  /** The smallest ancestor that holds both the editor and its send control. */
  scopes: readonly string[];
  /** Send controls inside the scope, most stable first. */
  sendButtons: readonly string[];
  /** Keys that send from inside the editor (besides clicking the button). */
  sendKeys: readonly SendKey[];
  /** Only on pages whose path matches (e.g. Messenger under /messages/). */
  paths?: RegExp;
  /**
   * Localised accessible names a send control may carry ("Publier", "Publicar"), matched
   * exactly on controls inside the scope when no structural selector matched.
   */
  sendLabels?: readonly string[];
}

export interface Quirk {
  what: string;
  evidence: string;
  /** When the evidence was last checked. */
  seen: string;
}

export interface PlatformAdapter {
  id: Platform;
  /** Match patterns for the content script (also used by tests). */
  matches: readonly string[];
  surfaces: readonly Surface[];
  /** Elements that look like editors but are not the live composer (e.g. hidden preload copies). */
  decoys: readonly string[];
  quirks: readonly Quirk[];
}

/** Every contenteditable or textarea on a supported host is checked, even if a selector broke. */
export const GENERIC_SURFACE: Surface = {
  name: 'other',
  composers: ['[contenteditable="true"]', '[contenteditable=""]', '[contenteditable="plaintext-only"]', 'textarea'],
  scopes: ['form', '[role="dialog"]', 'section', '[role="region"]', '[role="main"]'],
  sendButtons: ['button[type="submit"]', 'input[type="submit"]'],
  sendKeys: ['mod+enter'],
  sendLabels: ['Post', 'Reply', 'Send', 'Comment', 'Publish', 'Share', 'Save', 'Tweet'],
};
