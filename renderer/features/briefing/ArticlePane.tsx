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

interface Block {
  id: string;
  kind: 'heading' | 'paragraph';
  start: number;
  end: number;
}

/**
 * Blocks per chunk. A chunk is one element the browser can skip (content-visibility) and one
 * memoised component React can skip, so an edit touches one chunk, not every block.
 */
const CHUNK_BLOCKS = 48;
/** Rough characters per line, for a chunk's placeholder height before it is first shown. */
const CHARS_PER_LINE = 70;

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

interface ChunkProps {
  text: string;
  blocks: readonly Block[];
  /** Marks of each block of the chunk, in order. */
  marks: readonly Mark[][];
  legendIndex: ReadonlyMap<string, number>;
}

const ArticleChunk = memo(
  function ArticleChunk({ text, blocks, marks, legendIndex }: ChunkProps) {
    const lines = blocks.reduce(
      (n, b) => n + Math.max(1, Math.ceil((b.end - b.start) / CHARS_PER_LINE)),
      0,
    );
    return (
      <div
        className="article-chunk"
        style={{ containIntrinsicBlockSize: `auto calc(${lines} * 1lh + ${blocks.length} * 1em)` }}
      >
        {blocks.map((block, i) => (
          <ArticleBlock
            key={block.id}
            text={text}
            kind={block.kind}
            start={block.start}
            end={block.end}
            marks={marks[i]}
            legendIndex={legendIndex}
          />
        ))}
      </div>
    );
  },
  (a, b) =>
    a.text === b.text &&
    a.blocks === b.blocks &&
    a.legendIndex === b.legendIndex &&
    a.marks.length === b.marks.length &&
    a.marks.every((m, i) => sameMarks(m, b.marks[i])),
);

/** The full article; one annotation block (`article`) whose offsets index `article.text`. */
export const ArticlePane = memo(function ArticlePane({ article, marks, legendIndex }: Props) {
  const { blocks, chunks } = useMemo(() => {
    const blocks: Block[] =
      article.blocks.length > 0
        ? article.blocks
        : [{ id: 'all', kind: 'paragraph', start: 0, end: article.text.length }];
    const chunks: Block[][] = [];
    for (let i = 0; i < blocks.length; i += CHUNK_BLOCKS)
      chunks.push(blocks.slice(i, i + CHUNK_BLOCKS));
    return { blocks, chunks };
  }, [article]);
  const buckets = useMemo(() => bucketMarks(blocks, marks), [blocks, marks]);
  let first = 0;
  return (
    <div className="article-text reading" data-block-id={ARTICLE_BLOCK_ID}>
      {chunks.map((blocks) => {
        const from = first;
        first += blocks.length;
        return (
          <ArticleChunk
            key={blocks[0].id}
            text={article.text}
            blocks={blocks}
            marks={buckets.slice(from, from + blocks.length)}
            legendIndex={legendIndex}
          />
        );
      })}
    </div>
  );
});
