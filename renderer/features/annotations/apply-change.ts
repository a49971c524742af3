import type { Annotation } from '../../../app/core/annotation';
import type { AnnotationChange } from '../../../app/ipc/contract';

/** Applies one change from main: `after` replaces, is inserted at, or `before` is removed from `index`. */
export function applyChange(
  annotations: readonly Annotation[],
  change: AnnotationChange | null,
): Annotation[] {
  const next = [...annotations];
  if (change === null) return next;
  const { index, before, after } = change;
  if (before && after) next[index] = after;
  else if (after) next.splice(index, 0, after);
  else if (before) next.splice(index, 1);
  return next;
}
