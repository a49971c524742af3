import { describe, expect, it } from 'vitest';
import { reduceInlineMarkdown } from './markdown-text';

describe('reduceInlineMarkdown', () => {
  it('keeps the words of emphasis, links, images and code', () => {
    expect(reduceInlineMarkdown('Some **bold** text about [Paris](http://x) on 3 May 2024.')).toBe(
      'Some bold text about Paris on 3 May 2024.',
    );
    expect(
      reduceInlineMarkdown(
        'A *quiet* __strong__ _soft_ ~~old~~ ***loud*** `code` ![a map of Paris](img/map.png "Map") day.',
      ),
    ).toBe('A quiet strong soft old loud code a map of Paris day.');
    expect(
      reduceInlineMarkdown('See [the report][1] and <https://example.org/a>.\n\n[1]: http://x'),
    ).toBe('See the report and https://example.org/a.\n\n');
    expect(reduceInlineMarkdown('A [wiki](https://en.wikipedia.org/wiki/Foo_(bar)) link.')).toBe(
      'A wiki link.',
    );
    expect(reduceInlineMarkdown('**[Paris](http://x)** and [**Rome**](http://y)')).toBe(
      'Paris and Rome',
    );
  });

  it('leaves block structure and ordinary characters alone', () => {
    const blocks = '# Title\n\n---\n\n* item one\n- item two\n1. item three\n\n@highlight\n\nText.';
    expect(reduceInlineMarkdown(blocks)).toBe(blocks);
    for (const line of [
      'snake_case_name and file_name.txt',
      '2 * 3 * 4 = 24',
      'A lone * star and a lone _ underscore',
      'Rates rose 5% (from 4%) [sic] today.',
    ])
      expect(reduceInlineMarkdown(line)).toBe(line);
  });

  it('keeps escaped characters and markup inside code as written', () => {
    expect(reduceInlineMarkdown('A \\*literal\\* star and `**not bold**`.')).toBe(
      'A *literal* star and **not bold**.',
    );
  });

  it('stays linear on hostile input', () => {
    for (const text of [
      '**a '.repeat(50_000),
      '[a]('.repeat(50_000),
      '`'.repeat(200_000),
      '_a '.repeat(60_000),
    ]) {
      const started = performance.now();
      reduceInlineMarkdown(text);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
