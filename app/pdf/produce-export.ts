/**
 * The in-app export, Node side: one briefing file and the dialog's choices in, the finished
 * document out. Chains what the CLI chains (markdown → html → leak check → print) behind one
 * function the IPC handlers call, with the printer injected: Electron main passes its hidden
 * window's printToPDF, the web e2e harness and tests pass playwright-core's printPdf. Writes
 * nothing; the caller asks where to save and writes.
 */
import type { BriefingFile } from '../core/briefing-file';
import { renderHtml } from '../export/html';
import { assertNoLeaks, exportManifest } from '../export/manifest';
import { toMarkdown } from '../export/markdown';
import type { ExportEnv, ExportOptions, NoteProfile, Paper } from '../export/options';
import { ExportError, resolveHandling } from '../export/options';
import { loadPrintCss } from './assets';
import { sanitizeDocument } from './sanitize';

export type ExportFormat = 'md' | 'html' | 'pdf';

/** What the export dialog sends. `handling` blank or absent: the file's own marking. */
export interface ExportRequest {
  format: ExportFormat;
  notes: NoteProfile;
  handling?: string;
  paper: Paper;
}

/** Prints a complete export HTML document to PDF bytes (printPdf or printPdfInElectron). */
export type PrintFunction = (html: string, options: { paper: Paper }) => Promise<Uint8Array>;

/** A finished export: `text` for md/html, `bytes` for pdf, and what it carries and leaves out. */
export interface ProducedExport {
  format: ExportFormat;
  /** File name extension without the dot: md, html, pdf. */
  extension: string;
  text?: string;
  bytes?: Uint8Array;
  /** One sentence per fact, e.g. "1 private note excluded" (exportManifest). */
  manifest: string[];
}

/** Everything before printing: the checked Markdown and HTML of one export. */
export interface PreparedExport {
  request: ExportRequest;
  handling: string;
  markdown: string;
  html: string;
  manifest: string[];
}

/** Longest custom handling marking, in characters (it must fit the page banner). */
export const HANDLING_MAX = 80;

/**
 * Returns the handling marking to print, trimmed, or throws ExportError when it is not one line
 * of at most HANDLING_MAX characters. Blank means the file's own marking.
 */
export function checkHandling(file: BriefingFile, handling: string | undefined): string {
  const chosen = handling?.trim() ?? '';
  if (chosen.length > HANDLING_MAX || /[\r\n\u2028\u2029]/.test(chosen))
    throw new ExportError(
      `The handling marking must be one line of at most ${HANDLING_MAX} characters.`,
    );
  return resolveHandling(file, { notes: 'none', handling: chosen });
}

function optionsOf(file: BriefingFile, request: ExportRequest): ExportOptions {
  return {
    notes: request.notes,
    paper: request.paper,
    handling: checkHandling(file, request.handling),
  };
}

/**
 * Builds the Markdown and the export HTML for `request` and runs the leak check on both.
 * Throws ExportError (before anything could be printed or written) when a note the profile
 * leaves out appears in either, or when the handling marking is invalid. Synchronous CPU work.
 */
export function prepareExport(
  file: BriefingFile,
  request: ExportRequest,
  env: ExportEnv,
): PreparedExport {
  const options = optionsOf(file, request);
  const handling = options.handling!;
  const markdown = toMarkdown(file, options, env);
  assertNoLeaks(markdown, file, options);
  const html = renderHtml(markdown, {
    title: file.briefing.title,
    handling,
    paper: request.paper,
    css: loadPrintCss(),
  });
  assertNoLeaks(html, file, options);
  return { request, handling, markdown, html, manifest: exportManifest(file, options).lines };
}

/** Prints (pdf) or picks the text (md, html) of a prepared export. */
export async function finishExport(
  prepared: PreparedExport,
  print: PrintFunction,
): Promise<ProducedExport> {
  const { request, manifest } = prepared;
  switch (request.format) {
    case 'md':
      return { format: 'md', extension: 'md', text: prepared.markdown, manifest };
    case 'html':
      return { format: 'html', extension: 'html', text: prepared.html, manifest };
    case 'pdf': {
      // The banner is in the HTML's own @page rule (export/print-templates.ts).
      const bytes = await print(prepared.html, { paper: request.paper });
      return { format: 'pdf', extension: 'pdf', bytes, manifest };
    }
    default:
      return unexpected(request.format);
  }
}

/**
 * Produces the export `request` asks for: the manifest, the leak scan over the Markdown and the
 * HTML (refusing with ExportError when left-out note text appears), and for pdf the print of
 * that same checked HTML with `print`. Writes nothing.
 */
export async function produceExport(
  file: BriefingFile,
  request: ExportRequest,
  env: ExportEnv,
  print: PrintFunction,
): Promise<ProducedExport> {
  return finishExport(prepareExport(file, request, env), print);
}

export interface ExportPreview {
  /** The export HTML, sanitised, without the embedded fonts (see previewExport). */
  html: string;
  manifest: string[];
  counts: { shared: number; private: number; total: number };
}

/** `@font-face { … }` blocks; the preview drops them. */
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/**
 * The export dialog's live preview: the same checked HTML the printer gets, sanitised with
 * DOMPurify, minus the ~400 KB of embedded data: fonts. The preview is shown in a sandboxed
 * srcdoc iframe, which inherits the renderer's CSP (`font-src 'self'`, no data:), so the fonts
 * could not load there anyway; dropping them keeps the IPC answer small and the app's CSP
 * unchanged. The preview falls back to the stylesheet's generic families.
 */
export function previewExport(
  file: BriefingFile,
  request: Omit<ExportRequest, 'format'>,
  env: ExportEnv,
): ExportPreview {
  const prepared = prepareExport(file, { ...request, format: 'html' }, env);
  const shared = file.annotations.filter((a) => a.visibility === 'shared').length;
  return {
    html: sanitizeDocument(prepared.html.replace(FONT_FACE, '')),
    manifest: prepared.manifest,
    counts: { shared, private: file.annotations.length - shared, total: file.annotations.length },
  };
}

function unexpected(value: never): never {
  throw new Error(`Unexpected export format: ${String(value)}`);
}
