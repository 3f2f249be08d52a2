/**
 * Hooks the compose boxes of one platform: finds editors as the user focuses them, checks what
 * they type, underlines findings, opens the card, and guards the send controls. Shared by every
 * platform; the adapter supplies only data.
 */
import type { Platform } from '../rules/types';
import type { CheckDraftResult, DraftStateRequest, FindingData } from '../shared/protocol';
import { MAX_DRAFT_LENGTH, ReportStateNotice, SettingsChangedNotice } from '../shared/protocol';
import { CheckerClient, CheckerUnavailable, ContextInvalidated, type SendMessage } from './client';
import { Composer, ensureFresh, isTextField, type ComposerHost } from './composer';
import { closestComposed, isDisabled, isVisible, pathElements, queryAllDeep, safeMatches, selectionFor } from './dom';
import { Highlighter } from './highlighter';
import { PLATFORM_NAME } from '../shared/labels';
import { GENERIC_SURFACE, type PlatformAdapter, type Surface } from './platforms/types';
import { offsetOf, rangeFor } from './text-model';
import { Ui } from './ui';

export interface HookOptions {
  adapter: PlatformAdapter;
  /** Aborted when this copy of the content script must stop (extension reloaded or updated). */
  signal: AbortSignal;
  sendMessage: SendMessage;
  /** False once the extension was reloaded or removed under this page (no side effects). */
  contextAlive?: () => boolean;
  /** Subscribes to messages from the background; returns an unsubscribe function. */
  onMessage(listener: (message: unknown) => void): () => void;
  /** Calls back when the page's URL changes without a reload (SPA navigation). */
  onLocationChange?(listener: () => void): void;
}

/** Keyboard path to the card for the finding at the caret. */
const CARD_SHORTCUT = { key: 'l', altKey: true, shiftKey: true };
const KEYSTROKE_MEASURE = 'second-look:keystroke-to-underline';
const PAINT_MEASURE = 'second-look:paint';
/** How long a held send waits for a check before it goes ahead unchecked (and says so). */
const SEND_WAIT_MS = 3000;
const NOTICE_MS = 10_000;
const RELOADED_NOTICE =
  'Second Look was updated or restarted, so it has stopped checking on this page. Reload the page to turn checking back on (copy your draft first).';
const UNAVAILABLE_NOTICE =
  'Second Look cannot check your post just now. You can still post; it will try again as you type.';

