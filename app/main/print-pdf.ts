/**
 * The app's PDF printer: the same sanitised export HTML the CLI prints with playwright-core,
 * printed here by a hidden, sandboxed window with webContents.printToPDF. The window lives in
 * its own in-memory session that loads nothing but the data: URL it is given (fonts are
 * embedded in the HTML), so printing cannot reach the network or the app's IPC.
 */
import { BrowserWindow, session } from 'electron';
import type { Paper } from '../export/options';
import { sanitizeDocument } from '../pdf/sanitize';

const PRINT_PARTITION = 'briefing-desk-print';
const FONT_TIMEOUT_MS = 5_000;

let hardened = false;

function printSession(): Electron.Session {
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  if (!hardened) {
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    ses.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !details.url.startsWith('data:') }),
    );
    hardened = true;
  }
  return ses;
}

export async function printPdfInElectron(
  html: string,
  options: { paper: Paper },
): Promise<Uint8Array> {
  const clean = sanitizeDocument(html);
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // The document's CSP already forbids scripts; executeJavaScript below only awaits fonts.
      javascript: true,
      backgroundThrottling: false,
      spellcheck: false,
      // No middle-click window opening, even in a hidden window (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    await window.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(clean, 'utf8').toString('base64')}`,
    );
    await Promise.race([
      window.webContents.executeJavaScript('document.fonts.ready.then(() => true)', true),
      new Promise((resolve) => setTimeout(resolve, FONT_TIMEOUT_MS)),
    ]);
    const pdf = await window.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      // The outline is a silent no-op without tagging (tech notes §0.4).
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      // Banner and page numbers are the document's @page margin boxes (export/print-templates.ts).
      displayHeaderFooter: false,
      pageSize: options.paper === 'letter' ? 'Letter' : 'A4',
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
  }
}
