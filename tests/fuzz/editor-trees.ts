/**
 * Random editor DOM trees shaped like what Draft.js (X), Lexical (Facebook), Quill (LinkedIn
 * posts) and Tiptap/ProseMirror (LinkedIn comments) render, and, built alongside each tree
 * rather than read back from the DOM, the text a user sees in it: blocks on their own lines, a
 * <br> that starts a new line as "\n", a <br> that only holds an empty line open or ends a block
 * as nothing. The text-model fuzz (text-model.page.ts) compares src/content/text-model.ts with
 * this. Runs in the browser: no Node imports.
 */
import fc from 'fast-check';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string }
  | { kind: 'mark'; tag: 'span' | 'strong' | 'em' | 'a'; children: Inline[] }
  | { kind: 'br' };

export interface Block {
  inlines: Inline[];
  /** A list item (Quill and Tiptap render lists; consecutive items share one list). */
  listItem: boolean;
}

export type Flavour = 'draft' | 'lexical' | 'quill' | 'tiptap';

export interface EditorTree {
  flavour: Flavour;
  blocks: Block[];
}

/** Text as people type it: words, emoji with joiners and skin tones, RTL, zero-width, oddities. */
const word = fc.constantFrom(
  'Mrs',
  'Patel',
  'bed',
  '4',
  'NHS',
  '463 030 8245',
  'ward',
  '  ',
  ' ',
  '.',
  '😀',
  '👩🏽‍⚕️',
  '🇬🇧',
  '🏳️‍🌈',
  'مرحبا',
  'שלום',
  '\u200F',
  '\u202E',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  'e\u0301',
  '\t',
  '\u0007',
  '\uD800',
  '\uDC00',
  '𝐍𝐇𝐒',
);
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(''));

const inline: fc.Arbitrary<Inline> = fc.letrec<{ inline: Inline }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: text.map((t) => ({ kind: 'text' as const, text: t })) },
    // An empty text node, as editors leave behind while typing.
    { weight: 1, arbitrary: fc.constant({ kind: 'text' as const, text: '' }) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('@bob_lee', '@Dr Ana Ruiz', '#NHS', '@👩🏽‍⚕️nurse')
        .map((t) => ({ kind: 'mention' as const, text: t })),
    },
    { weight: 2, arbitrary: fc.constant({ kind: 'br' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('mark' as const),
        tag: fc.constantFrom('span' as const, 'strong' as const, 'em' as const, 'a' as const),
        children: fc.array(tie('inline'), { minLength: 1, maxLength: 3 }),
      }),
    },
  ),
})).inline;

const block: fc.Arbitrary<Block> = fc.record({
  inlines: fc.oneof(
    { weight: 1, arbitrary: fc.constant<Inline[]>([]) },
    { weight: 5, arbitrary: fc.array(inline, { maxLength: 6 }) },
  ),
  listItem: fc.boolean(),
});

export const editorTree: fc.Arbitrary<EditorTree> = fc.record({
  flavour: fc.constantFrom<Flavour>('draft', 'lexical', 'quill', 'tiptap'),
  blocks: fc.array(block, { minLength: 1, maxLength: 8 }),
});

/** One leaf of a block in document order, as rendered. */
type Leaf = { kind: 'text'; node: Text } | { kind: 'br'; el: HTMLBRElement };

export interface Rendered {
  root: HTMLElement;
  /** The text as shown: what the text model must produce. */
  text: string;
  /** Each text node with text in it, and where its first character sits in `text`. */
  nodes: Array<{ node: Text; start: number }>;
}

/** Renders `tree` into a new editor root in `doc` and returns what it shows. */
export function render(tree: EditorTree, doc: Document): Rendered {
  const root = doc.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.setAttribute('role', 'textbox');
  const container = tree.flavour === 'draft' ? doc.createElement('div') : root;
  if (tree.flavour === 'draft') {
    root.className = 'public-DraftEditor-content';
    container.setAttribute('data-contents', 'true');
    root.append(container);
  } else if (tree.flavour === 'lexical') root.setAttribute('data-lexical-editor', 'true');
  else if (tree.flavour === 'quill') root.className = 'ql-editor';
  else root.className = 'tiptap ProseMirror';

  const parts: string[] = [];
  let length = 0;
  const nodes: Rendered['nodes'] = [];
  let list: HTMLElement | null = null;

  tree.blocks.forEach((b, index) => {
    if (index > 0) {
      parts.push('\n');
      length += 1;
    }
    const { outer, inner } = blockElements(tree.flavour, b, doc);
    if (b.listItem && tree.flavour !== 'draft' && tree.flavour !== 'lexical') {
      list ??= doc.createElement(tree.flavour === 'quill' ? 'ol' : 'ul');
      list.append(outer);
      container.append(list);
    } else {
      list = null;
      container.append(outer);
    }

    const leaves =
      tree.flavour === 'draft' ? draftLeaves(b.inlines, inner, doc) : buildInto(inner, b.inlines, tree.flavour);
    const shown = (l: Leaf) => l.kind === 'br' || l.node.data !== '';
    // A block with no text shows one empty line, held open by a <br> (all four editors do this).
    const hasContent = leaves.some(shown);
    if (!hasContent) {
      const br = doc.createElement('br');
      if (tree.flavour === 'tiptap') br.className = 'ProseMirror-trailingBreak';
      if (tree.flavour === 'draft') br.setAttribute('data-text', 'true');
      inner.append(br);
      leaves.push({ kind: 'br', el: br });
    }
    // Lexical and ProseMirror add a <br> after a final line break so the empty last line shows.
    if (hasContent && leaves.filter(shown).at(-1)?.kind === 'br') {
      const br = doc.createElement('br');
      inner.append(br);
      leaves.push({ kind: 'br', el: br });
    }
    const lastShown = leaves.findLastIndex(shown);
    leaves.forEach((leaf, i) => {
      if (leaf.kind === 'br') {
        // A <br> with nothing shown after it in its block ends the block; it adds no line.
        if (i !== lastShown) {
          parts.push('\n');
          length += 1;
        }
        return;
      }
      if (leaf.node.data !== '') nodes.push({ node: leaf.node, start: length });
      parts.push(leaf.node.data);
      length += leaf.node.data.length;
    });
  });
  return { root, text: parts.join(''), nodes };
}

