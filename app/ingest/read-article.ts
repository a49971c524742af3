import { refuseNonArticleText } from './article-kind';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ArticleFormat } from '../core/briefing';
import { ArticleError } from './article-error';
import { decodeArticleBytes } from './decode-bytes';
import { htmlToArticleText } from './html-text';
import { reduceInlineMarkdown } from './markdown-text';

export { ArticleError } from './article-error';
export type { ArticleErrorCode } from './article-error';

/** What the generator takes: normalised text plus where it came from. */
export interface ArticleInput {
  text: string;
  fileName: string | null;
  format: ArticleFormat;
  /** Lower-case hex SHA-256 of `text` as UTF-8. */
  sha256: string;
}

/**
 * The largest file we read, in bytes. News articles are 2–100 kB; 5 MiB leaves room for long
 * reports while keeping generation to a few seconds (see bench/generator.bench.ts). Larger
 * files fail fast with `too-large` instead of tying up the app.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Reads an article file (text, Markdown or HTML) and normalises it.
 * Throws `ArticleError` with code `not-found`, `unreadable`, `too-large`, `binary` or `empty`.
 */
export async function readArticleFile(path: string): Promise<ArticleInput> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ArticleError('unreadable', `${name} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) {
      throw new ArticleError('not-found', `No article file at ${path}.`);
    }
    throw new ArticleError('unreadable', `Cannot read ${name}: ${describe(error)}.`);
  }
  if (size > MAX_ARTICLE_BYTES) throw tooLarge(name, size);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ArticleError('unreadable', `Cannot read ${name}: ${describe(error)}.`);
  }
  return articleFromString(bytes, name);
}

/**
 * Builds an `ArticleInput` from raw content. Bytes are decoded by `decodeArticleBytes`: UTF-8
 * (UTF-16 when a BOM says so), else an HTML page's declared charset, else Windows-1252; binary
 * files are refused. The text is then normalised: BOM stripped, CRLF/CR → LF, NUL and other C0
 * controls except `\n` and `\t` removed, lone surrogates replaced, trailing whitespace trimmed.
 * HTML (by extension or by sniffing) is reduced to its article text; Markdown loses its inline
 * markup (emphasis, links, images, code: see reduceInlineMarkdown) but keeps its block structure.
 * Spans index the stored text, so this happens before anything reads it.
 */
export function articleFromString(raw: string | Uint8Array, fileName: string | null): ArticleInput {
  const name = fileName ?? 'The article';
  const size = typeof raw === 'string' ? raw.length : raw.byteLength;
  if (size > MAX_ARTICLE_BYTES) throw tooLarge(name, size);
  // Bytes are checked for JSON as they are decoded; pasted or passed text is checked here.
  if (typeof raw === 'string') refuseNonArticleText(raw, name);
  const decoded =
    typeof raw === 'string' ? raw : decodeArticleBytes(raw, name, looksLikeHtml(fileName, raw));
  let text = normaliseText(decoded);
  const format = detectFormat(fileName, text);
  if (format === 'html' && text.trim()) {
    try {
      text = normaliseText(htmlToArticleText(text));
    } catch {
      throw new ArticleError('unreadable', `${name} could not be parsed as HTML.`);
    }
  }
  if (format === 'markdown') text = normaliseText(reduceInlineMarkdown(text));
  if (!text.trim()) {
    throw new ArticleError(
      'empty',
      format === 'html' ? `${name} contains no readable article text.` : `${name} is empty.`,
    );
  }
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { text, fileName, format, sha256 };
}

/**
 * The text of an article file's bytes, decoded as `articleFromString` decodes them (charset,
 * binary refusal, size limit) but not yet normalised or reduced from HTML: for a file the
 * renderer was given (dropped, or chosen in a dialog) and wants to show before importing.
 */
export function decodeArticleFile(bytes: Uint8Array, fileName: string): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw tooLarge(fileName, bytes.byteLength);
  return decodeArticleBytes(bytes, fileName, looksLikeHtml(fileName, bytes));
}

/** Normalises text as described on `articleFromString`. */
export function normaliseText(s: string): string {
  return (
    s
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // Removing control characters is the point here.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .trimEnd()
  );
}

/** `.html/.htm` → html, `.md/.markdown` → markdown, else text; content that opens like HTML is html. */
export function detectFormat(fileName: string | null, text: string): ArticleFormat {
  const ext = fileName ? extname(fileName).toLowerCase() : '';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<html[\s>]/.test(head))
    return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

/** Whether bytes are HTML by name or opening, judged before decoding (the opening is ASCII). */
function looksLikeHtml(fileName: string | null, bytes: Uint8Array): boolean {
  return detectFormat(fileName, String.fromCharCode(...bytes.subarray(0, 1024))) === 'html';
}

function tooLarge(name: string, size: number): ArticleError {
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  return new ArticleError(
    'too-large',
    `${name} is ${mb(size)} MB, over the ${mb(MAX_ARTICLE_BYTES)} MB limit for one article.`,
  );
}

function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function describe(error: unknown): string {
  const code = isErrno(error, 'EACCES')
    ? 'permission denied'
    : error instanceof Error
      ? error.message
      : String(error);
  return code.replace(/\.$/, '');
}
