/**
 * When a news article is updated: the briefing is regenerated from the new text and every
 * note follows its words. Nothing is deleted; a note whose words are gone is orphaned and
 * keeps its last target and quote, so the analyst can read it and re-attach it.
 */

import { ARTICLE_BLOCK_ID } from '../annotation';
import type { Annotation, AnchorStatus } from '../annotation';
import type { Generated } from '../briefing';
import type { BriefingFile } from '../briefing-file';
import { GENERATOR_NAME, GENERATOR_VERSION } from '../new-briefing-file';
import { anchorQuote } from './anchor';
import type { AnchorResult } from './anchor';
import { itemBlocks } from './blocks';
import type { ItemBlock } from './blocks';
import { mapOffset } from './reanchor';
import type { ReanchorCounts } from './reanchor';
import { carryRewrites } from './rewrites';
import type { RewriteCounts } from './rewrites';
import { diffTexts } from './text-diff';
import type { Edit } from './text-diff';

export interface ArticleUpdate {
  /** The new file: same id, createdAt, legend, handling and source grade; new article and briefing. */
  file: BriefingFile;
  /** How the notes fared, over all of them (orphans from before count again if still lost). */
  counts: ReanchorCounts;
  /** The analyst's rewrites kept on the new items, and those dropped (see rewrites.ts). */
  rewrites: RewriteCounts;
}

/**
 * Rebuilds `old` around a briefing `generated` from the updated article and re-anchors every
 * annotation. Article notes are searched in the new text, with a line diff of old → new text
 * as the position hint: a note whose exact words are where the diff puts them stays
 * `anchored` (the text around it moved, its words did not); found elsewhere or only
 * approximately is `moved`; not found is `orphaned`.
 * A note on a generated item goes to the new item with the same id if its words are there,
 * else to the item of the same kind (same section kind, BLUF, timeline, key figures) that
 * holds them best, else it is orphaned. The analyst's rewrites are carried where the generator
 * wrote the replaced words again (rewrites.ts). `updatedAt` and each changed note's `updated` become
 * `now`. Pure: the input is not mutated; annotations are returned in their old order.
 */
export function updateArticle(old: BriefingFile, generated: Generated, now: string): ArticleUpdate {
  const counts: ReanchorCounts = { anchored: 0, moved: 0, orphaned: 0 };
  const edits = diffTexts(old.article.text, generated.article.text);
  // Rewrites first, so notes on a rewritten item find their words in the carried rewrite.
  const carried = carryRewrites(old.briefing, generated.briefing);
  const oldItems = new Map(itemBlocks(old.briefing).map((b) => [b.id, b]));
  const newItems = itemBlocks(carried.briefing);
  const annotations = old.annotations.map((annotation) => {
    const next =
      annotation.target.blockId === ARTICLE_BLOCK_ID
        ? reanchorInText(annotation, generated.article.text, edits, now)
        : followItem(annotation, oldItems.get(annotation.target.blockId), newItems, now);
    counts[next.status]++;
    return next;
  });
  return {
    file: {
      ...old,
      updatedAt: now,
      generator: { name: GENERATOR_NAME, version: GENERATOR_VERSION },
      article: generated.article,
      briefing: carried.briefing,
      annotations,
    },
    counts,
    rewrites: carried.counts,
  };
}

/**
 * Re-anchors one note within its own block after the block's text changed by `edits` (from
 * {@link diffTexts}). `anchored` when the exact quote sits where the edits map its old start.
 */
export function reanchorInText(
  annotation: Annotation,
  text: string,
  edits: readonly Edit[],
  now: string,
): Annotation {
  const hint = mapOffset(annotation.target.position.start, edits);
  const found = anchorQuote(text, annotation.target, { hint });
  return withResult(annotation, annotation.target.blockId, found, hint, now);
}

function followItem(
  annotation: Annotation,
  oldItem: ItemBlock | undefined,
  newItems: readonly ItemBlock[],
  now: string,
): Annotation {
  const { blockId } = annotation.target;
  const same = newItems.find((b) => b.id === blockId);
  let best: { block: ItemBlock; found: AnchorResult; hint: number } | undefined;
  if (same) {
    const edits = oldItem ? diffTexts(oldItem.text, same.text) : [];
    const hint = mapOffset(annotation.target.position.start, edits);
    const found = anchorQuote(same.text, annotation.target, { hint });
    if (found.status !== 'orphaned') best = { block: same, found, hint };
  }
  // An exact match in the item of the same id settles it; otherwise look through its kind.
  if ((best?.found.similarity ?? 0) < 1 && oldItem) {
    for (const block of newItems) {
      if (block.group !== oldItem.group || block.id === blockId) continue;
      const hint = annotation.target.position.start;
      const found = anchorQuote(block.text, annotation.target, { hint });
      if (found.status === 'orphaned') continue;
      if (!best || (found.similarity ?? 0) > (best.found.similarity ?? 0))
        best = { block, found, hint };
    }
  }
  if (!best) return withResult(annotation, blockId, { status: 'orphaned' }, 0, now);
  return withResult(annotation, best.block.id, best.found, best.hint, now);
}

function withResult(
  annotation: Annotation,
  blockId: string,
  found: AnchorResult,
  hint: number,
  now: string,
): Annotation {
  const { target } = annotation;
  const position = found.position ?? target.position;
  let status: AnchorStatus = found.status;
  if (found.position) {
    const inPlace =
      blockId === target.blockId &&
      found.similarity === 1 &&
      position.start === hint &&
      position.end - position.start === target.position.end - target.position.start;
    status = inPlace ? 'anchored' : 'moved';
  }
  const unchanged =
    status === annotation.status &&
    blockId === target.blockId &&
    position.start === target.position.start &&
    position.end === target.position.end;
  if (unchanged) return annotation;
  return {
    ...annotation,
    target: { ...target, blockId, position: { start: position.start, end: position.end } },
    status,
    updated: now,
  };
}
