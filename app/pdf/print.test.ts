import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../export/html';
import { toMarkdown } from '../export/markdown';
import type { NoteProfile } from '../export/options';
import { payloadBriefing, XSS_PAYLOADS } from '../export/testing/payload-briefing';
import { seedBriefing } from '../export/testing/seed-fixture';
import { loadPrintCss } from './assets';
import { launchChromium, printPdf } from './print';
import { outlineTitles } from './testing/pdf-outline';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const text = readFileSync(
  path.join(repoRoot, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt'),
  'utf8',
);
const seed = seedBriefing(text, createHash('sha256').update(text).digest('hex'));
const env = { now: '2026-11-25T17:00:00.000Z', appVersion: '0.1.0' };
const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const hasTools =
  existsSync(chromiumPath) && existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

function exportHtml(
  file = seed,
  notes: NoteProfile = 'none',
  paper: 'a4' | 'letter' = 'a4',
  handling = file.handling,
): string {
  const md = toMarkdown(file, { notes, paper, handling }, env);
  return renderHtml(md, {
    title: file.briefing.title,
    handling,
    paper,
    css: loadPrintCss(),
  });
}

describe.skipIf(!hasTools)('printPdf', () => {
  let dir: string;
  let browser: Browser;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'export-pdf-'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function poppler(tool: string, pdf: Uint8Array, ...args: string[]): string {
    const file = path.join(dir, `${tool}-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
      encoding: 'utf8',
    });
  }

  it('prints the seed briefing with title, headings, Turkish names, banner and page numbers on every page', async () => {
    const pdf = await printPdf(exportHtml(seed, 'all'), { paper: 'a4' }); // launches its own Chromium
    const textOut = poppler('pdftotext', pdf, '-enc', 'UTF-8', '-layout');
    const flat = textOut.replace(/-\n\s*/g, '-').replace(/\s+/g, ' ');
    expect(flat).toContain(seed.briefing.title);
    for (const section of seed.briefing.sections) expect(flat).toContain(section.heading);
    for (const heading of [
      'Actors',
      'Timeline',
      'Key figures',
      'Source and reliability',
      'Analyst notes',
    ])
      expect(flat).toContain(heading);
    expect(textOut).toContain('Kadıoğlu');
    expect(textOut).toContain('Erdoğan');
    const pages = textOut.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.match(/TLP:AMBER/g)?.length ?? 0, `page ${i + 1}`).toBeGreaterThanOrEqual(2); // header and footer
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('is tagged, has an outline listing every section, and uses the chosen paper', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const pdf = await printPdf(exportHtml(seed, 'none', paper), {
        paper,
        browser,
      });
      const info = poppler('pdfinfo', pdf);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(
        paper === 'a4'
          ? /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/
          : /Page size:\s+612 x 792 pts \(letter\)/,
      );
      const titles = outlineTitles(pdf);
      // Chromium builds entries from laid-out lines; the export keeps the space at a wrap.
      expect(titles).toContain(seed.briefing.title);
      seed.briefing.sections.forEach((s, i) => expect(titles).toContain(`${i + 1}. ${s.heading}`));
      for (const heading of ['Actors', 'Timeline', 'Key figures', 'Source and reliability'])
        expect(titles).toContain(heading);
    }
  });

  it('prints the briefing the generator makes from the seed article', async () => {
    const { generateBriefing } = await import('../core/generator/generate');
    const { articleFromString } = await import('../ingest/read-article');
    const { newBriefingFile } = await import('../core/new-briefing-file');
    const input = articleFromString(text, 'turkey-syria-air-defence-2025-09-08.txt');
    const file = newBriefingFile(generateBriefing(input), 'generated-seed', env.now);
    const pdf = await printPdf(exportHtml(file, 'all', 'a4', 'TLP:GREEN'), {
      paper: 'a4',
      browser,
    });
    const textOut = poppler('pdftotext', pdf, '-enc', 'UTF-8', '-layout');
    const pages = textOut.split('\f').filter((p) => p.trim() !== '');
    pages.forEach((page, i) => {
      expect(page).toContain('TLP:GREEN');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(textOut).toContain('Kadıoğlu');
    expect(textOut).toContain('Erdoğan');
    const titles = outlineTitles(pdf).map((t) => t.replace(/\s+/g, ''));
    file.briefing.sections
      .filter((s) => s.items.length > 0)
      .forEach((s, i) => expect(titles).toContain(`${i + 1}.${s.heading}`.replace(/\s+/g, '')));
  });

  it('embeds the bundled fonts, which cover Turkish letters, in the body and the banner', async () => {
    const marking = 'KİŞİSEL – ĞİZLİ';
    const pdf = await printPdf(exportHtml(seed, 'none', 'a4', marking), {
      paper: 'a4',
      browser,
    });
    const fonts = poppler('pdffonts', pdf);
    expect(fonts).toMatch(/SourceSerif4-Regular/);
    expect(fonts).toMatch(/Inter-SemiBold/);
    // Nothing from the machine: DejaVu is installed here, and the old header templates used it.
    expect(fonts).not.toMatch(/DejaVu|Liberation/);
    const pages = poppler('pdftotext', pdf, '-enc', 'UTF-8')
      .split('\f')
      .filter((p) => p.trim());
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(marking));
  });

  it('puts no note text in a clean PDF', async () => {
    const pdf = await printPdf(exportHtml(seed, 'none'), {
      paper: 'a4',
      browser,
    });
    const flat = poppler('pdftotext', pdf, '-enc', 'UTF-8').replace(/\s+/g, ' ');
    for (const a of seed.annotations) expect(flat).not.toContain(a.body.note);
    expect(flat).not.toContain('Analyst notes');
  });

  describe('XSS payloads in the article and notes', () => {
    const hostile = payloadBriefing(seed, XSS_PAYLOADS);
    const html = exportHtml(hostile, 'all');

    async function watch(page: Page): Promise<string[]> {
      const events: string[] = [];
      await page.exposeBinding(
        '__xss',
        (_source, tag: unknown) => void events.push(`__xss(${String(tag)})`),
      );
      page.on('dialog', (d) => {
        events.push(`dialog ${d.message()}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => void events.push(`pageerror ${e.message}`));
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && !r.url().startsWith('file:'))
          events.push(`request ${r.url()}`);
      });
      return events;
    }

    it('execute nothing when the HTML export is opened, even without its CSP', async () => {
      for (const variant of [
        html,
        html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
      ]) {
        const file = path.join(dir, `xss-${Math.random().toString(36).slice(2)}.html`);
        writeFileSync(file, variant);
        const page = await browser.newPage();
        const events = await watch(page);
        await page.goto(pathToFileURL(file).href);
        await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        // The binding works: a deliberate call is recorded, so silence above means nothing ran.
        expect(events).toEqual([]);
        await page.evaluate(() =>
          (window as unknown as { __xss: (t: string) => Promise<void> }).__xss('probe'),
        );
        expect(events).toEqual(['__xss(probe)']);
        expect(
          await page.locator('script, iframe, img, svg, details, [onerror], [onload]').count(),
        ).toBe(0);
        await page.close();
      }
    });

    it('execute nothing in the PDF page', async () => {
      let events: string[] = [];
      let seenBeforeProbe: string[] = ['not run'];
      let elements = -1;
      const pdf = await printPdf(html, {
        paper: 'a4',
        browser,
        onPage: async (page) => {
          events = await watch(page);
        },
        onContent: async (page) => {
          seenBeforeProbe = [...events];
          elements = await page
            .locator('script, iframe, img, svg, details, [onerror], [onload]')
            .count();
          await page.evaluate(() =>
            (window as unknown as { __xss: (t: string) => Promise<void> }).__xss('probe'),
          );
        },
      });
      expect(seenBeforeProbe).toEqual([]);
      expect(events).toEqual(['__xss(probe)']);
      expect(elements).toBe(0);
      const textOut = poppler('pdftotext', pdf, '-enc', 'UTF-8');
      expect(textOut).toContain('<script>__xss("script")</script>');
    });
  });
});

describe('launchChromium', () => {
  it('explains a missing Chromium in one sentence', async () => {
    await expect(
      printPdf('<p>x</p>', { paper: 'a4', executablePath: '/nonexistent/chromium' }),
    ).rejects.toThrow(
      /^Cannot start Chromium at \/nonexistent\/chromium to print the PDF \(set CHROMIUM_PATH\)/,
    );
  });
});
