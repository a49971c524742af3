/**
 * Node-side PDF printing with playwright-core driving Chromium, for the CLI and tests. Electron
 * main prints the same HTML with printToPDF; banner and page numbers are in the HTML's @page rule.
 */
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { Paper } from '../export/options';
import { sanitizeDocument } from './sanitize';

export interface PrintOptions {
  paper: Paper;
  /** Chromium binary; defaults to $CHROMIUM_PATH, then /usr/bin/chromium. */
  executablePath?: string;
  /** A browser to reuse (it is left open); otherwise one is launched and closed per call. */
  browser?: Browser;
  /** How long to wait for web fonts before printing anyway, in ms. */
  fontTimeoutMs?: number;
  /** Test hook: called with the page before the content is set. */
  onPage?: (page: Page) => Promise<void>;
  /** Test hook: called after the content is set and fonts are ready, before printing. */
  onContent?: (page: Page) => Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/** A printing failure explained in one sentence (e.g. Chromium missing). */
export class PrintError extends Error {
  override readonly name = 'PrintError';
}

/** Launches headless Chromium the way every export print does. Throws PrintError if it cannot. */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  const path = executablePath || process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  try {
    return await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new PrintError(
      `Cannot start Chromium at ${path} to print the PDF (set CHROMIUM_PATH): ${first}`,
    );
  }
}

/** The `page.pdf` options both the CLI printer and the bench's direct print use. */
export function pdfOptions() {
  return {
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    // Chromium writes no outline unless tagging is also on (tech-notes §0.4).
    outline: true,
    // The banner and page numbers are the document's own @page margin boxes (print-templates.ts).
    displayHeaderFooter: false,
  } as const;
}

/** Waits for `document.fonts.ready`, giving up after `timeoutMs` (it can hang: puppeteer#12598). */
async function waitForFonts(page: Page, timeoutMs: number): Promise<void> {
  await page.evaluate(
    (ms) =>
      Promise.race([
        document.fonts.ready.then(() => undefined),
        new Promise<void>((resolve) => setTimeout(resolve, ms)),
      ]),
    timeoutMs,
  );
}

/**
 * Prints a complete HTML document (from renderHtml) to PDF and returns its bytes. The HTML is
 * sanitised with DOMPurify first; the page has no network (every request is aborted) and page
 * scripts could not run anyway under the document's CSP. Page size and margins come from the
 * print stylesheet (`preferCSSPageSize`); `options.paper` is already in the HTML's @page rule.
 */
export async function printPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  // Sanitising is synchronous CPU work in jsdom (tens of ms). It runs while Chromium is busy
  // with the slowest step still ahead, launching or creating the page, so the two overlap
  // instead of adding up. `tick` lets Playwright send its request before the loop blocks.
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const launched = options.browser ? null : launchChromium(options.executablePath);
  launched?.catch(() => undefined);
  let clean: string | null = null;
  try {
    if (launched) {
      await tick();
      clean = sanitizeDocument(html);
    }
    const browser = launched ? await launched : options.browser!;
    const context = await browser.newContext({ offline: true, acceptDownloads: false });
    try {
      await context.route('**/*', (route) => route.abort());
      const pageReady = context.newPage();
      pageReady.catch(() => undefined);
      if (clean === null) {
        await tick();
        clean = sanitizeDocument(html);
      }
      const page = await pageReady;
      if (options.onPage) await options.onPage(page);
      await page.setContent(clean, { waitUntil: 'load' });
      await waitForFonts(page, options.fontTimeoutMs ?? 5_000);
      if (options.onContent) await options.onContent(page);
      const pdf = await page.pdf(pdfOptions());
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close();
    }
  } finally {
    if (launched) await launched.then((b) => b.close()).catch(() => undefined);
  }
}
