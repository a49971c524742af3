/**
 * Markdown → a complete, self-contained HTML document for screen and print. Pure (no DOM).
 *
 * Safety: raw HTML in the Markdown is shown as text, never passed through; links keep only
 * http(s), mailto and internal `#` targets; images render as their alt text; there are no
 * scripts and a strict CSP forbids loading anything but inline styles and data: fonts/images.
 * The PDF path sanitises this output once more with DOMPurify (app/pdf/sanitize.ts).
 */
import { Marked } from 'marked';
import type { Tokens } from 'marked';
import type { Paper } from './options';
import { pageRule } from './print-templates';

export interface HtmlOptions {
  /** Document title (plain text). */
  title: string;
  /** Handling marking; shown as a banner above the body on screen. */
  handling: string;
  paper?: Paper;
  /** The print stylesheet (resources/print.css plus @font-face rules), inlined in `<style>`. */
  css?: string;
}

/** The Content-Security-Policy every exported document carries. */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

const LOCK_ICON = '<span class="lock">🔒</span>';

const SAFE_URL = /^(?:https?:\/\/|mailto:|#)/i;
const FOOTNOTE_LABEL = '[A-Za-z0-9_-]+';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Removes a leading YAML front matter block (`---` … `---`), which is metadata, not content. */
export function stripFrontMatter(markdown: string): string {
  if (!markdown.startsWith('---\n')) return markdown;
  const end = markdown.indexOf('\n---\n', 3);
  return end < 0 ? markdown : markdown.slice(end + 5);
}

function decodeBasicEntities(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A slug of the heading's visible text that keeps Unicode letters (Kadıoğlu stays readable). */
function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}

/** A marked instance for one document: heading ids and footnote back-links are per document. */
function createMarked(): Marked {
  const usedIds = new Map<string, number>();
  const referenced = new Set<string>();
  return new Marked({
    gfm: true,
    extensions: [
      {
        name: 'footnoteDefinition',
        level: 'block',
        // No `start`: definitions must follow a blank line (toMarkdown always writes one). A
        // start function here is run on the whole remaining document once per paragraph, which
        // made a 1 MB export take seconds.
        tokenizer(src) {
          const match = new RegExp(`^\\[\\^(${FOOTNOTE_LABEL})\\]:[ \\t]*([^\\n]*)(?:\\n+|$)`).exec(
            src,
          );
          if (!match) return undefined;
          return {
            type: 'footnoteDefinition',
            raw: match[0],
            label: match[1],
            tokens: this.lexer.inlineTokens(match[2]),
          };
        },
        renderer(token) {
          const label = escapeHtml(String(token['label']));
          const body = this.parser.parseInline(token.tokens ?? []);
          return `<p class="footnote" id="fn-${label}"><a class="footnote-label" href="#fnref-${label}">${label}</a> ${body}</p>\n`;
        },
      },
      {
        name: 'footnoteRef',
        level: 'inline',
        start: (src) => {
          const index = src.indexOf('[^');
          return index < 0 ? undefined : index;
        },
        tokenizer(src) {
          const match = new RegExp(`^\\[\\^(${FOOTNOTE_LABEL})\\](?!:)`).exec(src);
          if (!match) return undefined;
          return { type: 'footnoteRef', raw: match[0], label: match[1] };
        },
        renderer(token) {
          const label = String(token['label']);
          const id = referenced.has(label) ? '' : ` id="fnref-${escapeHtml(label)}"`;
          referenced.add(label);
          return `<sup class="footnote-ref"><a href="#fn-${escapeHtml(label)}"${id}>${escapeHtml(label)}</a></sup>`;
        },
      },
    ],
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(token.text);
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        if (!SAFE_URL.test(token.href.trim())) return text;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(token.href.trim())}"${title}>${text}</a>`;
      },
      image(token: Tokens.Image) {
        return escapeHtml(token.text);
      },
      heading(token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        const base = slugify(decodeBasicEntities(inner.replace(/<[^>]*>/g, '')));
        const seen = usedIds.get(base) ?? 0;
        usedIds.set(base, seen + 1);
        const id = seen === 0 ? base : `${base}-${seen + 1}`;
        return `<h${token.depth} id="${escapeHtml(id)}">${inner}</h${token.depth}>\n`;
      },
    },
  });
}

/** Renders Markdown to an HTML fragment with the export's rules (no raw HTML, safe links). */
export function renderFragment(markdown: string): string {
  return createMarked().parse(stripFrontMatter(markdown), { async: false });
}

/**
 * `html` with each space in a heading's text written as a no-break space plus a `<wbr>` break
 * opportunity. The heading wraps and reads the same, but Chromium builds the PDF outline from
 * the heading's line boxes and drops an ordinary space where a line wraps ("…hosted" +
 * "Brigadier…" became "hostedBrigadier"); a no-break space is not dropped. Attributes and tags
 * inside the heading are left alone.
 */
function keepHeadingSpaces(html: string): string {
  return html.replace(
    /(<h([1-4]) [^>]*>)([\s\S]*?)(<\/h\2>)/g,
    (_all, open: string, _depth: string, inner: string, close: string) =>
      open +
      inner.replace(
        /(^|>)([^<]*)/g,
        (_m, gt: string, text: string) => gt + text.replace(/ /g, '&nbsp;<wbr>'),
      ) +
      close,
  );
}

/**
 * Returns a complete HTML document for `markdown` (front matter dropped). The handling banner
 * paragraph that toMarkdown writes first is given the `handling-banner` class so the print
 * stylesheet can style it. Nothing in the document loads from the network or runs script.
 */
export function renderHtml(markdown: string, options: HtmlOptions): string {
  // The print stylesheet draws the padlock for 🔒 (and hides the character, still there for
  // copying and screen readers): headless Linux printing has no emoji font.
  let body = keepHeadingSpaces(renderFragment(markdown).replace(/🔒/gu, LOCK_ICON));
  const bannerParagraph = `<p><strong>${escapeHtml(options.handling)}</strong></p>`;
  if (body.startsWith(bannerParagraph)) {
    body =
      `<p class="handling-banner">${escapeHtml(options.handling)}</p>` +
      body.slice(bannerParagraph.length);
  }
  // CSS is ours, but a `</style` inside it would end the element early.
  const css = (options.css ?? '').replace(/<\/(style)/gi, '<\\/$1');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(EXPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${css}\n${pageRule(options.paper ?? 'a4', options.handling)}</style>`,
    '</head>',
    `<body class="paper-${options.paper ?? 'a4'}">`,
    '<main class="briefing">',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
