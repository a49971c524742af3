import { memo } from 'react';
import { sameMarks, segmentRange, type Mark, type Segment } from './segments';

interface Props {
  text: string;
  start: number;
  end: number;
  marks: Mark[];
  /** Legend key → its index, for the colour and underline classes. */
  legendIndex: ReadonlyMap<string, number>;
}

function classesOf(
  segment: Segment,
  legendIndex: ReadonlyMap<string, number>,
): { className: string; noteId?: string; current: boolean } {
  const classes: string[] = [];
  let noteId: string | undefined;
  let current = false;
  const notes = segment.marks.filter((m) => m.kind === 'note');
  const top = notes.at(-1);
  if (top) {
    classes.push('hl', `hl-${legendIndex.get(top.colour ?? '') ?? 0}`);
    if (notes.some((n) => n.isPrivate)) classes.push('hl-private');
    if (notes.length > 1) classes.push('hl-multi');
    noteId = top.id;
  }
  for (const m of segment.marks) {
    if (m.kind === 'source') classes.push('src');
    if (m.kind === 'hit') classes.push('hit');
    if (m.kind === 'hit-current') {
      classes.push('hit', 'hit-current');
      current = true;
    }
  }
  return { className: [...new Set(classes)].join(' '), noteId, current };
}

/**
 * `text.slice(start, end)` as runs, each carrying `data-offset` (its start in the block's
 * text) so DOM selections map back to offsets. Marked runs are <mark>, others <span>.
 */
export const TextRuns = memo(
  function TextRuns({ text, start, end, marks, legendIndex }: Props) {
    return (
      <>
        {segmentRange(start, end, marks).map((segment) => {
          const slice = text.slice(segment.start, segment.end);
          if (segment.marks.length === 0) {
            return (
              <span key={segment.start} data-offset={segment.start}>
                {slice}
              </span>
            );
          }
          const { className, noteId, current } = classesOf(segment, legendIndex);
          return (
            <mark
              key={segment.start}
              data-offset={segment.start}
              className={className}
              data-note-id={noteId}
              data-hit-current={current ? '' : undefined}
            >
              {slice}
            </mark>
          );
        })}
      </>
    );
  },
  (a, b) =>
    a.text === b.text &&
    a.start === b.start &&
    a.end === b.end &&
    a.legendIndex === b.legendIndex &&
    sameMarks(a.marks, b.marks),
);
