import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefingProblems } from '../core/generator/briefing-invariants';
import { generateBriefing } from '../core/generator/generate';
import {
  ArticleError,
  MAX_ARTICLE_BYTES,
  articleFromString,
  readArticleFile,
} from './read-article';

const dir = mkdtempSync(join(tmpdir(), 'briefing-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    const message = (error as ArticleError).message;
    expect(message).toMatch(/^[^\n]+\.$/); // one sentence
    return (error as ArticleError).code;
  }
}

/** Reads through ingest and generates; either a clear ArticleError or a valid briefing. */
async function ingestAndGenerate(path: string): Promise<string> {
  try {
    const input = await readArticleFile(path);
    const g = generateBriefing(input);
    expect(g.article.text).toBe(input.text);
    expect(briefingProblems(g)).toEqual([]);
    return 'ok';
  } catch (error) {
    if (error instanceof ArticleError) return error.code;
    throw error;
  }
}

const STORY =
  'Turkey hosted Syria’s air force commander in Ankara on 8 September 2025. The talks covered joint training.';

describe('readArticleFile', () => {
  it('reads a text file and hashes the normalised text', async () => {
    const input = await readArticleFile(
      write('story.txt', `\uFEFF${STORY}\r\n\r\nSecond paragraph here.\r\n  \n`),
    );
    expect(input.text).toBe(`${STORY}\n\nSecond paragraph here.`);
    expect(input.fileName).toBe('story.txt');
    expect(input.format).toBe('text');
    expect(input.sha256).toBe(createHash('sha256').update(input.text, 'utf8').digest('hex'));
  });

  it('gives the same text and hash for CRLF, CR and LF files', async () => {
    const lf = await readArticleFile(write('lf.txt', 'One line.\nTwo line.\n'));
    const crlf = await readArticleFile(write('crlf.txt', 'One line.\r\nTwo line.\r\n'));
    const cr = await readArticleFile(write('cr.txt', 'One line.\rTwo line.\r'));
    expect(crlf.text).toBe(lf.text);
    expect(cr.text).toBe(lf.text);
    expect(crlf.sha256).toBe(lf.sha256);
    expect(crlf.text).not.toContain('\r');
  });

  it('removes NUL and other control characters but keeps tabs and newlines', () => {
    const input = articleFromString('A\u0000B\u0007C\tD\nE\u001bF', 'x.txt');
    expect(input.text).toBe('ABC\tD\nEF');
  });

  it('names a missing file', async () => {
    expect(await codeOf(readArticleFile(join(dir, 'nope.txt')))).toBe('not-found');
  });

  it('refuses a directory', async () => {
    mkdirSync(join(dir, 'folder.txt'), { recursive: true });
    expect(await codeOf(readArticleFile(join(dir, 'folder.txt')))).toBe('unreadable');
  });

  it('refuses an empty or blank file', async () => {
    expect(await codeOf(readArticleFile(write('empty.txt', '')))).toBe('empty');
    expect(await codeOf(readArticleFile(write('blank.txt', ' \n\r\n\t \u0000 ')))).toBe('empty');
  });

  it('refuses binary bytes', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    expect(await codeOf(readArticleFile(write('random.bin', bytes)))).toBe('binary');
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(await codeOf(readArticleFile(write('image.txt', png)))).toBe('binary');
  });

  it('reads a Windows-1252 / Latin-1 file that is not valid UTF-8', async () => {
    const latin1 = Buffer.from('Café au lait. '.repeat(20), 'latin1'); // é is 0xE9
    const input = await readArticleFile(write('latin1.txt', latin1));
    expect(input.text).toBe('Café au lait. '.repeat(20).trimEnd());
    expect(input.sha256).toBe(createHash('sha256').update(input.text, 'utf8').digest('hex'));
  });

  it('reads an HTML page in its declared charset and extracts the article', async () => {
    const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
      <title>Old site</title></head><body><article><h1>Café talks in Zürich</h1>
      <p>On 8 September 2025, Jürgen Müller met the mayor in Zürich. ${'The café owners agreed. '.repeat(8)}</p>
      </article></body></html>`;
    const bytes = Buffer.from(html, 'latin1'); // one byte per character: é is 0xE9, ü 0xFC
    const input = await readArticleFile(write('old.html', bytes));
    expect(input.format).toBe('html');
    expect(input.text.split('\n')[0]).toBe('Café talks in Zürich');
    expect(input.text).toContain('Jürgen Müller met the mayor in Zürich.');
    expect(input.text).not.toContain('\uFFFD');
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const body = STORY;
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < body.length; i++) {
      bytes[2 + i * 2] = body.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = body.charCodeAt(i) >> 8;
    }
    const input = await readArticleFile(write('utf16.txt', bytes));
    expect(input.text).toBe(STORY);
  });

  it('refuses a 20 MB file quickly and says so', async () => {
    const path = write('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'word. '));
    const started = performance.now();
    expect(await codeOf(readArticleFile(path))).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(() => articleFromString('x'.repeat(MAX_ARTICLE_BYTES + 1), 'big.txt')).toThrow(
      /over the 5.0 MB limit/,
    );
  });

  it('generates a briefing for a file just under the limit in bounded time', async () => {
    const paragraph = `${STORY} Officials said 3,000 troops would take part, and the deal is worth £2bn.\n\n`;
    const path = write(
      'near-limit.txt',
      paragraph.repeat(Math.floor((MAX_ARTICLE_BYTES - 1024) / Buffer.byteLength(paragraph))),
    );
    const started = performance.now();
    expect(await ingestAndGenerate(path)).toBe('ok');
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);
});

describe('articleFromString formats', () => {
  it('detects Markdown by extension and keeps its blocks, without inline markup', () => {
    const md = '# Title here\n\nPublished :`2024-07-29 20:36:06`\n\n---\n\nBody text. More body.';
    const input = articleFromString(md, 'story.md');
    expect(input.format).toBe('markdown');
    expect(input.text).toBe(md.replace(/`/g, ''));
    const g = generateBriefing(input);
    expect(g.briefing.title).toBe('Title here');
    expect(g.briefing.dateline).toBe('2024-07-29');
  });

  it('stores Markdown as the words a reader sees, so the briefing quotes them', () => {
    const md = '# A *bold* title\n\nSome **bold** text about [Paris](http://x) on 3 May 2024.';
    const input = articleFromString(md, 'story.md');
    expect(input.text).toBe('# A bold title\n\nSome bold text about Paris on 3 May 2024.');
    expect(input.sha256).toBe(createHash('sha256').update(input.text).digest('hex'));
    const g = generateBriefing(input);
    expect(briefingProblems(g)).toEqual([]);
    expect(g.briefing.title).toBe('A bold title');
    expect(g.briefing.bluf[0].text).toBe('Some bold text about Paris on 3 May 2024.');
    // A plain-text file keeps its asterisks: only Markdown is reduced.
    expect(articleFromString('Some **bold** text.', 'story.txt').text).toBe('Some **bold** text.');
  });

  it('extracts article text from HTML and drops scripts, styles and navigation', () => {
    const html = `<!DOCTYPE html><html><head><title>Site | Page</title><style>.x{color:red}</style>
      <script>window.secret = "SCRIPT-PAYLOAD";</script></head><body>
      <nav><a href="/">Home</a> <a href="/news">NAVLINK</a></nav>
      <article><h1>Turkey hosts Syrian air force chief</h1>
      <p>On 8 September 2025, Turkey’s Chief of the General Staff, General Selçuk Bayraktaroğlu, hosted Brigadier General Aassem Rashed Hawary in Ankara. ${'The visit follows an agreement signed in August 2025. '.repeat(6)}</p>
      <h2>Regional implications</h2>
      <p>President Recep Tayyip Erdoğan has emphasised Turkey’s role as a guarantor of regional security.<script>document.write("INLINE-SCRIPT")</script></p>
      <noscript>NOSCRIPT-TEXT</noscript></article>
      <footer>FOOTER-TEXT</footer></body></html>`;
    const input = articleFromString(html, null);
    expect(input.format).toBe('html');
    for (const junk of [
      'SCRIPT-PAYLOAD',
      'INLINE-SCRIPT',
      'NOSCRIPT-TEXT',
      'color:red',
      'NAVLINK',
      '<p>',
      '<h2>',
    ]) {
      expect(input.text).not.toContain(junk);
    }
    expect(input.text.split('\n')[0]).toBe('Turkey hosts Syrian air force chief');
    expect(input.text).toContain('\n\nRegional implications\n\n');
    const g = generateBriefing(input);
    expect(briefingProblems(g)).toEqual([]);
    expect(g.briefing.title).toBe('Turkey hosts Syrian air force chief');
    expect(g.briefing.dateline).toBe('2025-09-08');
    expect(g.briefing.actors.map((a) => a.name)).toContain('Selçuk Bayraktaroğlu');
  });

  it('treats an .html file with no article as empty', () => {
    expect(() =>
      articleFromString('<html><body><script>x()</script></body></html>', 'page.html'),
    ).toThrow(ArticleError);
  });

  it('handles right-to-left text, emoji and combining marks', () => {
    const samples = [
      'قال الرئيس إن المحادثات في دمشق كانت مثمرة.\nوأضاف أن التعاون العسكري سيستمر في عام 2025.',
      'ראש הממשלה אמר כי השיחות בירושלים היו פוריות.\nהוא הוסיף כי שיתוף הפעולה יימשך ב-2025.',
      'Leaders 🇹🇷🤝🇸🇾 met in Ankara 😀 on 8 September 2025. “Great talks 👍,” said President Recep Tayyip Erdoğan.',
      'Cafe\u0301 owner Zoe\u0308 Kadıoğlu said the İstanbul deal was worth €5bn.',
    ];
    for (const raw of samples) {
      const input = articleFromString(raw, 'x.txt');
      const g = generateBriefing(input);
      expect(briefingProblems(g)).toEqual([]);
    }
  });

  it('either refuses or briefs any byte string (property)', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        try {
          const input = articleFromString(bytes, 'fuzz.txt');
          expect(briefingProblems(generateBriefing(input))).toEqual([]);
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleError);
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.constantFrom('a.txt', 'a.md', 'a.html', null),
        (raw, name) => {
          try {
            const input = articleFromString(raw, name);
            expect(input.text.includes('\r') || input.text.includes('\u0000')).toBe(false);
            expect(briefingProblems(generateBriefing(input))).toEqual([]);
          } catch (error) {
            expect(error).toBeInstanceOf(ArticleError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('articleFromString refuses text that is not an article', () => {
  it('refuses pasted JSON (a notes export, a briefing) with a sentence, not a briefing of braces', () => {
    expect(() =>
      articleFromString('{"type": "AnnotationCollection"}', 'pasted-article.txt'),
    ).toThrow(/pasted-article\.txt is JSON, not an article text/);
    expect(() => articleFromString('[1, 2]', null)).toThrow(/is JSON/);
  });

  it('takes an article that only mentions braces or opens with a bracket', () => {
    const input = articleFromString('[Updated] Ankara {briefly} hosted talks on Monday.', null);
    expect(input.text).toContain('Ankara');
  });
});
