/** The status lines after an item rewrite or an article update, from main's anchor counts. */
import type { AnchorCounts } from '../../../app/ipc/contract';

/** "Item updated — 2 notes re-anchored, 0 orphaned." (re-anchored: on their words or moved). */
export function itemEditSummary({ anchored, moved, orphaned }: AnchorCounts): string {
  const kept = anchored + moved;
  return `Item updated — ${kept} ${kept === 1 ? 'note' : 'notes'} re-anchored, ${orphaned} orphaned.`;
}

/**
 * "Article updated: 3 notes anchored, 1 moved, 1 orphaned." plus, when the analyst had rewritten
 * items, " Your rewrites: 1 kept, 1 dropped (its generated sentence changed)."
 */
export function articleUpdateSummary(
  { anchored, moved, orphaned }: AnchorCounts,
  rewrites?: { kept: number; dropped: number },
): string {
  const notes = anchored === 1 ? 'note' : 'notes';
  const line = `Article updated: ${anchored} ${notes} anchored, ${moved} moved, ${orphaned} orphaned.`;
  if (!rewrites || rewrites.kept + rewrites.dropped === 0) return line;
  const why =
    rewrites.dropped === 0
      ? ''
      : ` (${rewrites.dropped === 1 ? 'its generated sentence' : 'their generated sentences'} changed)`;
  return `${line} Your rewrites: ${rewrites.kept} kept, ${rewrites.dropped} dropped${why}.`;
}
