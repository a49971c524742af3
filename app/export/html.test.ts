import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_CSP, renderFragment, renderHtml } from './html';
import { toMarkdown } from './markdown';
import { blockShapeOf } from './testing/block-shape';
import { payloadBriefing, XSS_PAYLOADS } from './testing/payload-briefing';
import { seedBriefing } from './testing/seed-fixture';
import { TRICKY_INPUTS, visibleText } from './testing/visible-text';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const text = readFileSync(
  path.join(repoRoot, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt'),
  'utf8',
);
const seed = seedBriefing(text, createHash('sha256').update(text).digest('hex'));
const env = { now: '2026-11-25T17:00:00.000Z', appVersion: '0.1.0' };

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'wbr',
  'main',
  'p',
  'h1',
  'h2',
  'h3',
  'strong',
  'em',
  'blockquote',
  'ol',
  'ul',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'sup',
  'a',
  'hr',
  'br',
  'code',
  'span',
]);

/** Every start tag in `html` with its attribute source. */
function tagsOf(html: string): { name: string; attrs: string }[] {
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  return [...body.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attrs: m[2],
  }));
}

function exportHtml(file = seed, notes: 'none' | 'shared' | 'all' = 'all'): string {
  return renderHtml(toMarkdown(file, { notes }, env), {
    title: file.briefing.title,
    handling: file.handling,
    paper: 'a4',
    css: 'body{}',
  });
}

describe('renderHtml', () => {
  it('writes a complete document with a strict CSP and no scripts', () => {
    const html = exportHtml();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP.replace(/'/g, '&#39;')}">`,
    );
    expect(EXPORT_CSP).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:/,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(
      '<title>Turkey deepens military ties with Syria’s post-Assad administration</title>',
    );
    expect(html).toMatch(/@page \{\n {2}size: A4;\n {2}@top-center \{ content: "TLP:AMBER";/);
    expect(renderHtml('x', { title: 't', handling: 'h', paper: 'letter' })).toMatch(
      /@page \{\n {2}size: letter;/,
    );
  });

  it('drops the front matter and styles the handling banner', () => {
    const html = exportHtml();
    expect(html).not.toContain('article-sha256:');
    expect(html).toContain('<main class="briefing">\n<p class="handling-banner">TLP:AMBER</p>');
  });

  it('gives headings unique ids that keep Unicode letters', () => {
    const html = renderFragment('# Kadıoğlu ve Erdoğan\n\n## Notes\n\n## Notes\n\n## \\<b\\>\n');
    expect(html).toContain('<h1 id="kadıoğlu-ve-erdoğan">');
    expect(html).toContain('<h2 id="notes">');
    expect(html).toContain('<h2 id="notes-2">');
    expect(html).toContain('<h2 id="b">&lt;b&gt;</h2>');
  });

  it('links footnote references and definitions both ways', () => {
    const html = exportHtml();
    const refs = [...html.matchAll(/href="#fn-(\d+)"/g)].map((m) => m[1]);
    for (const ref of new Set(refs)) {
      expect(html).toContain(`<p class="footnote" id="fn-${ref}">`);
      expect(html).toContain(`id="fnref-${ref}"`);
    }
    expect(new Set(html.match(/id="fnref-\d+"/g)).size).toBe(html.match(/id="fnref-\d+"/g)!.length);
  });

  it('keeps only http(s), mailto and #anchor links and renders images as alt text', () => {
    const html = renderFragment(
      '[a](http://ok.example) [b](https://ok.example) [c](mailto:x@y.z) [d](#notes) [e](javascript:alert(1)) ' +
        '[f](JAVASCRIPT:alert(1)) [g](data:text/html,<script>alert(1)</script>) [h](vbscript:x) [i](file:///etc/passwd) ' +
        '[j](//evil.example) ![k](http://x/y.png) <javascript:alert(1)>',
    );
    expect(html).toContain('<a href="http://ok.example">a</a>');
    expect(html).toContain('<a href="https://ok.example">b</a>');
    expect(html).toContain('<a href="mailto:x@y.z">c</a>');
    expect(html).toContain('<a href="#notes">d</a>');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['http://ok.example', 'https://ok.example', 'mailto:x@y.z', '#notes']);
    expect(html).not.toContain('<img');
    expect(html).toContain(' k ');
  });

  it('shows raw HTML written in Markdown as text', () => {
    const html = renderFragment(
      '<script>alert(1)</script>\n\ninline <img src=x onerror=alert(1)> and <b>b</b>\n\n<div>\nblock\n</div>\n',
    );
    expect(html).not.toMatch(/<(script|img|b|div)[\s>]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('exported text renders exactly as written', () => {
  const file = payloadBriefing(seed, [...TRICKY_INPUTS, ...XSS_PAYLOADS]);
  const html = exportHtml(file);
  const payloads = [...TRICKY_INPUTS, ...XSS_PAYLOADS];

  it('lets no raw tag, event handler or unsafe link from the input survive', () => {
    for (const tag of tagsOf(html)) {
      expect(ALLOWED_TAGS.has(tag.name), `<${tag.name}${tag.attrs}>`).toBe(true);
      expect(tag.attrs, `<${tag.name}${tag.attrs}>`).not.toMatch(/\son\w+\s*=/i);
      const href = /href="([^"]*)"/.exec(tag.attrs)?.[1];
      if (href !== undefined) expect(href).toMatch(/^#fn(ref)?-\d+$/);
    }
  });

  it('quotes article spans in footnotes exactly (newlines as spaces)', () => {
    const footnotes = [
      ...html.matchAll(/<p class="footnote" id="fn-\d+"><a[^>]*>\d+<\/a> ([\s\S]*?)<\/p>/g),
    ].map((m) => visibleText(m[1]));
    for (const p of payloads) expect(footnotes).toContain(`“${p.trim().replace(/\n/g, ' ')}”`);
  });

  it('renders generated claims and table cells exactly', () => {
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
      visibleText(m[1].replace(/<sup[\s\S]*?<\/sup>/g, '')),
    );
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) =>
      visibleText(m[1].replace(/<sup[\s\S]*?<\/sup>/g, '')),
    );
    for (const p of payloads) {
      const inline = p.trim().replace(/\n/g, ' ');
      expect(items, p).toContain(inline);
      expect(cells, p).toContain(p.replace(/\n/g, ' '));
    }
  });

  it('renders each note and its highlighted words exactly', () => {
    const notesPart = html.slice(html.indexOf('<h3 id="highlights-and-notes">'));
    const notes = [
      ...notesPart.matchAll(/<blockquote>\n([\s\S]*?)<\/blockquote>\n([\s\S]*?)<p><em>Tags/g),
    ].map((m) => ({
      quote: visibleText(m[1]),
      body: visibleText(m[2]),
    }));
    expect(notes).toHaveLength(payloads.length);
    payloads.forEach((p, i) => {
      expect(notes[i].quote, p).toBe(blockShapeOf(p));
      expect(notes[i].body, p).toBe(blockShapeOf(p));
    });
  });
});
