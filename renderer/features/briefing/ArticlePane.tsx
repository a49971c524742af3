import { memo, useMemo } from 'react';
import { ARTICLE_BLOCK_ID } from '../../../app/core/annotation';
import type { Article } from '../../../app/core/briefing';
import { TextRuns } from '../annotations/TextRuns';
import { bucketMarks, sameMarks, type Mark } from '../annotations/segments';

interface Props {
  article: Article;
  marks: Mark[];
  legendIndex: ReadonlyMap<string, number>;
}

const ArticleBlock = memo(
  function ArticleBlock({
    text,
    kind,
    start,
    end,
    marks,
    legendIndex,
  }: {
    text: string;
    kind: 'heading' | 'paragraph';
    start: number;
    end: number;
    marks: Mark[];
    legendIndex: ReadonlyMap<string, number>;
  }) {
    const Tag = kind === 'heading' ? 'h3' : 'p';
    return (
      <Tag>
        <TextRuns text={text} start={start} end={end} marks={marks} legendIndex={legendIndex} />
      </Tag>
    );
  },
  (a, b) =>
    a.text === b.text &&
    a.start === b.start &&
    a.end === b.end &&
    a.legendIndex === b.legendIndex &&
    sameMarks(a.marks, b.marks),
);

/** The full article; one annotation block (`article`) whose offsets index `article.text`. */
export const ArticlePane = memo(function ArticlePane({ article, marks, legendIndex }: Props) {
  const blocks = useMemo(
    () =>
      article.blocks.length > 0
        ? article.blocks
        : [{ id: 'all', kind: 'paragraph' as const, start: 0, end: article.text.length }],
    [article],
  );
  const buckets = useMemo(() => bucketMarks(blocks, marks), [blocks, marks]);
  return (
    <div className="article-text reading" data-block-id={ARTICLE_BLOCK_ID}>
      {blocks.map((block, i) => (
        <ArticleBlock
          key={block.id}
          text={article.text}
          kind={block.kind}
          start={block.start}
          end={block.end}
          marks={buckets[i]}
          legendIndex={legendIndex}
        />
      ))}
    </div>
  );
});
