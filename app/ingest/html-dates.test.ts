import { describe, expect, it } from 'vitest';
import { briefingProblems } from '../core/generator/briefing-invariants';
import { generateBriefing } from '../core/generator/generate';
import { articleFromString } from './read-article';

const BODY = `<p>High winds closed ports along the coast on Tuesday, the coastal administration said.</p>
<p>Ferries will resume on Thursday, officials said, once the storm has passed the islands.</p>`;

function page(head: string, extra = ''): string {
  return `<!DOCTYPE html><html><head><title>Storm closes ports | Coast News</title>${head}</head>
<body><article><h1>Storm closes ports along the coast</h1>${extra}${BODY}</article></body></html>`;
}

function generate(html: string): ReturnType<typeof generateBriefing> {
  const input = articleFromString(html, 'page.html');
  const g = generateBriefing(input);
  expect(briefingProblems(g)).toEqual([]);
  return g;
}

describe('HTML publication dates', () => {
  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2024-04-30T08:15:00+02:00">',
    ],
    [
      'JSON-LD datePublished',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-04-30T06:15:00Z"}]}</script>',
    ],
  ])('emits the %s as a "Published:" line under the headline', (_name, head) => {
    const { text } = articleFromString(page(head), 'page.html');
    expect(text.split('\n\n').slice(0, 2)).toEqual([
      'Storm closes ports along the coast',
      'Published: 2024-04-30',
    ]);
    const b = generate(page(head)).briefing;
    expect(b.dateline).toBe('2024-04-30');
    // Relative days now resolve: Tuesday is the stamp's day, Thursday two days later.
    expect(b.timeline.map((e) => e.date)).toEqual(['2024-04-30', '2024-05-02']);
    expect(JSON.stringify(b.sections)).not.toContain('Published');
  });

  it('reads <time datetime> and does not repeat a date the page already shows', () => {
    const shown = '<p><time datetime="2024-04-30">30 April 2024</time></p>';
    const { text } = articleFromString(page('', shown), 'page.html');
    expect(text).not.toContain('Published:');
    expect(text.split('\n\n')[1]).toBe('30 April 2024');
    expect(generate(page('', shown)).briefing.dateline).toBe('2024-04-30');

    const hidden = '<p>By Kari Holm <time datetime="2024-04-30T10:00">10:00</time></p>';
    const g = generate(page('', hidden));
    expect(g.article.text).toContain('Published: 2024-04-30');
    expect(g.briefing.dateline).toBe('2024-04-30');
  });

  it('ignores a page without a machine-readable date or with a malformed one', () => {
    expect(articleFromString(page(''), 'page.html').text).not.toContain('Published:');
    const bad = '<meta property="article:published_time" content="yesterday">';
    expect(articleFromString(page(bad), 'page.html').text).not.toContain('Published:');
    const broken = '<script type="application/ld+json">{"datePublished": </script>';
    expect(articleFromString(page(broken), 'page.html').text).not.toContain('Published:');
  });
});
