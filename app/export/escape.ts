/**
 * Escaping arbitrary text (article words, analyst notes) into Markdown so that it renders
 * exactly as written. Follows tech-notes §5: every ASCII punctuation character is
 * backslash-escaped (CommonMark §2.4), and leading/trailing spaces and tabs on a line are
 * written as `&#32;`/`&#9;` so they neither start a code block nor make a hard break.
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const EDGE_WHITESPACE = /^[ \t]+|[ \t]+$/g;

function encodeWhitespace(run: string): string {
  return run.replace(/ /g, '&#32;').replace(/\t/g, '&#9;');
}

/** Unifies CRLF/CR line ends to LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Escapes one line (no newline inside) for use inside a paragraph, heading or list item.
 * Returns `''` for `''`.
 */
export function escapeLine(line: string): string {
  return line.replace(ASCII_PUNCTUATION, '\\$&').replace(EDGE_WHITESPACE, encodeWhitespace);
}

/**
 * Escapes text for a single-line context (table cell, footnote, heading): newlines become
 * single spaces, since these contexts cannot hold a line break. `|` is escaped with the
 * rest of the punctuation, which GFM tables accept inside cells.
 */
export function escapeInline(text: string): string {
  return escapeLine(normaliseNewlines(text).replace(/\n/g, ' '));
}

/**
 * Escapes multi-line text as block content and returns its Markdown lines.
 *
 * Runs of blank (or whitespace-only) lines become one paragraph break; other newlines become
 * backslash hard breaks, so line structure survives. Whitespace-only lines are therefore not
 * reproduced exactly, and leading/trailing blank lines are dropped. Each returned line is
 * prefixed with `prefix` (e.g. `> ` inside a blockquote, three spaces inside a list item);
 * paragraph separators are the trimmed prefix alone.
 */
export function escapeBlock(text: string, prefix = ''): string[] {
  const paragraphs = normaliseNewlines(text)
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, ''))
    .filter((p) => p.trim() !== '');
  const out: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) out.push(prefix.trimEnd());
    const lines = paragraph.split('\n');
    lines.forEach((line, i) => {
      const hardBreak = i < lines.length - 1 ? '\\' : '';
      out.push(prefix + escapeLine(line) + hardBreak);
    });
  });
  return out;
}

/**
 * Quotes a string for YAML front matter as a JSON string, which is valid YAML 1.2 double-quoted
 * scalar syntax. NEL and the line/paragraph separators are escaped too: JSON allows them raw,
 * but YAML parsers treat them as line breaks.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}
