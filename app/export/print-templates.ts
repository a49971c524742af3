/**
 * Header and footer templates for Chromium's PDF printing (Playwright `page.pdf` and Electron
 * `printToPDF` take the same strings). Templates get no page CSS and run no script, and their
 * default text is tiny, so every style is inline with an explicit font-size. They draw inside the
 * page margin that resources/print.css sets.
 */
import { escapeHtml } from './html';

/** Banner colours per TLP 2.0 (FIRST): coloured text on black. Custom markings use white. */
function bannerColour(handling: string): string {
  const level = handling.trim().toUpperCase();
  if (level.startsWith('TLP:RED')) return '#FF2B2B';
  if (level.startsWith('TLP:AMBER')) return '#FFC000';
  if (level.startsWith('TLP:GREEN')) return '#33FF00';
  return '#FFFFFF';
}

// The template box spans the full page width; pad it to line up with the print.css side margins.
const BOX =
  'width:100%;box-sizing:border-box;padding:0 18mm;margin:0;font-family:Inter,"DejaVu Sans",sans-serif;font-size:9px;line-height:1.3;' +
  '-webkit-print-color-adjust:exact;print-color-adjust:exact;';

function banner(handling: string): string {
  return (
    `<span style="background:#000;color:${bannerColour(handling)};font-weight:700;letter-spacing:0.08em;` +
    `padding:1px 6px;font-size:9px;">${escapeHtml(handling)}</span>`
  );
}

/** The page header: the handling banner, centred. */
export function headerTemplate(handling: string): string {
  return (
    `<table style="${BOX}border-collapse:collapse;"><tr>` +
    `<td style="text-align:center;font-size:9px;">${banner(handling)}</td></tr></table>`
  );
}

/** The page footer: the handling banner, centred, and "Page x of y" on the right. */
export function footerTemplate(handling: string): string {
  return (
    `<table style="${BOX}border-collapse:collapse;table-layout:fixed;"><tr>` +
    `<td style="width:33%;font-size:9px;"></td>` +
    `<td style="width:34%;text-align:center;font-size:9px;">${banner(handling)}</td>` +
    `<td style="width:33%;text-align:right;font-size:9px;color:#555;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></td>` +
    `</tr></table>`
  );
}

/**
 * The options Electron's `webContents.printToPDF` needs for the same output as the CLI's
 * `page.pdf` (app/pdf/print.ts): same templates, page size and margins from print.css, and
 * tagging, without which Chromium writes no outline.
 */
export function electronPrintOptions(handling: string) {
  return {
    preferCSSPageSize: true,
    printBackground: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(handling),
    footerTemplate: footerTemplate(handling),
  } as const;
}
