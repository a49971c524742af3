import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ExportError } from '../export/options';
import { note, seedBriefing } from '../export/testing/seed-fixture';
import { printPdf } from './print';
import { outlineTitles } from './testing/pdf-outline';
import type { PrintFunction } from './produce-export';
import { checkHandling, prepareExport, previewExport, produceExport } from './produce-export';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const text = readFileSync(
  path.join(repoRoot, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt'),
  'utf8',
);
const seed = seedBriefing(text, createHash('sha256').update(text).digest('hex'));
const env = { now: '2026-11-25T17:00:00.000Z', appVersion: '0.1.0' };
const privateText = seed.annotations.find((a) => a.visibility === 'private')!.body.note;
const sharedText = seed.annotations.find((a) => a.visibility === 'shared')!.body.note;
const hasTools =
  existsSync(process.env['CHROMIUM_PATH'] || '/usr/bin/chromium') &&
  existsSync('/usr/bin/pdftotext');

/** A printer that records what it was asked to print and answers fixed bytes. */
function fakePrinter() {
  const calls: { html: string; paper: string }[] = [];
  const print: PrintFunction = (html, options) => {
    calls.push({ html, ...options });
    return Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  };
  return { calls, print };
}

describe('produceExport', () => {
  it('md: Markdown with the shared note, without the private one, and the manifest', async () => {
    const { calls, print } = fakePrinter();
    const out = await produceExport(
      seed,
      { format: 'md', notes: 'shared', paper: 'a4' },
      env,
      print,
    );
    expect(out.extension).toBe('md');
    expect(out.bytes).toBeUndefined();
    expect(out.text).toContain(seed.briefing.title.slice(0, 20));
    // Markdown escapes the closing full stop ("\\."): compare without it.
    expect(out.text).toContain(sharedText.slice(0, -1));
    expect(out.text).not.toContain(privateText.slice(0, -1));
    expect(out.manifest).toContain('1 private note excluded');
    expect(calls).toHaveLength(0);
  });

  it('html: one self-contained document with the chosen handling and paper', async () => {
    const { calls, print } = fakePrinter();
    const out = await produceExport(
      seed,
      { format: 'html', notes: 'all', paper: 'letter', handling: 'TLP:RED' },
      env,
      print,
    );
    expect(out.extension).toBe('html');
    expect(out.text).toMatch(/^<!DOCTYPE html>/);
    expect(out.text).toContain('class="paper-letter"');
    expect(out.text).toContain('TLP:RED');
    expect(out.text).toContain(privateText);
    expect(out.manifest).toContain('1 private note included');
    expect(calls).toHaveLength(0);
  });

  it('pdf: prints the checked HTML with the resolved handling and paper', async () => {
    const { calls, print } = fakePrinter();
    const out = await produceExport(
      seed,
      { format: 'pdf', notes: 'shared', paper: 'a4', handling: '  ' },
      env,
      print,
    );
    expect(out.extension).toBe('pdf');
    expect(out.text).toBeUndefined();
    expect(out.bytes).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ paper: 'a4' });
    expect(calls[0].html).toContain(`@top-center { content: "${seed.handling}";`);
    expect(calls[0].html).toContain(sharedText);
    expect(calls[0].html).not.toContain(privateText);
  });

  it('refuses with ExportError, printing nothing, when left-out note text would go out', async () => {
    // An analyst pastes a private note into the custom handling field: the marking is printed
    // on every page, so the private words would leave with a "shared only" export.
    const { calls, print } = fakePrinter();
    for (const format of ['md', 'html', 'pdf'] as const) {
      await expect(
        produceExport(
          seed,
          { format, notes: 'shared', paper: 'a4', handling: privateText },
          env,
          print,
        ),
      ).rejects.toThrow(ExportError);
    }
    expect(calls).toHaveLength(0);
    // Under "all" the same words are an included note: not a leak.
    await expect(
      produceExport(
        seed,
        { format: 'pdf', notes: 'all', paper: 'a4', handling: privateText },
        env,
        print,
      ),
    ).resolves.toMatchObject({ extension: 'pdf' });
  });

  it('does not count words the analyst shared on purpose as a leak', async () => {
    // The private note's text quoted inside a shared note goes out with that shared note; the
    // leak check (findLeaks) treats included notes as legitimate content.
    const file = {
      ...seed,
      annotations: [
        ...seed.annotations,
        note(
          'n9',
          `As noted: ${privateText}`,
          'official visit to Ankara',
          text.indexOf('official visit to Ankara'),
        ),
      ],
    };
    file.annotations[file.annotations.length - 1].visibility = 'shared';
    const out = await produceExport(
      file,
      { format: 'md', notes: 'shared', paper: 'a4' },
      env,
      fakePrinter().print,
    );
    expect(out.text).toContain('As noted');
  });

  it('escapes the handling marking in Markdown and HTML', async () => {
    const handling = '<img src=x onerror=alert(1)> *TLP* & "x"';
    const { print } = fakePrinter();
    const html = (
      await produceExport(
        seed,
        { format: 'html', notes: 'none', paper: 'a4', handling },
        env,
        print,
      )
    ).text!;
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const md = (
      await produceExport(seed, { format: 'md', notes: 'none', paper: 'a4', handling }, env, print)
    ).text!;
    expect(md).toContain('\\<img');
    expect(md).toContain('\\*TLP\\*');
  });

  it('refuses a handling marking longer than 80 characters or over two lines', () => {
    expect(() => checkHandling(seed, 'x'.repeat(81))).toThrow(ExportError);
    expect(() => checkHandling(seed, 'TLP:AMBER\nTLP:CLEAR')).toThrow(ExportError);
    expect(checkHandling(seed, ` ${'x'.repeat(80)} `)).toBe('x'.repeat(80));
    expect(checkHandling(seed, undefined)).toBe(seed.handling);
    expect(() =>
      prepareExport(
        seed,
        { format: 'md', notes: 'none', paper: 'a4', handling: 'y'.repeat(90) },
        env,
      ),
    ).toThrow(ExportError);
  });
});