export function hookPage(options: HookOptions): void {
  const { adapter } = options;
  // Our own signal, aborted by stop() too: a copy that stopped must leave no listener behind,
  // also when it found out by itself that the extension was reloaded (WXT's signal may not know).
  const stopping = new AbortController();
  const signal = stopping.signal;
  options.signal.addEventListener('abort', () => stopping.abort(), { once: true });
  const platform: Platform = adapter.id;
  const client = new CheckerClient(options.sendMessage, options.contextAlive);
  const ui = new Ui();
  const highlighter = new Highlighter((boxes) => ui.drawOverlay(boxes));
  const composers = new Map<HTMLElement, Composer>();
  let bypass = false;
  let stopped = false;
  let measures = 0;
  /** The user has been told the checker is unavailable; cleared by the next successful check. */
  let toldUnavailable = false;
  /** Compose boxes whose "checked the first N characters" notice was shown. */
  const toldTruncated = new WeakSet<Composer>();

  const host: ComposerHost = {
    // The protocol refuses longer texts; the engine reads far less than this anyway and says so.
    check: (draftId, p, text) => client.check(draftId, p, text.slice(0, MAX_DRAFT_LENGTH)),
    paint(composer) {
      if (stopped) return;
      const paintStart = performance.now();
      composer.read();
      redraw(composer);
      report(composer, 'ready');
      if (composer.checkedText === '') void client.closed(composer.draftId);
      toldUnavailable = false;
      // Once per compose box, not on every keystroke of a long post.
      if (!composer.result?.truncated) toldTruncated.delete(composer);
      else if (!toldTruncated.has(composer)) {
        toldTruncated.add(composer);
        ui.toast(`This post is very long: Second Look checked the first ${composer.result.checkedLength} characters.`);
      }
      // Main-thread time of this paint, and keystroke-to-underline time: readable by tests and
      // benchmarks through the page's performance timeline (timings only, no draft text).
      performance.measure(PAINT_MEASURE, { start: paintStart, end: performance.now() });
      if (composer.lastInputAt > 0 && composer.checkedText === composer.model.text) {
        performance.measure(KEYSTROKE_MEASURE, { start: composer.lastInputAt, end: performance.now() });
        composer.lastInputAt = 0;
        if (++measures > 500) {
          performance.clearMeasures(KEYSTROKE_MEASURE);
          performance.clearMeasures(PAINT_MEASURE);
          measures = 0;
        }
      }
    },
    unavailable(composer, error) {
      if (error instanceof ContextInvalidated) return stop(RELOADED_NOTICE);
      report(composer, 'unavailable');
      // The popup may never hear of it (the background may be what failed): say so on the page.
      if (!toldUnavailable && !stopped) {
        toldUnavailable = true;
        ui.toast(UNAVAILABLE_NOTICE, 9000);
      }
    },
  };

  /** Last report per compose box, so an unchanged state is not sent again on every keystroke. */
  const reported = new Map<string, string>();
  /**
   * Tells the background (for the popup and the toolbar badge) what this box shows: each
   * finding's rule, category, severity, message, suggestion and guidance, never offsets or text.
   */
  function report(composer: Composer | undefined, checker: DraftStateRequest['checker']): void {
    if (stopped) return;
    const state = {
      draftId: composer?.draftId,
      platform,
      hasText: !!composer?.checkedText,
      checker,
      findings: (composer?.visibleFindings() ?? []).map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        suggestion: f.suggestion,
        guidance: f.guidance,
      })),
    };
    const signature = JSON.stringify(state);
    if (composer && reported.get(composer.draftId) === signature) return;
    if (composer) reported.set(composer.draftId, signature);
    void client.report(state);
  }
  // Only the top frame announces the page: a new page drops what the last one reported.
  if (window === window.top) report(undefined, 'starting');

  /** Ranges drawn per composer, kept for pointer hit-testing (no re-mapping on every mouse move). */
  const drawn = new WeakMap<Composer, ReturnType<Composer['ranges']>>();
  function redraw(composer: Composer): void {
    const ranges = composer.ranges();
    drawn.set(composer, ranges);
    highlighter.set(composer.el, ranges);
  }

  /**
   * Shuts this copy down: underlines, card, dialog and listeners go; the editor is left as it is.
   * With a notice (the extension was reloaded under an open tab, which Chrome does not re-inject
   * into) the user is told once why checking stopped before our UI goes too.
   */
  function stop(notice?: string): void {
    if (stopped) return;
    stopped = true;
    stopping.abort();
    highlighter.clear();
    for (const c of composers.values()) c.dispose();
    composers.clear();
    unsubscribe();
    if (!notice) return ui.destroy();
    ui.closeReview();
    ui.hideCard();
    ui.toast(notice, NOTICE_MS);
    setTimeout(() => ui.destroy(), NOTICE_MS);
  }
  // WXT aborts its signal when it notices the extension went away: the user hears of that too.
  signal.addEventListener('abort', () => stop(options.contextAlive?.() === false ? RELOADED_NOTICE : undefined), {
    once: true,
  });

  const unsubscribe = options.onMessage((message) => {
    if (ReportStateNotice.safeParse(message).success) {
      reported.clear();
      if (window === window.top) report(undefined, 'starting');
      for (const composer of composers.values()) report(composer, composer.result ? 'ready' : 'starting');
      return;
    }
    if (!SettingsChangedNotice.safeParse(message).success) return;
    for (const composer of composers.values()) {
      composer.checkedText = undefined;
      void composer.checkNow();
    }
  });

  // ---- finding editors -------------------------------------------------------------------

  function surfaceFor(el: Element): Surface | undefined {
    if (adapter.decoys.some((sel) => safeMatches(el, sel))) return undefined;
    return adapter.surfaces.find(
      (s) => (!s.paths || s.paths.test(location.pathname)) && s.composers.some((sel) => safeMatches(el, sel)),
    );
  }

  /** The compose box an event happened in: a known editor, else any editable root (fallback). */
  function editorFromPath(path: Element[]): { el: HTMLElement; surface: Surface } | undefined {
    for (const el of path) {
      if (!(el instanceof HTMLElement)) continue;
      const surface = surfaceFor(el);
      if (surface) return { el, surface };
    }
    for (const el of path) {
      if (!(el instanceof HTMLElement) || adapter.decoys.some((sel) => safeMatches(el, sel))) continue;
      if (el instanceof HTMLTextAreaElement) return { el, surface: GENERIC_SURFACE };
      if (el.isContentEditable && !el.parentElement?.isContentEditable) return { el, surface: GENERIC_SURFACE };
    }
    return undefined;
  }

  function hook(el: HTMLElement, surface: Surface): Composer {
    const existing = composers.get(el);
    if (existing) return existing;
    pruneDisconnected();
    const composer = new Composer(el, surface, platform, host);
    composers.set(el, composer);
    el.addEventListener('input', () => composer.changed(), { signal });
    // Editors also change without input events (paste handled in JS, undo, a draft restored).
    const observer = new MutationObserver(() => {
      if (stopped) return;
      if (composer.read().text !== composer.checkedText) composer.changed();
      else redraw(composer);
    });
    if (!isTextField(el)) observer.observe(el, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    void composer.checkNow();
    return composer;
  }

  function pruneDisconnected(): void {
    for (const [el, composer] of composers) {
      if (el.isConnected) continue;
      composer.dispose();
      composers.delete(el);
      highlighter.clear(el);
      reported.delete(composer.draftId);
      void client.closed(composer.draftId);
    }
  }

  const onFocusIn = (event: Event): void => {
    const found = editorFromPath(pathElements(event));
    if (found) hook(found.el, found.surface);
  };
  document.addEventListener('focusin', onFocusIn, { capture: true, signal });
  document.addEventListener('input', onFocusIn, { capture: true, signal });
  options.onLocationChange?.(pruneDisconnected);
  // An editor that already has focus when we arrive (script injected late) is hooked too.
  const active = deepActiveElement();
  if (active) {
    const found = editorFromPath(ancestors(active));
    if (found) hook(found.el, found.surface);
  }

  // ---- sending ----------------------------------------------------------------------------

  /** The send control an event hit, with the compose boxes it sends. */
  function sendTarget(path: Element[]): { button: HTMLElement; composers: Composer[] } | undefined {
    for (const el of path) {
      if (!(el instanceof HTMLElement) || !isButtonLike(el)) continue;
      for (const surface of [...adapter.surfaces, GENERIC_SURFACE]) {
        if (surface.paths && !surface.paths.test(location.pathname)) continue;
        const byStructure = surface.sendButtons.some((sel) => safeMatches(el, sel));
        const label = (
          el.getAttribute('aria-label') ??
          (surface === GENERIC_SURFACE ? el.textContent : '') ??
          ''
        ).trim();
        const byLabel = !!surface.sendLabels?.includes(label);
        if (!byStructure && !byLabel) continue;
        const scope = closestComposed(el, surface.scopes);
        if (!scope) continue;
        const inScope = composersIn(scope, surface);
        if (inScope.length > 0) return { button: el, composers: inScope };
      }
    }
    return undefined;
  }

  function composersIn(scope: Element, surface: Surface): Composer[] {
    const found = new Set<Composer>();
    for (const [el, composer] of composers) if (scope.contains(el) || deepContains(scope, el)) found.add(composer);
    for (const sel of surface.composers) {
      for (const el of queryAllDeep(scope, sel)) {
        if (!(el instanceof HTMLElement)) continue;
        const known = surfaceFor(el);
        if (known === surface || (surface === GENERIC_SURFACE && !known && editorFromPath([el]))) {
          found.add(hook(el, surface));
        }
      }
    }
    return [...found];
  }

  const onClick = (event: MouseEvent): void => {
    if (bypass || stopped || ui.cardContains(event.target)) return;
    const target = sendTarget(pathElements(event));
    if (!target || isDisabled(target.button)) return;
    guard(event, target.composers, () => replayClick(target.button));
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (bypass || stopped) return;
    if (isCardShortcut(event)) {
      const found = editorFromPath(pathElements(event));
      if (found) openCardAtCaret(hook(found.el, found.surface), event);
      return;
    }
    if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
    const found = editorFromPath(pathElements(event));
    if (!found) return;
    const mod = event.ctrlKey || event.metaKey;
    const sends = found.surface.sendKeys.some((k) =>
      k === 'mod+enter' ? mod : !mod && !event.shiftKey && !event.altKey,
    );
    if (!sends || typeaheadOpen(found.el)) return;
    const composer = hook(found.el, found.surface);
    const button = buttonFor(composer);
    guard(event, [composer], () => (button ? replayClick(button) : replayKey(composer.el, event)));
  };

  window.addEventListener('click', onClick, { capture: true, signal });
  window.addEventListener('keydown', onKeyDown, { capture: true, signal });

  /**
   * Lets a send through, or holds it for a review. Decides synchronously when the latest text
   * was already checked; otherwise holds the send, checks at once, then blocks or replays it.
   * A failure of ours never blocks: the user is told and the send goes ahead.
   */
  function guard(event: Event, targets: Composer[], replay: () => void): void {
    const policy = targets.find((c) => c.result)?.result?.policy;
    if (policy && policy.mode !== 'nudge') return;
    if (targets.every((c) => c.isFresh)) {
      const blocking = targets.flatMap((c) => c.blocking());
      if (blocking.length === 0) return;
      hold(event);
      review(targets, replay);
      return;
    }
    hold(event);
    // The user is waiting on a click: give the checker a few seconds, never more.
    const checked = Promise.all(targets.map((c) => ensureFresh(c)));
    const gaveUp = new Promise<boolean[]>((resolve) => setTimeout(() => resolve([false]), SEND_WAIT_MS));
    // Whatever happens while checking, the held send is replayed: a failure of ours never traps it.
    void Promise.race([checked, gaveUp]).then(
      (fresh) => {
        if (stopped) return replay();
        if (!fresh.every(Boolean)) {
          ui.toast('Second Look could not check this post just now, so it was sent without a check.');
          return replay();
        }
        if (targets.some((c) => c.result?.policy.mode !== 'nudge')) return replay();
        if (targets.flatMap((c) => c.blocking()).length === 0) return replay();
        review(targets, replay);
      },
      () => replay(),
    );
  }

  function review(targets: Composer[], replay: () => void): void {
    const blocking = targets.flatMap((c) => c.blocking());
    const all = targets.flatMap((c) => c.visibleFindings());
    const citations: CheckDraftResult['citations'] = Object.assign(
      {},
      ...targets.map((c) => c.result?.citations ?? {}),
    );
    const markReviewed = () => {
      for (const c of targets) for (const f of c.blocking()) c.reviewed.add(c.key(f));
    };
    ui.showReview(blocking, all, citations, {
      edit() {
        markReviewed();
        ui.closeReview();
        const first = targets.find((c) => c.blocking().length > 0 || c.visibleFindings().length > 0) ?? targets[0];
        const finding = first?.visibleFindings()[0];
        if (first) focusAt(first, finding?.start ?? 0);
      },
      postAnyway() {
        markReviewed();
        ui.closeReview();
        replay();
      },
    });
  }

  function replayClick(button: HTMLElement): void {
    bypass = true;
    try {
      button.click();
    } finally {
      bypass = false;
    }
  }

  function replayKey(el: HTMLElement, original: KeyboardEvent): void {
    bypass = true;
    try {
      el.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: original.key,
          code: original.code,
          keyCode: 13,
          which: 13,
          ctrlKey: original.ctrlKey,
          metaKey: original.metaKey,
          shiftKey: original.shiftKey,
          altKey: original.altKey,
          bubbles: true,
          cancelable: true,
          composed: true,
        } as KeyboardEventInit),
      );
    } finally {
      bypass = false;
    }
  }

  function buttonFor(composer: Composer): HTMLElement | undefined {
    const scope = closestComposed(composer.el, composer.surface.scopes);
    if (!scope) return undefined;
    for (const sel of composer.surface.sendButtons) {
      const button = queryAllDeep(scope, sel).find((b) => b instanceof HTMLElement && isVisible(b) && !isDisabled(b));
      if (button instanceof HTMLElement) return button;
    }
    return undefined;
  }

  // ---- the card ---------------------------------------------------------------------------

  let hoverFrame = 0;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let cardFor: { composer: Composer; key: string } | undefined;

  const onPointerMove = (event: PointerEvent): void => {
    if (hoverFrame || stopped || ui.dialogOpen) return;
    const { clientX: x, clientY: y } = event;
    const path = pathElements(event);
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      if (path.includes(ui.host)) return clearTimeout(hideTimer);
      const composer = path.map((el) => composers.get(el as HTMLElement)).find(Boolean);
      const hit =
        composer && drawn.get(composer)?.find(({ range }) => [...range.getClientRects()].some((r) => inside(r, x, y)));
      if (composer && hit) {
        clearTimeout(hideTimer);
        if (cardFor?.key !== composer.key(hit.finding))
          showCard(composer, hit.finding, hit.range.getBoundingClientRect(), false);
      } else if (ui.cardOpen && !ui.cardContains(event.target)) {
        clearTimeout(hideTimer);
        hideTimer = setTimeout(closeCard, 400);
      }
    });
  };
  document.addEventListener('pointermove', onPointerMove, { passive: true, signal });

  function openCardAtCaret(composer: Composer, event: KeyboardEvent): void {
    const findings = composer.visibleFindings();
    if (findings.length === 0 || !composer.isFresh) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const selection = selectionFor(composer.el);
    const caret = selection?.rangeCount
      ? offsetOf(composer.model, selection.anchorNode as Node, selection.anchorOffset)
      : -1;
    const finding =
      findings.find((f) => f.start <= caret && caret <= f.end) ?? findings.find((f) => f.start >= caret) ?? findings[0];
    if (!finding) return;
    const saved = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : undefined;
    const range = rangeFor(composer.model, finding.start, finding.end);
    showCard(composer, finding, range?.getBoundingClientRect() ?? composer.el.getBoundingClientRect(), true, saved);
  }

  function showCard(composer: Composer, finding: FindingData, anchor: DOMRect, focus: boolean, restore?: Range): void {
    const key = composer.key(finding);
    cardFor = { composer, key };
    const back = () => {
      closeCard();
      if (focus) {
        composer.el.focus();
        if (restore) {
          const selection = selectionFor(composer.el);
          selection?.removeAllRanges();
          selection?.addRange(restore);
        }
      }
    };
    ui.showCard(
      finding,
      composer.result?.citations ?? {},
      anchor,
      PLATFORM_NAME[platform],
      {
        copySuggestion() {
          if (finding.suggestion) void navigator.clipboard?.writeText(finding.suggestion).catch(() => undefined);
          ui.toast('Safer wording copied.', 2500);
        },
        ignoreHere() {
          composer.ignored.add(key);
          redraw(composer);
          report(composer, 'ready');
          back();
        },
        turnOffRule() {
          client.setRuleEnabled(platform, finding.ruleId, false).then(
            () => ui.toast(`That check is now off on ${PLATFORM_NAME[platform]}. Turn it back on in the options.`),
            () => ui.toast('Second Look could not save that setting just now.'),
          );
          back();
        },
        close: back,
      },
      focus,
    );
  }

  function closeCard(): void {
    cardFor = undefined;
    ui.hideCard();
  }

  function focusAt(composer: Composer, offset: number): void {
    composer.el.focus();
    composer.read();
    const range = rangeFor(composer.model, offset, offset);
    if (!range) return;
    const selection = selectionFor(composer.el);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  // ---- attachments --------------------------------------------------------------------------

  const onFileChange = (event: Event): void => {
    const input = pathElements(event)[0];
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
    ui.toast(
      'Attaching an image or video? Check that no patient, wristband, screen, whiteboard or notes can be seen, and that you have consent to share it.',
      9000,
    );
    const names = [...input.files].map((f) => f.name).join('\n');
    const scopeComposer = [...composers.values()].find((c) => {
      const scope = closestComposed(c.el, c.surface.scopes);
      return scope && deepContains(scope, input);
    });
    if (!scopeComposer) return;
    client.check(`${scopeComposer.draftId}:files`, platform, names).then(
      (result) => {
        if (result.findings.some((f) => f.severity !== 'info')) {
          ui.toast('The attached file name may identify a patient. Consider renaming the file before you post.', 9000);
        }
      },
      (error: unknown) => {
        if (error instanceof ContextInvalidated) stop(RELOADED_NOTICE);
        else if (!(error instanceof CheckerUnavailable)) throw error;
      },
    );
  };
  document.addEventListener('change', onFileChange, { capture: true, signal });
}

function isButtonLike(el: HTMLElement): boolean {
  return (
    el.tagName === 'BUTTON' ||
    el.getAttribute('role') === 'button' ||
    (el instanceof HTMLInputElement && el.type === 'submit')
  );
}

function isCardShortcut(e: KeyboardEvent): boolean {
  return (
    e.key.toLowerCase() === CARD_SHORTCUT.key &&
    e.altKey === CARD_SHORTCUT.altKey &&
    e.shiftKey === CARD_SHORTCUT.shiftKey
  );
}

/** A mention or hashtag typeahead is open: Enter picks a suggestion there, it does not send. */
function typeaheadOpen(editor: HTMLElement): boolean {
  if (editor.getAttribute('aria-expanded') === 'true' || editor.getAttribute('aria-activedescendant')) return true;
  const root = editor.getRootNode() as Document | ShadowRoot;
  return [...root.querySelectorAll('[role="listbox"]')].some(isVisible);
}

function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function inside(r: DOMRect, x: number, y: number): boolean {
  return x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2;
}

function deepContains(scope: Element, el: Element): boolean {
  for (let node: Node | null = el; node;) {
    if (node === scope) return true;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = el; node;) {
    out.push(node);
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return out;
}
