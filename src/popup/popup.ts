/**
 * The toolbar popup: what Second Look sees in the active tab's draft (platform, summary,
 * findings with reason, guidance and safer wording) and the checklist before sending. It asks
 * the background only; opening it never touches the draft.
 *
 * Tests open popup.html in a tab, where there is no "active tab" to ask about: they pass the
 * fixture tab's id as `?tab=<id>`.
 */
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category } from '../rules/types';
import { CATEGORY_TITLE, CHECKLIST, PLATFORM_NAME, SELF_CHECKS } from '../shared/labels';
import { ask, BackgroundError } from '../shared/page-client';
import { PopupState, type ReportedFinding } from '../shared/protocol';

type Supported = Extract<PopupState, { status: 'supported' }>;
type Draft = NonNullable<Supported['draft']>;

/** While the popup is open it follows the draft as it is typed. */
const REFRESH_MS = 1000;
const SEVERITY_LABEL = { info: 'note', warning: 'warning', error: 'serious' } as const;

export async function startPopup(doc: Document = document): Promise<void> {
  const status = doc.getElementById('status') as HTMLElement;
  const content = doc.getElementById('content') as HTMLElement;
  doc.getElementById('settings')?.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  const ticked = new Set<number>();
  let shown = '';

  const tabId = await activeTabId();
  if (tabId === undefined) return showStatus(status, content, 'Second Look cannot tell which tab this is.');

  const refresh = async () => {
    let state: PopupState;
    try {
      state = await ask({ kind: 'getPopupState', tabId }, PopupState);
    } catch (error) {
      shown = '';
      const why = error instanceof BackgroundError ? error.message : 'Something went wrong.';
      return showStatus(status, content, `Checker unavailable. ${why} Your posts are not being checked right now.`);
    }
    const key = JSON.stringify(state);
    if (key === shown) return;
    shown = key;
    render(state, status, content, ticked);
  };
  await refresh();
  setInterval(() => void refresh(), REFRESH_MS);
}

async function activeTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function showStatus(status: HTMLElement, content: HTMLElement, text: string): void {
  status.textContent = text;
  content.replaceChildren();
}

function render(state: PopupState, status: HTMLElement, content: HTMLElement, ticked: Set<number>): void {
  if (state.status === 'unsupported') {
    return showStatus(
      status,
      content,
      'Second Look checks posts on X, Facebook and LinkedIn. This page is not one of them.',
    );
  }
  const platform = PLATFORM_NAME[state.platform];
  if (state.policy.mode === 'off') {
    return showStatus(status, content, `Checking is turned off on ${platform}. You can turn it on in Settings.`);
  }
  if (state.checker === 'unavailable') {
    return showStatus(
      status,
      content,
      `Checker unavailable on this ${platform} page. Your post can still be sent; reload the page to try again.`,
    );
  }
  if (!state.draft) {
    return showStatus(status, content, `No draft yet. Start writing a post on ${platform} and its check shows here.`);
  }
  const draft = state.draft;
  const warnings = draft.findings.filter((f) => f.severity !== 'info').length;
  status.textContent =
    draft.findings.length === 0
      ? `Your ${platform} draft: nothing to flag.`
      : `Your ${platform} draft: ${count(draft.findings.length, 'thing')} to look at${warnings ? `, ${warnings} at warning or above` : ''}.`;
  content.replaceChildren(...summary(draft), ...findings(draft), ...checklist(draft, ticked));
}

function summary(draft: Draft): HTMLElement[] {
  const categories = CATEGORIES.filter((c) => (draft.counts[c] ?? 0) > 0);
  if (categories.length === 0) return [];
  const list = el('ul', { class: 'summary', 'aria-labelledby': 'summary-title' });
  for (const c of categories) list.append(el('li', {}, `${CATEGORY_TITLE[c]}: ${draft.counts[c]}`));
  return [el('h2', { id: 'summary-title' }, 'Summary'), list];
}

function findings(draft: Draft): HTMLElement[] {
  if (draft.findings.length === 0) return [];
  const list = el('ol', { class: 'findings' });
  for (const f of draft.findings) list.append(findingItem(f, draft.citations));
  return [el('h2', {}, 'What to look at'), list];
}

function findingItem(f: ReportedFinding, citations: Draft['citations']): HTMLElement {
  const item = el('li', { class: `finding ${f.severity}` });
  item.append(el('h3', {}, `${CATEGORY_TITLE[f.category]} (${SEVERITY_LABEL[f.severity]})`), el('p', {}, f.message));
  if (f.suggestion) {
    const safer = el('div', { class: 'safer' });
    const copy = el('button', { type: 'button' }, 'Copy safer wording');
    const text = f.suggestion;
    copy.addEventListener('click', () => {
      void navigator.clipboard?.writeText(text).then(
        () => (copy.textContent = 'Copied'),
        () => (copy.textContent = 'Could not copy'),
      );
    });
    safer.append(el('p', {}, 'Safer wording: '), copy);
    (safer.firstChild as HTMLElement).append(el('q', {}, text));
    item.append(safer);
  }
  const sources = f.guidance.map((id) => citations[id]).filter((c) => c !== undefined);
  if (sources.length > 0) {
    const line = el('p', { class: 'cite' }, 'Guidance: ');
    sources.slice(0, 2).forEach((c, i) => {
      if (i > 0) line.append('; ');
      line.append(c.url ? el('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, c.label) : c.label);
    });
    item.append(line);
  }
  return item;
}

function checklist(draft: Draft, ticked: Set<number>): HTMLElement[] {
  const flagged = new Set<Category>(draft.findings.filter((f) => f.severity !== 'info').map((f) => f.category));
  const auto = el('ul', { class: 'checklist', 'aria-label': 'Checked by Second Look' });
  for (const { category, clear } of CHECKLIST) {
    const ok = !flagged.has(category);
    const item = el('li', { class: ok ? 'ok' : 'flag' });
    item.append(
      el('span', { 'aria-hidden': 'true', class: 'mark' }, ok ? '✓' : '⚠'),
      `${ok ? clear : `Check: ${CATEGORY_TITLE[category].toLowerCase()}`}`,
    );
    auto.append(item);
  }
  const own = el('fieldset', { class: 'self' });
  own.append(el('legend', {}, 'Ask yourself'));
  SELF_CHECKS.forEach((question, i) => {
    const id = `self-${i}`;
    const box = el('input', { type: 'checkbox', id }) as HTMLInputElement;
    box.checked = ticked.has(i);
    box.addEventListener('change', () => (box.checked ? ticked.add(i) : ticked.delete(i)));
    const row = el('div', { class: 'row' });
    row.append(box, el('label', { for: id }, question));
    own.append(row);
  });
  return [el('h2', {}, 'Before you post'), auto, own];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
