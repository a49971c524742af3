/** Re-anchoring every annotation of a briefing after its text changed. Nothing is deleted. */

import type { Annotation, AnchorStatus } from '../annotation';
import { anchorQuote } from './anchor';

export type ReanchorCounts = Record<AnchorStatus, number>;

export interface ReanchorResult {
  annotations: Annotation[];
  counts: ReanchorCounts;
}

/** One known edit: `deleted` characters at `start` of the old text replaced by `inserted` characters. */
export interface TextEdit {
  blockId: string;
  start: number;
  deleted: number;
  inserted: number;
}

export interface ReanchorOptions {
  /** Known edits, in the order they were made; used only as position hints. */
  edits?: readonly TextEdit[];
}

/**
 * Re-anchors each annotation against `blockText(blockId)` (undefined = the block is gone,
 * so the annotation is orphaned). Found annotations get the new position and status; orphans
 * keep their last target and quote. The quote is never rewritten, so later edits are still
 * measured against the analyst's original words. `updated` becomes `now` only for
 * annotations whose position or status changed. Returns new objects; the input is untouched.
 */
export function reanchorAll(
  annotations: readonly Annotation[],
  blockText: (blockId: string) => string | undefined,
  now: string,
  options: ReanchorOptions = {},
): ReanchorResult {
  const counts: ReanchorCounts = { anchored: 0, moved: 0, orphaned: 0 };
  const texts = new Map<string, string | undefined>();
  const result = annotations.map((annotation) => {
    const { blockId } = annotation.target;
    if (!texts.has(blockId)) texts.set(blockId, blockText(blockId));
    const text = texts.get(blockId);
    const edits = options.edits?.filter((e) => e.blockId === blockId) ?? [];
    const found =
      text === undefined
        ? { status: 'orphaned' as const }
        : anchorQuote(
            text,
            annotation.target,
            edits.length > 0 ? { hint: mapOffset(annotation.target.position.start, edits) } : {},
          );
    counts[found.status]++;
    const position = found.position ?? annotation.target.position;
    const unchanged =
      found.status === annotation.status &&
      position.start === annotation.target.position.start &&
      position.end === annotation.target.position.end;
    if (unchanged) return annotation;
    return {
      ...annotation,
      target: { ...annotation.target, position: { ...position } },
      status: found.status,
      updated: now,
    };
  });
  return { annotations: result, counts };
}

/**
 * Where old offset `offset` lies after `edits` (applied in order). An offset inside a deleted
 * range goes to the start of its replacement. Cheap hint for {@link reanchorAll}.
 */
export function mapOffset(offset: number, edits: readonly Omit<TextEdit, 'blockId'>[]): number {
  let at = offset;
  for (const edit of edits) {
    if (at >= edit.start + edit.deleted) at += edit.inserted - edit.deleted;
    else if (at > edit.start) at = edit.start;
  }
  return at;
}
