import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Elements whose content is never article text. */
const DROP =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, select, textarea, input, link, meta';
const LEAF_BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'PRE',
  'FIGCAPTION',
  'DT',
  'DD',
  'TD',
  'TH',
  'CAPTION',
  'BLOCKQUOTE',
  'ADDRESS',
]);
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BODY',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'FIGURE',
  'BLOCKQUOTE',
  'HGROUP',
  'CENTER',
  'DETAILS',
]);

interface ElementLike {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<ElementLike>;
  querySelector(selector: string): ElementLike | null;
}

/**
 * Extracts an article's readable text from HTML: Readability over a linkedom document picks
 * the article, then headings and paragraphs become lines separated by blank lines, title first.
 * Scripts, styles, navigation and forms are removed before anything else looks at the page.
 */
export function htmlToArticleText(html: string): string {
  const { document } = parseHTML(html);
  for (const node of [...document.querySelectorAll(DROP)]) node.remove();
  // The page's own <h1> is the headline; <title> often carries the site name as well.
  const h1 = collapse(document.querySelector('h1')?.textContent ?? '');
  const docTitle = h1 || collapse(document.title ?? '');
  let lines: string[] = [];
  let title = docTitle;
  try {
    const article = new Readability(document, {
      serializer: (node: Node) => node,
    }).parse();
    if (article?.content) {
      const root = article.content as unknown as ElementLike;
      lines = blockLines(root);
      title = h1 || collapse(article.title ?? '') || docTitle;
    }
  } catch {
    lines = [];
  }
  if (!lines.join('').trim()) {
    const { document: fresh } = parseHTML(html);
    for (const node of [...fresh.querySelectorAll(DROP)]) node.remove();
    lines = fresh.body ? blockLines(fresh.body) : [];
  }
  if (title && lines[0] !== title) lines.unshift(title);
  return lines.join('\n\n');
}

/** Leaf blocks in document order, each as one line of collapsed text. Iterative: deep HTML is fine. */
function blockLines(root: ElementLike): string[] {
  const lines: string[] = [];
  const stack: ElementLike[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const hasBlockChild = Array.from(el.children).some(
      (c) => LEAF_BLOCKS.has(c.tagName) || CONTAINERS.has(c.tagName),
    );
    if ((CONTAINERS.has(el.tagName) || el === root) && hasBlockChild) {
      const kids = Array.from(el.children);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      continue;
    }
    const text = collapse(el.textContent ?? '');
    if (text) lines.push(text);
  }
  return lines;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
