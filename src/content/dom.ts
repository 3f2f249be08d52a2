/** DOM helpers that see through open shadow roots, as LinkedIn's composer needs. */

/** Elements on an event's path, innermost first (the real target, even inside a shadow root). */
export function pathElements(event: Event): Element[] {
  return event.composedPath().filter((n): n is Element => n instanceof Element);
}

/** closest() that continues past shadow-root boundaries to the host's ancestors. */
export function closestComposed(start: Element, selectors: readonly string[]): Element | null {
  for (let el: Element | null = start; el;) {
    for (const sel of selectors) if (safeMatches(el, sel)) return el;
    const parent: Element | null = el.parentElement;
    if (parent) el = parent;
    else {
      const root = el.getRootNode();
      el = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return null;
}

/** querySelectorAll that also looks inside open shadow roots below `root`. */
export function queryAllDeep(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode): void => {
    for (const el of node.querySelectorAll(selector)) out.push(el);
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  return out;
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function isVisible(el: Element): boolean {
  return el.getClientRects().length > 0;
}

export function isDisabled(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled === true;
}

/** The selection of the tree an element lives in (Chromium exposes it on shadow roots). */
export function selectionFor(el: Element): Selection | null {
  const root = el.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return typeof root.getSelection === 'function' ? root.getSelection() : document.getSelection();
}
