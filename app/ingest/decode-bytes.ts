import { ArticleError } from './article-error';
import { refuseNonArticleText } from './article-kind';

/**
 * Turns an article file's bytes into text. In order:
 * 1. a UTF-16 byte-order mark decides;
 * 2. bytes that look binary (control-byte share in the first 64 kB over BINARY_CONTROL_RATIO)
 *    are refused; then a UTF-8 byte-order mark decides;
 * 3. valid UTF-8 is UTF-8, whatever an HTML page declares: legacy text is almost never valid
 *    UTF-8 by accident, so a UTF-8 file is never misread as Windows-1252;
 * 4. bytes that are not UTF-8 must pass a stricter binary test: no NUL byte, the control-byte
 *    share under the ratio across the whole file, no known binary signature (PDF, PNG, zip…);
 * 5. an HTML page's declared charset (`<meta charset>` or `http-equiv` in the first 1024 bytes,
 *    as browsers prescan) is used when TextDecoder knows the label;
 * 6. text that is mostly well-formed UTF-8 with a few damaged bytes stays UTF-8 (U+FFFD for the
 *    damage) rather than turning every accented letter into mojibake;
 * 7. anything else is Windows-1252, the superset of ISO-8859-1 that Windows tools and old sites
 *    write (curly quotes 0x91–0x94, dashes 0x96/0x97, the euro sign 0x80).
 * Throws `ArticleError` `binary`, or `empty` when a few control bytes surround no text; and
 * `unreadable` when the text is not an article but a briefing file or other JSON (named
 * `*.briefing.json`, or parsing as a JSON object or array: see article-kind.ts). Every article
 * read from bytes (the CLI, the app's import dialog and dropped files) comes through here.
 */
export function decodeArticleBytes(bytes: Uint8Array, name: string, isHtml: boolean): string {
  const text = decodeText(bytes, name, isHtml);
  refuseNonArticleText(text, name);
  return text;
}

function decodeText(bytes: Uint8Array, name: string, isHtml: boolean): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.length && countControls(sample) / sample.length > BINARY_CONTROL_RATIO) {
    // A few stray control bytes around nothing is an empty file, not a binary one.
    if (!new TextDecoder('utf-8').decode(sample).replace(C0_CONTROLS, '').trim()) {
      throw new ArticleError('empty', `${name} is empty.`);
    }
    throw binary(name);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a legacy encoding, or binary the sample did not catch.
  }
  if (
    bytes.includes(0) ||
    countControls(bytes) / bytes.length > BINARY_CONTROL_RATIO ||
    hasBinarySignature(bytes)
  ) {
    throw binary(name);
  }
  const declared = isHtml ? declaredCharset(bytes) : null;
  if (declared && declared !== 'utf-8') return decodeAs(declared, bytes);
  if (isMostlyUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
  return decodeWindows1252(bytes);
}

function binary(name: string): ArticleError {
  return new ArticleError('binary', `${name} looks like a binary file, not an article.`);
}

/** Share of NUL/control bytes in the first 64 kB above which a file counts as binary. */
const BINARY_CONTROL_RATIO = 0.01;
const SAMPLE_BYTES = 65_536;
/** The controls `normaliseText` removes; what is left of an empty file is then whitespace. */
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const C0_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** NUL and C0 controls other than tab, LF, FF, CR and ESC. */
function countControls(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) {
    if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)) controls++;
  }
  return controls;
}

/** Openings of binary formats an analyst might pick by mistake (PDF can open with ASCII only). */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, epub
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // OLE: .doc, .xls
];

function hasBinarySignature(bytes: Uint8Array): boolean {
  return BINARY_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b));
}

/** The charset an HTML page declares in its first 1024 bytes, as TextDecoder names it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:+-]+)/i.exec(head);
  if (!m) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(m[1]).encoding;
  } catch {
    return null; // a label this runtime does not know: fall back as if undeclared
  }
  // A meta tag cannot truthfully declare UTF-16 (its own bytes would not be ASCII); browsers read
  // such a page as UTF-8, and so do we.
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252'
    ? decodeWindows1252(bytes)
    : new TextDecoder(encoding).decode(bytes);
}

/**
 * True when well-formed multi-byte UTF-8 sequences outnumber the bytes that fit none: UTF-8
 * with some damage. Windows-1252 text almost never holds a well-formed sequence (it would need
 * a capital such as Ã followed by a symbol such as ©).
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length) valid++;
    else invalid++;
    i += length || 1;
  }
  return valid > invalid;
}

/** Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  const follows = (k: number, lo = 0x80, hi = 0xbf): boolean =>
    i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (lead >= 0xc2 && lead <= 0xdf) return follows(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const ok = follows(1, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf) && follows(2);
    return ok ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const ok =
      follows(1, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf) &&
      follows(2) &&
      follows(3);
    return ok ? 4 : 0;
  }
  return 0;
}

/**
 * Bytes 0x80–0x9F in Windows-1252 (WHATWG index; 0x81, 0x8D, 0x8F, 0x90, 0x9D stay C1 controls).
 */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021' + // 0x80–0x87
  '\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' + // 0x88–0x8F
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014' + // 0x90–0x97
  '\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'; // 0x98–0x9F

/**
 * Node 20.18.3+ and 22.13+ decode 'windows-1252' as ISO-8859-1, leaving 0x80–0x9F as C1
 * controls (https://github.com/nodejs/node/issues/60888). We map that range ourselves, which is
 * also right on a runtime where the bug is fixed (it then finds only the five C1 bytes).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}
