/**
 * Our on-page UI: the finding card, the review dialog, a toast and the fallback underline
 * overlay, all in one shadow root outside the editor so page CSS cannot reach in and we never
 * touch the editor's DOM. It shows messages and suggestions, never the draft's own text.
 */
import type { Severity } from '../rules/types';
import type { CheckDraftResult, FindingData } from '../shared/protocol';
import { SEVERITY_COLOUR } from './highlighter';
import { CATEGORY_TITLE, CHECKLIST, SELF_CHECKS } from '../shared/labels';

type Citations = CheckDraftResult['citations'];

const CSS = `
:host { all: initial; }
* { box-sizing: border-box; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card, .dialog, .toast { position: fixed; z-index: 2147483647; background: #fff; color: #202124;
  border-radius: 10px; box-shadow: 0 4px 24px rgba(0,0,0,.22); border: 1px solid #dadce0; }
.card { width: 340px; padding: 12px 14px; }
.title { font-weight: 600; margin: 0 0 4px; display: flex; gap: 6px; align-items: center; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; }
.msg { margin: 0 0 8px; }
.safer { background: #f1f3f4; border-radius: 6px; padding: 6px 8px; margin: 0 0 8px; }
.safer b { display: block; font-size: 12px; color: #5f6368; font-weight: 600; }
.cite { font-size: 12px; color: #5f6368; margin: 0 0 10px; }
.cite a { color: #1a5fb4; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button { border: 1px solid #dadce0; background: #fff; color: #202124; border-radius: 16px; padding: 4px 12px; cursor: pointer; }
button.primary { background: #1a5fb4; border-color: #1a5fb4; color: #fff; }
button:focus-visible, a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.backdrop { position: fixed; inset: 0; background: rgba(32,33,36,.45); z-index: 2147483646; }
.dialog { left: 50%; top: 10vh; transform: translateX(-50%); width: min(560px, 94vw); max-height: 80vh; overflow: auto; padding: 18px 20px; }
.dialog h2 { font-size: 18px; font-weight: 650; margin: 0 0 4px; }
.dialog ul { list-style: none; padding: 0; margin: 10px 0; }
.dialog li { padding: 8px 0; border-top: 1px solid #eee; }
.check { display: flex; gap: 8px; align-items: baseline; padding: 3px 0; }
.check input { margin: 0; }
.hint { font-size: 12px; color: #5f6368; }
.toast { left: 50%; bottom: 24px; transform: translateX(-50%); padding: 10px 14px; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid; z-index: 2147483645; }
`;

export interface CardActions {
  copySuggestion(): void;
  ignoreHere(): void;
  turnOffRule(): void;
  close(): void;
}

export interface ReviewActions {
  edit(): void;
  postAnyway(): void;
}

export class Ui {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private card: HTMLElement | undefined;
  private dialog: HTMLElement | undefined;
  private overlayLayer: HTMLElement | undefined;