describe('previewExport', () => {
  it('answers sanitised HTML without the embedded fonts, the manifest and the counts', () => {
    const preview = previewExport(
      seed,
      { notes: 'shared', paper: 'a4', handling: 'TLP:GREEN' },
      env,
    );
    expect(preview.html).toMatch(/^<!DOCTYPE html>/);
    expect(preview.html).not.toMatch(/@font-face\s*\{/);
    expect(preview.html).not.toContain('base64');
    expect(preview.html).toContain('TLP:GREEN');
    expect(preview.html).toContain(sharedText);
    expect(preview.html).not.toContain(privateText);
    expect(preview.html.length).toBeLessThan(100_000);
    expect(preview.manifest).toContain('1 private note excluded');
    expect(preview.counts).toEqual({ shared: 2, private: 1, total: 3 });
  });
});

describe.skipIf(!hasTools)('produceExport with the real printer', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'produce-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a PDF whose text has the banner on every page and only the shared note', async () => {
    const print = vi.fn<PrintFunction>((html, options) => printPdf(html, options));
    const out = await produceExport(
      seed,
      { format: 'pdf', notes: 'shared', paper: 'a4', handling: 'TLP:AMBER' },
      env,
      print,
    );
    const file = path.join(dir, 'out.pdf');
    writeFileSync(file, out.bytes!);
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], {
      encoding: 'utf8',
    });
    const flat = pdfText.replace(/\s+/g, ' ');
    expect(flat).toContain(sharedText);
    expect(flat).not.toContain(privateText.slice(0, 30));
    const pages = pdfText.split('\f').filter((p) => p.trim() !== '');
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('TLP:AMBER'));
  }, 60_000);

  it('keeps "Page x of y" on one line beside an 80-character handling marking', async () => {
    const handling =
      'TLP:AMBER+STRICT // REL TO GBR, USA, TUR // HANDLE VIA SPECIAL CHANNELS ONLY XYZ';
    expect(handling).toHaveLength(80);
    const out = await produceExport(
      seed,
      { format: 'pdf', notes: 'shared', paper: 'a4', handling },
      env,
      (html, options) => printPdf(html, options),
    );
    const file = path.join(dir, 'long.pdf');
    writeFileSync(file, out.bytes!);
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], {
      encoding: 'utf8',
    })
      .split('\f')
      .filter((p) => p.trim() !== '');
    pages.forEach((page, i) =>
      expect(page, `page ${i + 1}`).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}\\s*$`)),
    );
  }, 60_000);

  it('writes the outline entries with the spaces a wrapped heading has', async () => {
    // The title the generator gives the seed article today: it wraps after "hosted" on A4.
    const title =
      'Turkey’s Chief of the General Staff hosted Brigadier General Aassem Rashed Hawary';
    const out = await produceExport(
      { ...seed, briefing: { ...seed.briefing, title } },
      { format: 'pdf', notes: 'shared', paper: 'a4', handling: 'TLP:AMBER' },
      env,
      (html, options) => printPdf(html, options),
    );
    // The outline's top entry is the h1, which wraps after "hosted" on A4.
    expect(outlineTitles(out.bytes!)).toContain(title);
  }, 60_000);
});
