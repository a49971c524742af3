/**
 * What a reader sees of rendered HTML, for round-trip tests: `<br>` becomes a newline,
 * paragraph boundaries a blank line, other tags vanish, entities decode.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<\/p>\n<p>/g, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n$/, '');
}

/** Every CommonMark/GFM construct the escaper must neutralise, one per entry. */
export const TRICKY_INPUTS: readonly string[] = [
  '# heading',
  '## h2 ##',
  '1. ordered',
  '2) ordered',
  '- bullet',
  '+ plus',
  '* star',
  '> quote',
  '***',
  '___',
  '---',
  'Setext\n===',
  'Setext\n---',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp; &lt; &#x41; &#65; &copy;',
  '<http://x>',
  '<a@b.com>',
  'www.x.com',
  'a@b.com',
  'http://x',
  'https://example.com/path?q=1&r=2',
  '~~strike~~',
  '~single~',
  '| a | b |',
  '| a | b |\n|---|---|\n| c | d |',
  '[x](javascript:alert(1))',
  '[x]: http://evil',
  '![i](x)',
  '[^1]',
  '[^1]: footnote',
  '`code`',
  '``double``',
  '```\nfence\n```',
  '~~~\nfence\n~~~',
  'back\\slash',
  'trailing backslash\\',
  '*emph*',
  '_u_',
  '**strong**',
  '__strong__',
  'snake_case_word',
  '    indented code',
  '\tindented tab',
  'trailing double space  ',
  'tabs\tinside\t',
  ' leading space',
  'line one\nline two',
  'para one\n\npara two',
  '<!-- comment -->',
  '<div>\nblock html\n</div>',
  '<?php echo 1; ?>',
  '<![CDATA[x]]>',
  '[link][ref]',
  '[ref]',
  '\\*not emph\\*',
  'a * b * c',
  '2 < 3 > 1',
  '"quotes" and \'apostrophes\'',
  '$math$ and {braces} and %percent',
  '- [ ] task',
  'Kadıoğlu · Erdoğan · İstanbul · şğü',
  'emoji 🔒 ok',
  ':joy: @mention #tag',
  '=== not setext alone',
  'x\n    indented continuation',
  '  <script>alert("sp")</script>',
  '1986\\. not a list',
];
