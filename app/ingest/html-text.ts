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
  // Read before DROP removes <meta> and <script>: the date lives there.
  const publishedOn = publishedDate(document);
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
  // The stamp goes under the headline, where the generator reads "Published:" lines as metadata,
  // unless the page already shows it as a line of its own ("30 April 2024" from <time>).
  if (publishedOn && !lines.slice(0, HEAD_LINES).includes(publishedOn.shown ?? '')) {
    lines.splice(title ? 1 : 0, 0, `Published: ${publishedOn.day}`);
  }
  return lines.join('\n\n');
}

/** How many leading lines may already show the publication date. */
const HEAD_LINES = 6;

interface QueryRoot {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** A publication day, and the text the page shows it as when it comes from a `<time>`. */
export interface PublishedDay {
  day: string;
  shown: string | null;
}

/** Meta tags that carry a page's publication time, most specific first. */
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];
/** An ISO date at the start of a machine-readable value ("2024-02-04T09:00:00Z"). */
const ISO_DAY = /^\s*(\d{4}-\d{2}-\d{2})(?![\d])/;

/**
 * The page's machine-readable publication day (ISO `YYYY-MM-DD`), or null: the
 * article:published_time (or similar) meta tag, else JSON-LD `datePublished`, else the first
 * `<time datetime>` (one marked `itemprop="datePublished"` or `pubdate` first). The day is taken
 * as the page writes it, without converting its time zone.
 */
export function publishedDate(document: QueryRoot): PublishedDay | null {
  for (const selector of PUBLISHED_META) {
    const day = isoDay(document.querySelector(selector)?.getAttribute('content'));
    if (day) return { day, shown: null };
  }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const day = isoDay(jsonLdDatePublished(scripts[i].textContent ?? ''));
    if (day) return { day, shown: null };
  }
  for (const selector of [
    'time[itemprop="datePublished"][datetime]',
    'time[pubdate][datetime]',
    'time[datetime]',
  ]) {
    const time = document.querySelector(selector);
    const day = isoDay(time?.getAttribute('datetime'));
    if (day) return { day, shown: collapse(time?.textContent ?? '') || null };
  }
  return null;
}

function isoDay(value: string | null | undefined): string | null {
  const m = ISO_DAY.exec(value ?? '');
  return m ? m[1] : null;
}

/** The first `datePublished` string anywhere in a JSON-LD block (objects, arrays, `@graph`). */
function jsonLdDatePublished(source: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return null;
  }
  const stack: unknown[] = [data];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === 'string') return record.datePublished;
      for (const value of Object.values(record))
        if (value && typeof value === 'object') stack.push(value);
    }
  }
  return null;
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
