import { useEffect, useRef } from 'react';
import type { Block, Span } from '../../app/core/briefing';

interface Props {
  text: string;
  blocks: Block[];
  highlight: Span[];
}

/** Splits [start, end) into plain and highlighted runs. */
function runs(start: number, end: number, highlight: Span[]): { start: number; end: number; on: boolean }[] {
  const cuts = new Set([start, end]);
  for (const s of highlight) {
    if (s.end > start && s.start < end) {
      cuts.add(Math.max(s.start, start));
      cuts.add(Math.min(s.end, end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? 0;
    out.push({ start: a, end: b, on: highlight.some((s) => s.start <= a && s.end >= b) });
  }
  return out;
}

/** The article, block by block, with the focused source spans marked and scrolled into view. */
export function ArticleText({ text, blocks, highlight }: Props) {
  const first = useRef<HTMLElement | null>(null);
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlight]);
  const firstStart = Math.min(...highlight.map((s) => s.start));
  return (
    <div className="article-text">
      {blocks.map((block) => {
        const Tag = block.kind === 'heading' ? 'h3' : 'p';
        return (
          <Tag key={block.id} data-block={block.id}>
            {runs(block.start, block.end, highlight).map((r) => {
              const slice = text.slice(r.start, r.end);
              if (!r.on) return <span key={r.start}>{slice}</span>;
              const isFirst = highlight.some((s) => s.start === firstStart && r.start <= firstStart && r.end > firstStart);
              const ref = isFirst ? (el: HTMLElement | null) => void (first.current = el) : undefined;
              return (
                <mark key={r.start} ref={ref} className="source-span">
                  {slice}
                </mark>
              );
            })}
          </Tag>
        );
      })}
    </div>
  );
}
