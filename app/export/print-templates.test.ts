import { describe, expect, it } from 'vitest';
import { cssString, pageRule } from './print-templates';

describe('page margin boxes', () => {
  it('carry the banner top and bottom and the page count, in the bundled sans', () => {
    const rule = pageRule('a4', 'TLP:AMBER');
    expect(rule).toMatch(/^@page \{\n {2}size: A4;/);
    expect(rule).toMatch(/@top-center \{ content: "TLP:AMBER"; font-family: 'Inter'/);
    expect(rule).toMatch(/@bottom-center \{ content: "TLP:AMBER";/);
    expect(rule).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(pageRule('letter', 'TLP:RED')).toContain('size: letter;');
  });

  it('give the page counter a fixed, unwrapped share beside even the longest marking', () => {
    const rule = pageRule('a4', 'X'.repeat(80));
    expect(rule).toMatch(/@bottom-right \{[^}]*width: 26mm; white-space: nowrap;/);
    const banner = /@bottom-center \{[^}]*width: (\d+)mm;/.exec(rule);
    // A4's page area is 174mm wide; the centred banner leaves each side a counter's share.
    expect(Number(banner?.[1])).toBeLessThanOrEqual(174 - 2 * 26);
  });

  it('colour the banner by TLP level', () => {
    expect(pageRule('a4', 'TLP:RED')).toContain('color: #FF2B2B');
    expect(pageRule('a4', 'tlp:amber+strict')).toContain('color: #FFC000');
    expect(pageRule('a4', 'INTERNAL')).toContain('color: #FFFFFF');
  });

  it('write a marking as a CSS string nothing can break out of', () => {
    expect(cssString('KİŞİSEL – ĞİZLİ')).toBe('"KİŞİSEL \\2013  ĞİZLİ"');
    const hostile = cssString('x"; } body { display: none } </style><script>alert(1)</script>');
    expect(hostile.startsWith('"') && hostile.endsWith('"')).toBe(true);
    expect(hostile.slice(1, -1)).not.toMatch(/["<>{};]/);
    expect(hostile).not.toContain('</style');
  });
});
