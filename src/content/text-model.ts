/**
 * A read-only text model of an editor: the plain text the engine checks, and a map from UTF-16
 * offsets back to DOM positions for drawing ranges. It never writes to the editor.
 *
 * Blocks (Draft's div[data-block], Lexical/Quill/ProseMirror <p>, list items) are joined by
 * "\n"; a <br> is "\n", except a block's final <br> (which also keeps an empty block open),
 * after which browsers show no line. The text has a line for every line the editor shows.
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
      if (started && block !== lastBlock) {
        parts.push('\n');
        length += 1;
      }
      // The break itself, also when it opens a block (Lexical's Shift+Enter in an empty line).
      if (!isTrailingBreak(node as Element, block, root)) {
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

/**
 * Editors keep a final <br> in a block so the caret has a line to sit on (alone, it holds an
 * empty block open); browsers show no line after it, so it is not text. A <br> is final when no
 * text or other <br> of the same block follows it.
 */
function isTrailingBreak(br: Element, block: Element | null, root: Element): boolean {
  if (!block) return false;
  const walker = br.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  walker.currentNode = br;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) {
    const shown = next.nodeType === Node.TEXT_NODE ? (next as Text).data !== '' : (next as Element).tagName === 'BR';
    if (shown) return blockOf(next, root) !== block;
  }
  return true;
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
