import createDOMPurify from 'dompurify';
// eslint-disable-next-line no-restricted-imports -- test only: a DOM for vitest's node environment
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderNoteMarkdown, setPurifier } from './markdown';

const purify = createDOMPurify(new JSDOM('').window);
setPurifier((html) => purify.sanitize(html, { USE_PROFILES: { html: true } }));

describe('renderNoteMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderNoteMarkdown('**bold** and *it*')).toContain('<strong>bold</strong>');
  });
  it('shows raw HTML as text', () => {
    const html = renderNoteMarkdown('<img src=x onerror=alert(1)> <b>x</b>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
  it('drops javascript: links', () => {
    expect(renderNoteMarkdown('[x](javascript:alert(1))')).not.toContain('javascript:');
  });
});
