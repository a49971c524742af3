/**
 * Undo/redo over an annotations list, as plain values. Every change records the whole
 * annotation before and after (plus its index), so undo and redo restore the exact previous
 * list, deep-equal, including field order and absent optional fields.
 */

import type {
  Annotation,
  AnnotationBody,
  AnnotationTarget,
  AnchorStatus,
  Confidence,
  Visibility,
} from '../annotation';
import { fail, succeed } from './result';
import type { AnnotationResult } from './result';

/** Fields an edit may change. `null` clears an optional field. */
export interface AnnotationPatch {
  body?: Partial<AnnotationBody>;
  visibility?: Visibility;
  credibility?: Annotation['credibility'] | null;
  confidence?: Confidence | null;
  /** Re-attach: a new target; the status becomes `anchored` unless `status` says otherwise. */
  target?: AnnotationTarget;
  status?: AnchorStatus;
}

export type AnnotationOp =
  | { kind: 'add'; annotation: Annotation }
  | { kind: 'edit'; id: string; patch: AnnotationPatch; now: string }
  | { kind: 'delete'; id: string };

/** One recorded change: `before` absent for an add, `after` absent for a delete. */
export interface Change {
  index: number;
  before?: Annotation;
  after?: Annotation;
}

export interface History {
  past: Change[];
  future: Change[];
}

export interface Edited {
  annotations: Annotation[];
  history: History;
}

/** How many changes undo remembers; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export function emptyHistory(): History {
  return { past: [], future: [] };
}

/**
 * Applies `op` to `annotations` and records it (clearing the redo list). Errors as values:
 * adding an existing id, editing or deleting an unknown one. The inputs are not mutated.
 */
export function applyOp(
  annotations: readonly Annotation[],
  history: History,
  op: AnnotationOp,
): AnnotationResult<Edited> {
  const change = changeFor(annotations, op);
  if (!change.ok) return change;
  const past = [...history.past, change.value].slice(-HISTORY_LIMIT);
  return succeed({
    annotations: replay(annotations, change.value, 'forward'),
    history: { past, future: [] },
  });
}

/** Reverts the most recent change; unchanged when there is nothing to undo. */
export function undo(annotations: readonly Annotation[], history: History): Edited {
  const change = history.past.at(-1);
  if (!change) return { annotations: [...annotations], history };
  return {
    annotations: replay(annotations, change, 'backward'),
    history: { past: history.past.slice(0, -1), future: [...history.future, change] },
  };
}

/** Re-applies the most recently undone change; unchanged when there is nothing to redo. */
export function redo(annotations: readonly Annotation[], history: History): Edited {
  const change = history.future.at(-1);
  if (!change) return { annotations: [...annotations], history };
  return {
    annotations: replay(annotations, change, 'forward'),
    history: { past: [...history.past, change], future: history.future.slice(0, -1) },
  };
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}

/** The annotation after applying `patch`; `updated` becomes `now`. */
export function patchAnnotation(
  annotation: Annotation,
  patch: AnnotationPatch,
  now: string,
): Annotation {
  const next: Annotation = {
    ...annotation,
    body: {
      ...annotation.body,
      ...patch.body,
      tags: [...(patch.body?.tags ?? annotation.body.tags)],
    },
    updated: now,
  };
  if (patch.visibility !== undefined) next.visibility = patch.visibility;
  if (patch.credibility === null) delete next.credibility;
  else if (patch.credibility !== undefined) next.credibility = patch.credibility;
  if (patch.confidence === null) delete next.confidence;
  else if (patch.confidence !== undefined) next.confidence = patch.confidence;
  if (patch.target !== undefined) {
    next.target = structuredCloneTarget(patch.target);
    next.status = 'anchored';
  }
  if (patch.status !== undefined) next.status = patch.status;
  return next;
}

function changeFor(annotations: readonly Annotation[], op: AnnotationOp): AnnotationResult<Change> {
  switch (op.kind) {
    case 'add': {
      if (annotations.some((a) => a.id === op.annotation.id)) {
        return fail('duplicate-id', `An annotation with id ${op.annotation.id} already exists.`);
      }
      return succeed({ index: annotations.length, after: op.annotation });
    }
    case 'edit': {
      const index = annotations.findIndex((a) => a.id === op.id);
      if (index < 0) return fail('unknown-annotation', `There is no annotation with id ${op.id}.`);
      return succeed({
        index,
        before: annotations[index],
        after: patchAnnotation(annotations[index], op.patch, op.now),
      });
    }
    case 'delete': {
      const index = annotations.findIndex((a) => a.id === op.id);
      if (index < 0) return fail('unknown-annotation', `There is no annotation with id ${op.id}.`);
      return succeed({ index, before: annotations[index] });
    }
    default:
      return assertNever(op);
  }
}

/** Puts `after` (forward) or `before` (backward) at `index`, inserting or removing as needed. */
function replay(
  annotations: readonly Annotation[],
  change: Change,
  direction: 'forward' | 'backward',
): Annotation[] {
  const from = direction === 'forward' ? change.before : change.after;
  const to = direction === 'forward' ? change.after : change.before;
  const next = [...annotations];
  if (from && to) next[change.index] = to;
  else if (to) next.splice(change.index, 0, to);
  else if (from) next.splice(change.index, 1);
  return next;
}

function structuredCloneTarget(target: AnnotationTarget): AnnotationTarget {
  return { blockId: target.blockId, quote: { ...target.quote }, position: { ...target.position } };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled annotation operation: ${JSON.stringify(value)}`);
}
