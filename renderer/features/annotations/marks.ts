import type { Annotation } from '../../../app/core/annotation';
import type { Span } from '../../../app/core/briefing';
import type { SearchHit } from '../search/search';
import type { Mark } from './segments';

const cache = new WeakMap<Annotation, Mark>();

/** The highlight mark of an annotation; the same object while the annotation is unchanged. */
function markOf(a: Annotation): Mark {
  let mark = cache.get(a);
  if (!mark) {
    mark = {
      start: a.target.position.start,
      end: a.target.position.end,
      kind: 'note',
      id: a.id,
      colour: a.body.colour,
      isPrivate: a.visibility === 'private',
    };
    cache.set(a, mark);
  }
  return mark;
}

/** Marks by block id: anchored notes, the followed sources (article) and search hits. */
export function marksByBlock(
  annotations: readonly Annotation[],
  sources: readonly Span[],
  hits: readonly SearchHit[],
  current: number,
): Map<string, Mark[]> {
  const map = new Map<string, Mark[]>();
  const push = (blockId: string, mark: Mark) => {
    const list = map.get(blockId);
    if (list) list.push(mark);
    else map.set(blockId, [mark]);
  };
  for (const a of annotations) if (a.status !== 'orphaned') push(a.target.blockId, markOf(a));
  for (const s of sources) push('article', { start: s.start, end: s.end, kind: 'source' });
  hits.forEach((h, i) => {
    if (h.kind === 'text')
      push(h.blockId, { start: h.start, end: h.end, kind: i === current ? 'hit-current' : 'hit' });
  });
  return map;
}