function blockElements(flavour: Flavour, b: Block, doc: Document): { outer: HTMLElement; inner: HTMLElement } {
  if (flavour === 'draft') {
    // div[data-block] > div.public-DraftStyleDefault-block > span[data-offset-key] > span[data-text]
    const outer = doc.createElement('div');
    outer.setAttribute('data-block', 'true');
    const inner = doc.createElement('div');
    inner.className = 'public-DraftStyleDefault-block public-DraftStyleDefault-ltr';
    outer.append(inner);
    return { outer, inner };
  }
  if (b.listItem && flavour === 'tiptap') {
    // ProseMirror lists: li > p.
    const outer = doc.createElement('li');
    const inner = doc.createElement('p');
    outer.append(inner);
    return { outer, inner };
  }
  const el = doc.createElement(b.listItem && flavour === 'quill' ? 'li' : 'p');
  if (flavour === 'lexical') el.setAttribute('dir', 'ltr');
  return { outer: el, inner: el };
}

/** Renders inlines into `parent` (marks nest and hold several children) and lists the leaves. */
function buildInto(parent: HTMLElement, inlines: readonly Inline[], flavour: Flavour): Leaf[] {
  const doc = parent.ownerDocument;
  const leaves: Leaf[] = [];
  for (const item of inlines) {
    if (item.kind === 'br') {
      const el = doc.createElement('br');
      parent.append(el);
      leaves.push({ kind: 'br', el });
    } else if (item.kind === 'text') {
      const node = doc.createTextNode(item.text);
      parent.append(flavour === 'lexical' ? lexicalLeaf(node, doc) : node);
      leaves.push({ kind: 'text', node });
    } else if (item.kind === 'mention') {
      // Quill's mention module guards the island with zero-width characters.
      const node = doc.createTextNode(flavour === 'quill' ? `\uFEFF${item.text}\uFEFF` : item.text);
      parent.append(mentionIsland(node, doc));
      leaves.push({ kind: 'text', node });
    } else {
      const mark = doc.createElement(item.tag);
      parent.append(mark);
      leaves.push(...buildInto(mark, item.children, flavour));
    }
  }
  return leaves;
}

/**
 * Draft renders a block flat: one leaf span per run of text, whatever its styles, and keeps a
 * soft line break as "\n" in the text (white-space: pre-wrap shows it). These trees never end
 * a block with that "\n" (Draft adds a second one there so the browser shows the empty line).
 */
function draftLeaves(inlines: readonly Inline[], parent: HTMLElement, doc: Document): Leaf[] {
  const flat: Array<{ text: string; mention: boolean }> = [];
  const visit = (items: readonly Inline[]): void => {
    for (const item of items) {
      if (item.kind === 'mark') visit(item.children);
      else if (item.kind === 'br') flat.push({ text: '\n', mention: false });
      else flat.push({ text: item.text, mention: item.kind === 'mention' });
    }
  };
  visit(inlines);
  // Draft renders no empty leaves.
  const shown = flat.filter((leaf) => leaf.text !== '');
  while (shown.length > 0 && /^\n+$/.test(shown.at(-1)?.text ?? '')) shown.pop();
  return shown.map(({ text, mention }) => {
    const node = doc.createTextNode(text);
    parent.append(mention ? mentionIsland(draftLeaf(node, doc), doc) : draftLeaf(node, doc));
    return { kind: 'text' as const, node };
  });
}

/** A mention: an island the user cannot edit inside. */
function mentionIsland(content: Node, doc: Document): Node {
  const island = doc.createElement('span');
  island.setAttribute('contenteditable', 'false');
  island.className = 'mention';
  const label = doc.createElement('span');
  label.append(content);
  island.append(label);
  return island;
}

function draftLeaf(node: Node, doc: Document): Node {
  const outer = doc.createElement('span');
  outer.setAttribute('data-offset-key', 'k-0-0');
  const inner = doc.createElement('span');
  inner.setAttribute('data-text', 'true');
  inner.append(node);
  outer.append(inner);
  return outer;
}

function lexicalLeaf(node: Node, doc: Document): Node {
  const span = doc.createElement('span');
  span.setAttribute('data-lexical-text', 'true');
  span.append(node);
  return span;
}
