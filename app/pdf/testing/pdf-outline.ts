/**
 * Reads the outline (bookmark) titles of a PDF that keeps its dictionaries uncompressed, as
 * Chromium/Skia writes them. A test helper, not a PDF parser: poppler here has no outline dump.
 */
function decodeLiteral(body: string): string {
  return body.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const map: Record<string, string> = {
      n: '\n',
      r: '\r',
      t: '\t',
      b: '\b',
      f: '\f',
      '(': '(',
      ')': ')',
      '\\': '\\',
    };
    return map[e] ?? String.fromCharCode(parseInt(e, 8));
  });
}

function decodeHex(hex: string): string {
  const bytes =
    hex
      .replace(/\s+/g, '')
      .match(/../g)
      ?.map((h) => parseInt(h, 16)) ?? [];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2)
      out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return out;
  }
  return String.fromCharCode(...bytes);
}

/**
 * Titles of outline items (objects with both /Title and /Parent), in file order, as a reader
 * sees them: the no-break spaces the export puts in headings (see keepHeadingSpaces in
 * app/export/html.ts) read as spaces.
 */
export function outlineTitles(pdf: Uint8Array): string[] {
  const source = Buffer.from(pdf).toString('latin1');
  const titles: string[] = [];
  for (const match of source.matchAll(/\d+ 0 obj\s*([\s\S]*?)endobj/g)) {
    const object = match[1];
    if (!object.includes('/Parent') || !object.includes('/Title')) continue;
    const title = /\/Title\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)/.exec(object);
    if (!title) continue;
    const text = title[1] !== undefined ? decodeLiteral(title[1]) : decodeHex(title[2]);
    titles.push(text.replace(/\u00a0/g, ' '));
  }
  return titles;
}
