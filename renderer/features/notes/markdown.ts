/**
 * Note Markdown → safe HTML. Raw HTML in a note is shown as text (the html renderer escapes
 * it), then DOMPurify sanitises the whole result anyway (links with javascript: and the like).
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

type Purify = (html: string) => string;

let purify: Purify | null = null;
function defaultPurify(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

/** For tests outside a browser: the sanitiser bound to a jsdom window. */
export function setPurifier(fn: Purify): void {
  purify = fn;
}

export function renderNoteMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return (purify ?? defaultPurify)(html);
}
