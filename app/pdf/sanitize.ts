/**
 * The second sanitising line for printed HTML: DOMPurify over jsdom (tech-notes §5; happy-dom
 * and linkedom are not considered safe by DOMPurify). The first line is renderHtml, which never
 * passes raw HTML through. Node only.
 */
import createDOMPurify from 'dompurify';
import type { DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const instance = createDOMPurify(new JSDOM('').window);
  // Keep only the metas renderHtml writes. A CSP meta can only narrow what the page may do.
  instance.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'meta') return;
    const element = node as Element;
    const httpEquiv = (element.getAttribute('http-equiv') ?? '').toLowerCase();
    const name = (element.getAttribute('name') ?? '').toLowerCase();
    const isCharset = element.hasAttribute('charset');
    if (!(httpEquiv === 'content-security-policy' || name === 'viewport' || isCharset)) {
      element.parentNode?.removeChild(element);
    }
  });
  purifier = instance;
  return instance;
}

/**
 * Returns `html` (a whole document) sanitised: no scripts, event handlers, frames, forms,
 * external resources or style attributes; the head's `<style>`, `<title>` and CSP meta stay.
 * The doctype is re-added because DOMPurify drops it and quirks mode would change layout.
 */
export function sanitizeDocument(html: string): string {
  const clean = getPurifier().sanitize(html, {
    WHOLE_DOCUMENT: true,
    ADD_TAGS: ['meta', 'style', 'title'],
    ADD_ATTR: ['http-equiv', 'content', 'charset'],
    FORBID_TAGS: ['script', 'iframe', 'frame', 'object', 'embed', 'form', 'link', 'base', 'svg', 'math'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
    ALLOW_DATA_ATTR: false,
  });
  return `<!DOCTYPE html>\n${clean}`;
}