  constructor(doc: Document = document) {
    this.host = doc.createElement('second-look-ui');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.root.append(style);
    // Keys typed in our UI are ours: keep the page's shortcuts from seeing them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.root.addEventListener(type, (e) => e.stopPropagation());
    }
  }

  /** (Re)attaches the host if the page removed it, e.g. on an SPA re-render. */
  attach(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  get cardOpen(): boolean {
    return !!this.card;
  }

  get dialogOpen(): boolean {
    return !!this.dialog;
  }

  showCard(
    finding: FindingData,
    citations: Citations,
    anchor: DOMRect,
    platformName: string,
    actions: CardActions,
    focus: boolean,
  ): void {
    this.hideCard();
    this.attach();
    const card = el('div', { class: 'card', role: focus ? 'dialog' : 'tooltip', 'aria-label': 'Second Look' });
    card.append(title(finding.category, finding.severity), el('p', { class: 'msg' }, finding.message));
    if (finding.suggestion) {
      const safer = el('p', { class: 'safer' });
      safer.append(el('b', {}, 'Safer wording'), document.createTextNode(finding.suggestion));
      card.append(safer);
    }
    card.append(citationLine(finding, citations));
    const buttons = el('div', { class: 'actions' });
    if (finding.suggestion) buttons.append(button('Copy safer wording', actions.copySuggestion));
    buttons.append(
      button('Ignore here', actions.ignoreHere),
      button(`Turn this rule off on ${platformName}`, actions.turnOffRule),
      button('Close', actions.close),
    );
    card.append(
      buttons,
      el('p', { class: 'hint' }, 'Alt+Shift+L opens this card from the keyboard; Esc returns to your post.'),
    );
    // Pointer presses on the card must not take focus or the selection out of the editor.
    if (!focus) card.addEventListener('mousedown', (e) => e.preventDefault());
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') actions.close();
      else if (e.key === 'Tab') trapFocus(e, card);
    });
    place(card, anchor);
    this.root.append(card);
    this.card = card;
    if (focus) card.querySelector('button')?.focus();
  }

  hideCard(): void {
    this.card?.remove();
    this.card = undefined;
  }

  cardContains(target: EventTarget | null): boolean {
    return !!this.card && target instanceof Node && (this.card.contains(target) || target === this.host);
  }

  showReview(findings: FindingData[], allFindings: FindingData[], citations: Citations, actions: ReviewActions): void {
    this.closeReview();
    this.hideCard();
    this.attach();
    const backdrop = el('div', { class: 'backdrop' });
    const dialog = el('div', {
      class: 'dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'sl-review-title',
    });
    dialog.append(
      el('h2', { id: 'sl-review-title' }, 'Before you post: a second look'),
      el('p', { class: 'hint' }, 'These could put a patient or your registration at risk. You decide.'),
    );
    const list = el('ul');
    for (const f of findings) {
      const item = el('li');
      item.append(title(f.category, f.severity), el('p', { class: 'msg' }, f.message));
      if (f.suggestion) {
        const safer = el('p', { class: 'safer' });
        safer.append(el('b', {}, 'Safer wording'), document.createTextNode(f.suggestion));
        item.append(safer);
      }
      item.append(citationLine(f, citations));
      list.append(item);
    }
    dialog.append(list, el('h2', {}, 'Checklist'));
    const flagged = new Set(allFindings.filter((f) => f.severity !== 'info').map((f) => f.category));
    for (const { category, clear } of CHECKLIST) {
      const ok = !flagged.has(category);
      dialog.append(el('div', { class: 'check' }, `${ok ? '✓' : '⚠'} ${ok ? clear : CATEGORY_TITLE[category]}`));
    }
    for (const question of SELF_CHECKS) {
      const label = el('label', { class: 'check' });
      label.append(el('input', { type: 'checkbox' }), document.createTextNode(question));
      dialog.append(label);
    }
    const buttons = el('div', { class: 'actions' });
    buttons.style.marginTop = '12px';
    const edit = button('Edit my post', actions.edit, 'primary');
    buttons.append(edit, button('Post anyway', actions.postAnyway));
    dialog.append(buttons);
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') actions.edit();
      else if (e.key === 'Tab') trapFocus(e, dialog);
    });
    this.root.append(backdrop, dialog);
    this.dialog = dialog;
    this.backdrop = backdrop;
    edit.focus();
  }

  private backdrop: HTMLElement | undefined;

  closeReview(): void {
    this.dialog?.remove();
    this.backdrop?.remove();
    this.dialog = undefined;
    this.backdrop = undefined;
  }

  toast(message: string, ms = 6000): void {
    this.attach();
    const toast = el('div', { class: 'toast', role: 'status' }, message);
    this.root.append(toast);
    setTimeout(() => toast.remove(), ms);
  }

  /** The fallback underline where CSS Custom Highlights are unavailable: inert boxes. */
  drawOverlay(boxes: Array<{ rect: DOMRect; severity: Severity }>): void {
    this.overlayLayer?.remove();
    if (boxes.length === 0) return;
    this.attach();
    const layer = el('div');
    for (const { rect, severity } of boxes) {
      const box = el('div', { class: 'box' });
      Object.assign(box.style, {
        left: `${rect.left}px`,
        top: `${rect.top}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
        borderColor: SEVERITY_COLOUR[severity],
      });
      layer.append(box);
    }
    this.root.append(layer);
    this.overlayLayer = layer;
  }

  destroy(): void {
    this.host.remove();
  }
}

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label: string, onClick: () => void, cls = ''): HTMLElement {
  const b = el('button', { type: 'button', class: cls }, label);
  b.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    onClick();
  });
  return b;
}

function title(category: FindingData['category'], severity: Severity): HTMLElement {
  const t = el('p', { class: 'title' });
  const dot = el('span', { class: 'dot', 'aria-hidden': 'true' });
  dot.style.background = SEVERITY_COLOUR[severity];
  t.append(dot, document.createTextNode(`${CATEGORY_TITLE[category]} (${severity})`));
  return t;
}

function citationLine(finding: FindingData, citations: Citations): HTMLElement {
  const line = el('p', { class: 'cite' }, 'Guidance: ');
  finding.guidance.slice(0, 2).forEach((id, i) => {
    const c = citations[id];
    if (!c) return;
    if (i > 0) line.append(document.createTextNode('; '));
    if (c.url) {
      const a = el('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, c.label);
      line.append(a);
    } else line.append(document.createTextNode(c.label));
  });
  return line;
}

function place(card: HTMLElement, anchor: DOMRect): void {
  const below = anchor.bottom + 8;
  const top = below + 260 > window.innerHeight ? Math.max(8, anchor.top - 268) : below;
  card.style.top = `${top}px`;
  card.style.left = `${Math.max(8, Math.min(anchor.left, window.innerWidth - 356))}px`;
}

function trapFocus(e: KeyboardEvent, container: HTMLElement): void {
  const focusable = [...container.querySelectorAll<HTMLElement>('button, a[href], input')];
  if (focusable.length === 0) return;
  const first = focusable[0] as HTMLElement;
  const last = focusable[focusable.length - 1] as HTMLElement;
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  if (e.shiftKey && active === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
