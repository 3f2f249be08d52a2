/**
 * The DOM text mapper (src/content/text-model.ts) fuzzed in a real browser: linkedom, the DOM
 * that comes with WXT's test tools, has no Range.setStart or Range.toString, so
 * tests/e2e/text-model-fuzz.spec.ts bundles this file with esbuild and runs it in Chromium.
 *
 * For random editor trees (editor-trees.ts) it checks that
 *  - the model's text is the text the tree shows (built alongside the tree, not read from it);
 *  - the browser lays every character out on the line the model's "\n"s put it on, and shows
 *    as many lines as the model has (the model matches what the editor shows, as rendered);
 *  - every offset maps to a DOM position and back to the offset the mapping promises, and every
 *    range's toString() is the model text of that slice, less the "\n"s between nodes.
 */
import fc from 'fast-check';
import { offsetOf, positionAt, rangeFor, readEditor, type TextModel } from '../../src/content/text-model';
import { editorTree, render, type EditorTree, type Rendered } from './editor-trees';

/** Line height in the fuzz page's style: rows are counted in these. */
const LINE_PX = 20;

const STYLE = `
  .fuzz-editor, .fuzz-editor * { margin: 0; padding: 0; border: 0; font: 12px/${LINE_PX}px sans-serif; }
  .fuzz-editor { white-space: pre; width: max-content; list-style: none; }
  .fuzz-editor li { list-style: none; display: block; }
`;

export interface FuzzOutcome {
  failed: boolean;
  numRuns: number;
  numShrinks: number;
  seed: number;
  counterexamplePath: string | null;
  counterexample: unknown;
  /** The counterexample's editor, as HTML. */
  html: string | null;
  error: string | null;
  ms: number;
}

function ensureStyle(): void {
  if (document.getElementById('fuzz-style')) return;
  const style = document.createElement('style');
  style.id = 'fuzz-style';
  style.textContent = STYLE;
  document.head.append(style);
}

function fail(message: string): never {
  throw new Error(message);
}

function equal(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) fail(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

/** Number of "\n" before `at` in the model text: the line a character is on. */
function lineOf(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function checkLayout(root: HTMLElement, model: TextModel): void {
  const top = root.getBoundingClientRect().top;
  const rowOf = (rect: DOMRect) => Math.floor((rect.top + rect.height / 2 - top) / LINE_PX);
  for (const { node, start } of model.segments) {
    // Draft keeps soft line breaks inside text nodes: check each line of the node on its own.
    let from = 0;
    for (const piece of node.data.split('\n')) {
      if (piece.length > 0) {
        const range = new Range();
        range.setStart(node, from);
        range.setEnd(node, from + piece.length);
        const expected = lineOf(model.text, start + from);
        for (const rect of range.getClientRects()) {
          equal(rowOf(rect), expected, `row of ${JSON.stringify(piece)} (model offset ${start + from})`);
        }
      }
      from += piece.length + 1;
    }
  }
  const rows = Math.round(root.getBoundingClientRect().height / LINE_PX);
  equal(rows, lineOf(model.text, model.text.length) + 1, 'lines shown');
}

/** Where the mapping promises an offset lands: the nearest character start (or end) in a node. */
function promised(rendered: Rendered, at: number, bias: 'start' | 'end'): number {
  const nodes = rendered.nodes.map(({ node, start }) => ({ start, end: start + node.data.length }));
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return -1;
  if (bias === 'start') {
    const inside = nodes.find((n) => at < n.end);
    return inside ? Math.max(at, inside.start) : last.end;
  }
  const inside = [...nodes].reverse().find((n) => at > n.start);
  return inside ? Math.min(at, inside.end) : first.start;
}

function checkOffsets(rendered: Rendered, model: TextModel, pairs: ReadonlyArray<[number, number]>): void {
  const { text } = model;
  const inNodes = new Set<number>();
  for (const { node, start } of rendered.nodes) for (let i = 0; i < node.data.length; i++) inNodes.add(start + i);
  for (let at = 0; at <= text.length; at++) {
    for (const bias of ['start', 'end'] as const) {
      const position = positionAt(model, at, bias);
      const back = position ? offsetOf(model, position.node, position.offset) : -1;
      equal(back, promised(rendered, at, bias), `offset ${at} (${bias}) mapped back`);
    }
  }
  for (const [a, b] of pairs) {
    const start = Math.min(a, b) % (text.length + 1);
    const end = Math.max(start, Math.max(a, b) % (text.length + 1));
    const range = rangeFor(model, start, end);
    if (rendered.nodes.length === 0) {
      equal(range, undefined, 'a range in an editor without text');
      continue;
    }
    if (!range) fail(`no range for [${start}, ${end})`);
    let expected = '';
    for (let i = start; i < end; i++) if (inNodes.has(i)) expected += text[i];
    equal(range.toString(), expected, `toString() of [${start}, ${end})`);
  }
}

export function checkTree(tree: EditorTree, pairs: ReadonlyArray<[number, number]>, host: HTMLElement): void {
  const rendered = render(tree, document);
  rendered.root.classList.add('fuzz-editor');
  host.replaceChildren(rendered.root);
  const model = readEditor(rendered.root);
  // Layout first: if the model and the browser disagree, the tree's own expected text is moot.
  checkLayout(rendered.root, model);
  equal(model.text, rendered.text, 'model text');
  equal(model.segments.length, rendered.nodes.length, 'text nodes in the model');
  model.segments.forEach((seg, i) => {
    equal(seg.node, rendered.nodes[i]?.node, `segment ${i} node`);
    equal(seg.start, rendered.nodes[i]?.start, `segment ${i} start`);
  });
  checkOffsets(rendered, model, pairs);
}

export function runTextModelFuzz(options: { numRuns: number; seed?: number; path?: string }): FuzzOutcome {
  ensureStyle();
  const host = document.createElement('div');
  document.body.append(host);
  const started = performance.now();
  const details = fc.check(
    fc.property(editorTree, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (tree, pairs) =>
      checkTree(tree, pairs, host),
    ),
    {
      numRuns: options.numRuns,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.path ? { path: options.path } : {}),
    },
  );
  let html: string | null = null;
  if (details.failed && details.counterexample) {
    const rendered = render(details.counterexample[0], document);
    html = rendered.root.outerHTML;
  }
  const error = details.errorInstance;
  return {
    failed: details.failed,
    numRuns: details.numRuns,
    numShrinks: details.numShrinks,
    seed: details.seed,
    counterexamplePath: details.counterexamplePath,
    counterexample: details.counterexample,
    html,
    error: error === null || error === undefined ? null : error instanceof Error ? error.message : String(error),
    ms: performance.now() - started,
  };
}

/** The model text of an editor given as HTML, and how many lines the browser shows for it. */
export function modelOf(html: string): { text: string; lines: number } {
  ensureStyle();
  const root = document.createElement('div');
  root.className = 'fuzz-editor';
  root.innerHTML = html;
  document.body.append(root);
  const lines = Math.round(root.getBoundingClientRect().height / LINE_PX);
  const { text } = readEditor(root);
  root.remove();
  return { text, lines };
}

Object.assign(globalThis, { runTextModelFuzz, modelOf });
