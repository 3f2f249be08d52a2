/**
 * Draws underlines without touching the page: CSS Custom Highlights where the browser has them,
 * otherwise an inert overlay of boxes in our own shadow root. One set of highlights per
 * severity, shared by every hooked editor on the page.
 */
import type { Severity } from '../rules/types';

export const HIGHLIGHT_PREFIX = 'second-look';
const SEVERITY_COLOUR: Record<Severity, string> = { error: '#c5221f', warning: '#e37400', info: '#1a73e8' };

export function highlightName(severity: Severity): string {
  return `${HIGHLIGHT_PREFIX}-${severity}`;
}

const HIGHLIGHT_CSS = (['error', 'warning', 'info'] as const)
  .map(
    (s) =>
      `::highlight(${highlightName(s)}){text-decoration:underline wavy ${SEVERITY_COLOUR[s]};text-decoration-thickness:2px;text-underline-offset:3px;background-color:${SEVERITY_COLOUR[s]}14}`,
  )
  .join('\n');

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The ranges each editor currently wants drawn; re-drawn together on every change. */
export class Highlighter {
  private readonly byEditor = new Map<Element, Array<{ range: Range; severity: Severity }>>();
  private readonly styledRoots = new WeakSet<Document | ShadowRoot>();
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly overlay?: (boxes: Array<{ rect: DOMRect; severity: Severity }>) => void) {}

  set(editor: Element, ranges: Array<{ range: Range; severity: Severity }>): void {
    if (ranges.length === 0) this.byEditor.delete(editor);
    else this.byEditor.set(editor, ranges);
    this.ensureStyle(editor.getRootNode() as Document | ShadowRoot);
    this.draw();
  }

  clear(editor?: Element): void {
    if (editor) this.byEditor.delete(editor);
    else this.byEditor.clear();
    this.draw();
  }

  /** Ranges currently drawn for an editor (for hit-testing the pointer). */
  rangesOf(editor: Element): ReadonlyArray<{ range: Range; severity: Severity }> {
    return this.byEditor.get(editor) ?? [];
  }

  redraw(): void {
    this.draw();
  }

  private draw(): void {
    if (supportsHighlights()) {
      for (const severity of ['error', 'warning', 'info'] as const) {
        const ranges = [...this.byEditor.values()]
          .flat()
          .filter((r) => r.severity === severity)
          .map((r) => r.range);
        const name = highlightName(severity);
        if (ranges.length === 0) CSS.highlights.delete(name);
        else CSS.highlights.set(name, new Highlight(...ranges));
      }
    } else if (this.overlay) {
      this.overlay(
        [...this.byEditor.values()]
          .flat()
          .flatMap(({ range, severity }) => [...range.getClientRects()].map((rect) => ({ rect, severity }))),
      );
    }
  }

  /**
   * ::highlight rules must live in the tree that holds the text (a shadow root on LinkedIn).
   * A constructed stylesheet adds no element to the page and is not blocked by a strict CSP.
   */
  private ensureStyle(root: Document | ShadowRoot): void {
    if (this.styledRoots.has(root) || !supportsHighlights()) return;
    this.styledRoots.add(root);
    try {
      this.sheet ??= new CSSStyleSheet();
      if (this.sheet.cssRules.length === 0) this.sheet.replaceSync(HIGHLIGHT_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // Constructed sheets cannot be adopted across worlds in some browsers: fall back to <style>.
      const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
      style.textContent = HIGHLIGHT_CSS;
      (root instanceof Document ? (root.head ?? root.documentElement) : root).append(style);
    }
  }
}

export { SEVERITY_COLOUR };
