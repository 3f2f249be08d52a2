/**
 * A read-only text model of an editor: the plain text the engine checks, and a map from UTF-16
 * offsets back to DOM positions for drawing ranges. It never writes to the editor.
 *
 * Blocks (Draft's div[data-block], Lexical/Quill/ProseMirror <p>, list items) are joined by
 * "\n"; a <br> inside text is "\n", and a lone <br> that keeps an empty block open counts as
 * nothing, as the editors' own models do.
 */

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the model text. */
  start: number;
}

export interface TextModel {
  text: string;
  segments: Segment[];
}

export function readTextarea(el: HTMLTextAreaElement | HTMLInputElement): TextModel {
  return { text: el.value, segments: [] };
}

export function readEditor(root: Element): TextModel {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  let started = false;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      const block = blockOf(node, root);
      if (started && block !== lastBlock) {
        parts.push('\n');
        length += 1;
      }
      segments.push({ node: node as Text, start: length });
      parts.push(data);
      length += data.length;
      lastBlock = block;
      started = true;
    } else if ((node as Element).tagName === 'BR') {
      const block = blockOf(node, root);
      const onlyChildOfBlock = block !== root && (block?.textContent ?? '') === '';
      if (started && block !== lastBlock) {
        parts.push('\n');
        length += 1;
      } else if (!onlyChildOfBlock && started && !isTrailingBreak(node as Element, block)) {
        parts.push('\n');
        length += 1;
      }
      lastBlock = block;
      started = true;
    }
  }
  return { text: parts.join(''), segments };
}

function blockOf(node: Node, root: Element): Element | null {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName)) return el;
  }
  return root;
}

/** Editors keep a final <br> in a block so the caret has a line to sit on; it is not text. */
function isTrailingBreak(br: Element, block: Element | null): boolean {
  if (!block) return false;
  let last: Node | null = block;
  while (last && last.lastChild) last = last.lastChild;
  return last === br;
}

/**
 * DOM position of model offset `at`. A start position that falls on a node boundary (or on a
 * block's "\n") belongs to the next node; an end position to the previous one.
 */
export function positionAt(
  model: TextModel,
  at: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | undefined {
  const { segments } = model;
  if (segments.length === 0) return undefined;
  // The last segment starting at or before `at` (or the first one).
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid] as Segment).start <= at) lo = mid;
    else hi = mid - 1;
  }
  let seg = segments[lo] as Segment;
  const next = segments[lo + 1];
  if (bias === 'start' && at >= seg.start + seg.node.data.length && next) seg = next;
  if (bias === 'end' && at === seg.start && lo > 0 && at > 0) {
    const prev = segments[lo - 1] as Segment;
    return { node: prev.node, offset: prev.node.data.length };
  }
  return { node: seg.node, offset: Math.max(0, Math.min(at - seg.start, seg.node.data.length)) };
}

/** A DOM Range over model offsets [start, end), or undefined if the DOM moved on. */
export function rangeFor(model: TextModel, start: number, end: number): Range | undefined {
  const from = positionAt(model, start, 'start');
  const to = positionAt(model, end, 'end');
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return undefined;
  const range = new Range();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return undefined;
  }
  return range;
}

/** The model offset of a DOM position inside the editor (for the caret), or -1. */
export function offsetOf(model: TextModel, node: Node, offset: number): number {
  for (const seg of model.segments) {
    if (seg.node === node) return seg.start + offset;
  }
  // A caret on an element: count the text before the child it points at.
  if (node.nodeType === Node.ELEMENT_NODE) {
    const child = node.childNodes[offset] ?? null;
    for (const seg of model.segments) {
      if (child && (child === seg.node || child.contains(seg.node))) return seg.start;
    }
  }
  return -1;
}
