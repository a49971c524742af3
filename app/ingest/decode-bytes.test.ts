import { describe, expect, it } from 'vitest';
import { ArticleError } from './article-error';
import { decodeArticleBytes } from './decode-bytes';

/** Encodes `text` as Windows-1252; throws on a character the code page lacks. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    '„': 0x84,
    '…': 0x85,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '•': 0x95,
    '–': 0x96,
    '—': 0x97,
    '™': 0x99,
    Š: 0x8a,
    Œ: 0x8c,
    ž: 0x9e,
    Ÿ: 0x9f,
  };
  return Uint8Array.from([...text], (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    if (c in high) return high[c];
    throw new Error(`not in Windows-1252: ${c}`);
  });
}

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return (error as ArticleError).code;
  }
}

const LEGACY =
  '“Café talks,” said Jürgen Müller — the mayor’s aide – on Friday. ‘Señor’ paid €5… Œuvre™ • Ÿ.';

describe('decodeArticleBytes', () => {
  it('decodes Windows-1252 text exactly: curly quotes, é, ü, dashes, the euro sign', () => {
    const bytes = cp1252(LEGACY);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeArticleBytes(bytes, 'old.txt', false)).toBe(LEGACY);
  });

  it('maps every byte 0x80–0x9F as the WHATWG Windows-1252 index does', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const text = decodeArticleBytes(Uint8Array.from([0x41, ...bytes]), 'all.txt', false);
    expect([...text.slice(1)].map((c) => c.codePointAt(0)!.toString(16))).toEqual(
      // prettier-ignore
      ['20ac', '81', '201a', '192', '201e', '2026', '2020', '2021', '2c6', '2030', '160', '2039',
        '152', '8d', '17d', '8f', '90', '2018', '2019', '201c', '201d', '2022', '2013', '2014',
        '2dc', '2122', '161', '203a', '153', '9d', '17e', '178'],
    );
  });

  it('reads ISO-8859-1 (a subset of Windows-1252) the same way', () => {
    const text = 'Müller said the café in Zürich was «très cher» at 30 °C.';
    expect(decodeArticleBytes(cp1252(text), 'latin1.txt', false)).toBe(text);
  });

  it('keeps valid UTF-8 as UTF-8, even when it also decodes as Windows-1252', () => {
    // "Ã©" is "é" misread: every two-byte sequence here is valid in both encodings.
    const text = 'Café Müller — “quoted” – Erdoğan, Selçuk Bayraktaroğlu, 😀 and €5.';
    const bytes = new TextEncoder().encode(text);
    expect(decodeArticleBytes(bytes, 'utf8.txt', false)).toBe(text);
    expect(decodeArticleBytes(bytes, 'utf8.html', true)).toBe(text);
  });

  it('keeps valid UTF-8 as UTF-8 even when the page declares another charset', () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Café Müller</p>';
    expect(decodeArticleBytes(new TextEncoder().encode(html), 'p.html', true)).toBe(html);
  });

  it('reads UTF-8 with a damaged byte as UTF-8, not as Windows-1252 mojibake', () => {
    const good = new TextEncoder().encode('Café Müller in Zürich, Erdoğan said. ');
    const bytes = Uint8Array.from([...good, 0xff, ...good]);
    const text = decodeArticleBytes(bytes, 'damaged.txt', false);
    expect(text).toBe(
      'Café Müller in Zürich, Erdoğan said. \uFFFDCafé Müller in Zürich, Erdoğan said. ',
    );
  });

  it('honours an HTML page’s declared charset', () => {
    const body = '<p>“Müller’s café” — Größe</p>';
    const pages = [
      `<html><head><meta charset="iso-8859-1"><title>t</title></head><body>${body}</body></html>`,
      `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252"></head><body>${body}`,
      `<html><head><meta content='text/html;charset=latin1' http-equiv='content-type'></head>${body}`,
    ];
    for (const page of pages) expect(decodeArticleBytes(cp1252(page), 'p.html', true)).toBe(page);
  });

  it('uses a declared charset other than Windows-1252 when the runtime knows it', () => {
    // "Привет" in windows-1251: every byte is 0xC0–0xFF, so the bytes are not UTF-8.
    const cyrillic = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1251"></head><p>');
    const bytes = Uint8Array.from([...head, ...cyrillic]);
    expect(decodeArticleBytes(bytes, 'ru.html', true)).toMatch(/<p>Привет$/);
    // Undeclared, the same bytes fall back to Windows-1252.
    expect(decodeArticleBytes(bytes, 'ru.txt', false)).toMatch(/<p>Ïðèâåò$/);
  });

  it('falls back to Windows-1252 for an unknown or absent label, and for a text file', () => {
    const text = '<html><head><meta charset="x-no-such-charset"></head><p>Müller’s café</p>';
    expect(decodeArticleBytes(cp1252(text), 'p.html', true)).toBe(text);
    const meta = '<meta charset="windows-1251"><p>Müller’s café</p>';
    // Only HTML declares a charset; a .txt file that happens to hold the tag is not HTML.
    expect(decodeArticleBytes(cp1252(meta), 'notes.txt', false)).toBe(meta);
  });

  it('ignores a charset declared after the first 1024 bytes', () => {
    const page = `<html><head><title>${'x'.repeat(1100)}</title><meta charset="windows-1251"></head><p>Müller</p>`;
    expect(decodeArticleBytes(cp1252(page), 'p.html', true)).toBe(page);
  });

  it('still refuses binary files that are not UTF-8', () => {
    // Fixed pseudo-random bytes (Knuth's multiplicative hash), so a failure reproduces.
    const random = Uint8Array.from(
      { length: 4096 },
      (_, i) => Math.imul(i + 1, 2_654_435_761) >>> 24,
    );
    const png = Uint8Array.from([
      ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52],
      ...random,
    ]);
    expect(codeOf(() => decodeArticleBytes(png, 'image.txt', false))).toBe('binary');
    expect(codeOf(() => decodeArticleBytes(random, 'random.bin', false))).toBe('binary');
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...random]);
    expect(codeOf(() => decodeArticleBytes(zip, 'doc.txt', false))).toBe('binary');
    // A PDF whose first lines are text: the signature and the high bytes give it away.
    const pdf = cp1252(`%PDF-1.4\n%âãÏÓ\n${'1 0 obj << /Type /Catalog >> endobj\n'.repeat(50)}`);
    expect(codeOf(() => decodeArticleBytes(pdf, 'report.txt', false))).toBe('binary');
  });

  it('refuses non-UTF-8 bytes holding a NUL or controls past the first 64 kB', () => {
    const text = cp1252(`Müller’s café. ${'Plain words here. '.repeat(20)}`);
    expect(codeOf(() => decodeArticleBytes(Uint8Array.from([...text, 0]), 'a.txt', false))).toBe(
      'binary',
    );
    const long = new Uint8Array(200_000).fill(0x61);
    long[10] = 0xe9; // é in Windows-1252
    long.fill(0x01, 100_000, 110_000);
    expect(codeOf(() => decodeArticleBytes(long, 'late.txt', false))).toBe('binary');
  });

  it('still reads UTF-16 with a byte-order mark', () => {
    const bytes = Uint8Array.from([0xfe, 0xff, 0, 0x4d, 0, 0xfc, 0, 0x6c]);
    expect(decodeArticleBytes(bytes, 'be.txt', false)).toBe('Mül');
  });

  it('refuses a briefing file or other JSON given as the article, saying what it looks like', () => {
    const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
    const message = (bytes: Uint8Array, name: string): string => {
      try {
        decodeArticleBytes(bytes, name, false);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    const briefing = JSON.stringify({ version: 2, article: { text: 'x' }, briefing: {} });
    expect(message(utf8(briefing), 'old.txt')).toBe(
      'old.txt is a briefing file, not an article; give the article itself (a .txt, .md or .html file).',
    );
    expect(message(utf8('Ankara, 8 September.'), 'u.briefing.json')).toMatch(
      /^u\.briefing\.json is a briefing file, not an article;/,
    );
    const w3c = '\uFEFF [{"type": "Annotation", "body": "x", "target": "y"}]\n';
    expect(message(utf8(w3c), 'notes.w3c.json')).toBe(
      'notes.w3c.json is JSON, not an article text; give the article itself (a .txt, .md or .html file).',
    );
    expect(message(utf8('{"a": 1}'), 'x.txt')).toMatch(/^x\.txt is JSON, not an article text;/);
    // Articles that only look a little like JSON are articles.
    for (const text of [
      '[Updated] Ankara, 8 September.',
      '{Draft} Ankara said [on Monday].',
      '42',
    ]) {
      expect(message(utf8(text), 'a.txt')).toBe('accepted');
    }
  });
});
