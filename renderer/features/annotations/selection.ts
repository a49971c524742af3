/**
 * DOM selections → annotation targets. Annotatable text lives in an element carrying
 * `data-block-id`; inside it every text node sits in a run element carrying `data-offset`
 * (the run's start in the block's text). Anything else in the block (glyphs drawn by CSS)
 * is not text and is skipped.
 */

export interface TextSelection {
  blockId: string;
  start: number;
  end: number;
  /** The selected words, from the DOM. */
  text: string;
  /**
   * True when the drag ran past its block (into the next item or pane): a note covers one
   * block, so only the part in the block it started in is used, and the toolbar says so.
   */
  trimmed?: boolean;
}

function runOf(node: Node, block: Element): HTMLElement | null {
  const parent = node.parentElement;
  const run = parent?.closest<HTMLElement>('[data-offset]') ?? null;
  return run && block.contains(run) ? run : null;
}

/** Offset of text node `node` within its run: lengths of the run's earlier text nodes. */
function offsetInRun(node: Text, run: HTMLElement): number {
  let total = 0;
  const walker = run.ownerDocument.createTreeWalker(run, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode())
    total += n.nodeValue?.length ?? 0;
  return total;
}

function textNodeStart(node: Text, block: Element): number | null {
  const run = runOf(node, block);
  return run ? Number(run.dataset.offset) + offsetInRun(node, run) : null;
}

function textWalker(block: Element): TreeWalker {
  return block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (runOf(n, block) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
}

/** The first run text node at or after `node` in document order, within `block`. */
function firstTextFrom(node: Node, block: Element): Text | null {
  const walker = textWalker(block);
  walker.currentNode = node;
  if (node.nodeType === Node.TEXT_NODE && runOf(node, block)) return node as Text;
  return walker.nextNode() as Text | null;
}

/** The node after `node`'s subtree in document order, staying inside `block`. */
function afterSubtree(node: Node, block: Element): Node | null {
  let n: Node | null = node;
  while (n && n !== block && !n.nextSibling) n = n.parentNode;
  return n && n !== block ? n.nextSibling : null;
}

function blockEnd(block: Element): number {
  const walker = textWalker(block);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
  if (!last) return 0;
  return (textNodeStart(last, block) ?? 0) + (last.nodeValue?.length ?? 0);
}

/** Maps a DOM boundary point inside `block` to an offset into the block's text. */
export function pointToOffset(block: Element, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const start = textNodeStart(container as Text, block);
    if (start !== null) return start + offset;
    const next = afterSubtree(container, block);
    const text = next ? firstTextFrom(next, block) : null;
    return text ? (textNodeStart(text, block) ?? 0) : blockEnd(block);
  }
  const child = container.childNodes[offset] ?? null;
  const from = child ?? afterSubtree(container, block);
  const text = from ? firstTextFrom(from, block) : null;
  return text ? (textNodeStart(text, block) ?? 0) : blockEnd(block);
}

/**
 * The annotatable part of `range`: in the block where the range starts, clipped to that
 * block. Null when the range is collapsed or starts outside annotatable text.
 */
export function rangeToSelection(range: Range): TextSelection | null {
  if (range.collapsed) return null;
  const startEl =
    range.startContainer.nodeType === Node.ELEMENT_NODE
      ? (range.startContainer as Element)
      : range.startContainer.parentElement;
  let block = startEl?.closest('[data-block-id]') ?? null;
  if (!block) {
    // A drag that began in the margin: use the block the range ends in.
    const endEl =
      range.endContainer.nodeType === Node.ELEMENT_NODE
        ? (range.endContainer as Element)
        : range.endContainer.parentElement;
    block = endEl?.closest('[data-block-id]') ?? null;
    if (!block) return null;
  }
  const blockId = block.getAttribute('data-block-id') ?? '';
  const startsInside = block.contains(range.startContainer);
  const endsInside = block.contains(range.endContainer);
  const start = startsInside ? pointToOffset(block, range.startContainer, range.startOffset) : 0;
  const end = endsInside
    ? pointToOffset(block, range.endContainer, range.endOffset)
    : blockEnd(block);
  if (end <= start) return null;
  if (startsInside && endsInside) return { blockId, start, end, text: range.toString() };
  // Only the words inside the block are used; say which they are.
  return { blockId, start, end, text: blockText(block).slice(start, end), trimmed: true };
}

/** The block's text as the model has it, rebuilt from its runs (CSS glyphs are not part of it). */
export function blockText(block: Element): string {
  const walker = textWalker(block);
  let text = '';
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const start = textNodeStart(n, block) ?? text.length;
    // Runs are laid out in order; a gap is text the page does not draw (the line breaks
    // between paragraphs), kept as line breaks so offsets and sentences stay right.
    if (start > text.length) text += '\n'.repeat(start - text.length);
    text += (n.nodeValue ?? '').slice(Math.max(0, text.length - start));
  }
  return text;
}

/**
 * The DOM point for a text offset inside `block`. `side` says which text node wins at a run
 * boundary: a range's start belongs to the run after it, its end to the run before it.
 */
function offsetToPoint(
  block: Element,
  offset: number,
  side: 'start' | 'end',
): { node: Text; offset: number } | null {
  const walker = textWalker(block);
  let last: { node: Text; offset: number } | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const start = textNodeStart(n, block) ?? 0;
    const end = start + (n.nodeValue?.length ?? 0);
    if (offset < start) return last ?? { node: n, offset: 0 };
    if (side === 'start' ? offset < end : offset <= end) return { node: n, offset: offset - start };
    last = { node: n, offset: n.nodeValue?.length ?? 0 };
  }
  return last;
}

/** A DOM range over the block's text from `start` to `end`; null when the block has no text. */
export function offsetsToRange(block: Element, start: number, end: number): Range | null {
  const a = offsetToPoint(block, start, 'start');
  const b = offsetToPoint(block, end, 'end');
  if (!a || !b) return null;
  const range = block.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
