import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBlock, escapeInline, yamlString } from './escape';
import { renderFragment } from './html';
import { blockShapeOf } from './testing/block-shape';
import { TRICKY_INPUTS, visibleText } from './testing/visible-text';

const blockShape = blockShapeOf;

function roundTripBlock(text: string): string {
  return visibleText(renderFragment(escapeBlock(text).join('\n')));
}

function roundTripCell(text: string): string {
  const html = renderFragment(`| h |\n| --- |\n| ${escapeInline(text)} |\n`);
  const cell = /<td>([\s\S]*?)<\/td>/.exec(html);
  return cell ? visibleText(cell[1]) : `NO CELL: ${html}`;
}

describe('escapeBlock', () => {
  it.each(TRICKY_INPUTS)('renders %j exactly as written', (input) => {
    expect(roundTripBlock(input)).toBe(blockShape(input));
  });

  it('renders tricky text inside a blockquote exactly', () => {
    for (const input of TRICKY_INPUTS) {
      const html = renderFragment(escapeBlock(input, '> ').join('\n'));
      expect(html.startsWith('<blockquote>'), input).toBe(true);
      expect(visibleText(html.replace(/^<blockquote>\n|<\/blockquote>\n?$/g, '')), input).toBe(
        blockShape(input),
      );
    }
  });

  it('round-trips arbitrary text built from Markdown-significant characters', () => {
    const char = fc.constantFrom(
      ...'#*_-+=>|`~[]()!<>&;\\:/. \t\n1aZış'.split(''),
      'www.',
      'http://',
      '@',
      '    ',
      '***',
    );
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((a) => a.join('')),
        (text) => {
          expect(roundTripBlock(text)).toBe(blockShape(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('round-trips arbitrary printable Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(roundTripBlock(text)).toBe(blockShape(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeInline', () => {
  it.each(TRICKY_INPUTS)('renders %j exactly inside a table cell (newlines as spaces)', (input) => {
    expect(roundTripCell(input)).toBe(input.replace(/\n/g, ' '));
  });
});

describe('yamlString', () => {
  it('produces a JSON string with YAML line breaks escaped', () => {
    expect(yamlString('a: "b"\n- c')).toBe('"a: \\"b\\"\\n- c"');
    expect(yamlString('x\u2028y\u0085')).toBe('"x\\u2028y\\u0085"');
    expect(JSON.parse(yamlString('TLP:AMBER # x'))).toBe('TLP:AMBER # x');
  });
});
