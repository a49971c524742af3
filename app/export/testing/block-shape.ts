/** What escapeBlock promises to keep: blank-line runs become one paragraph break; edges trimmed. */
export function blockShapeOf(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, ''))
    .filter((p) => p.trim() !== '')
    .join('\n\n');
}
