// eslint-disable-next-line no-restricted-imports -- test only: a DOM for vitest's node environment
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, offsetsToRange, rangeToSelection } from './selection';

const dom = new JSDOM(`<div id="root">
  <div data-block-id="article"><p><span data-offset="0">Hello </span><mark data-offset="6">brave</mark><span data-offset="11"> new</span></p><p><span data-offset="16">world ğış</span></p></div>
  <p><span data-block-id="i1"><span data-offset="0">Item text</span></span><button>¹</button></p>
</div>`);
Object.assign(globalThis, { Node: dom.window.Node, NodeFilter: dom.window.NodeFilter });
const doc = dom.window.document;

function range(sc: Node, so: number, ec: Node, eo: number): Range {
  const r = doc.createRange();
  r.setStart(sc, so);
  r.setEnd(ec, eo);
  return r;
}
const text = (sel: string) => doc.querySelector(sel)!.firstChild!;

describe('rangeToSelection', () => {
  it('maps text-node boundaries across runs and paragraphs to block offsets', () => {
    const s = rangeToSelection(range(text('[data-offset="6"]'), 1, text('[data-offset="16"]'), 5));
    expect(s).toMatchObject({ blockId: 'article', start: 7, end: 21 });
  });
  it('maps element boundaries to the next run', () => {
    const p = doc.querySelectorAll('[data-block-id="article"] p')[1];
    const s = rangeToSelection(range(p, 0, text('[data-offset="16"]'), 9));
    expect(s).toMatchObject({ start: 16, end: 25 });
  });
  it('clips a selection that runs out of an item block', () => {
    const s = rangeToSelection(
      range(text('[data-block-id="i1"] span'), 5, doc.querySelector('button')!, 1),
    );
    expect(s).toMatchObject({ blockId: 'i1', start: 5, end: 9 });
  });
  it('is null outside annotatable text and when collapsed', () => {
    expect(rangeToSelection(range(text('button'), 0, text('button'), 1))).toBeNull();
    expect(
      rangeToSelection(range(text('[data-offset="0"]'), 2, text('[data-offset="0"]'), 2)),
    ).toBeNull();
  });
});

describe('offsets back to the DOM (keyboard selection)', () => {
  const article = doc.querySelector('[data-block-id="article"]')!;
  it('rebuilds the block text with the undrawn paragraph break as a line break', () => {
    expect(blockText(article)).toBe('Hello brave new\nworld ğış');
  });
  it('round-trips offsets through a DOM range, across runs and paragraphs', () => {
    for (const [start, end] of [
      [0, 5],
      [6, 11],
      [7, 21],
      [16, 25],
      [0, 25],
    ] as const) {
      const r = offsetsToRange(article, start, end)!;
      expect(r.toString()).toBe(blockText(article).slice(start, end).replace('\n', ''));
      expect(rangeToSelection(r)).toMatchObject({ blockId: 'article', start, end });
    }
  });
  it('puts a range that ends on a run boundary in the run before it', () => {
    const r = offsetsToRange(article, 0, 6)!;
    expect(r.endContainer.textContent).toBe('Hello ');
    expect(r.startContainer.textContent).toBe('Hello ');
  });
});
