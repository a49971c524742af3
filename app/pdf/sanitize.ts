/**
 * The second sanitising line for printed HTML: DOMPurify over jsdom (tech-notes §5; happy-dom
 * and linkedom are not considered safe by DOMPurify). The first line is renderHtml, which never
 * passes raw HTML through. Node only.
 */
import { randomBytes } from 'node:crypto';
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

/** Base64 payloads of data: URLs this long are set aside while sanitising (see below). */
const LONG_BASE64 = /(data:[a-z0-9.+/-]+;base64,)([A-Za-z0-9+/=]{256,})/gi;

/**
 * Returns `html` (a whole document) sanitised: no scripts, event handlers, frames, forms,
 * external resources or style attributes; the head's `<style>`, `<title>` and CSP meta stay.
 * The doctype is re-added because DOMPurify drops it and quirks mode would change layout.
 *
 * Long base64 runs inside data: URLs (the embedded fonts, ~380 KB) are swapped for short
 * tokens before sanitising and put back after: jsdom parsing them as CSS cost ~100 ms per
 * print. This edit after sanitising is safe because what is put back consists only of base64
 * characters [A-Za-z0-9+/=], which cannot form markup or leave a CSS string in any context.
 */
export function sanitizeDocument(html: string): string {
  const blobs: string[] = [];
  const token = `b64${randomBytes(8).toString('hex')}n`;
  const slim = html.replace(
    LONG_BASE64,
    (_, prefix: string, data: string) => `${prefix}${token}${blobs.push(data) - 1}`,
  );
  const clean = getPurifier().sanitize(slim, {
    WHOLE_DOCUMENT: true,
    ADD_TAGS: ['meta', 'style', 'title'],
    ADD_ATTR: ['http-equiv', 'content', 'charset'],
    FORBID_TAGS: [
      'script',
      'iframe',
      'frame',
      'object',
      'embed',
      'form',
      'link',
      'base',
      'svg',
      'math',
    ],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
    ALLOW_DATA_ATTR: false,
  });
  const restored = clean.replace(
    new RegExp(`${token}(\\d+)`, 'g'),
    (_, i: string) => blobs[Number(i)] ?? '',
  );
  return `<!DOCTYPE html>\n${restored}`;
}
