/** The status lines after an item rewrite or an article update, from main's anchor counts. */
import type { AnchorCounts } from '../../../app/ipc/contract';

/** "Item updated — 2 notes re-anchored, 0 orphaned." (re-anchored: on their words or moved). */
export function itemEditSummary({ anchored, moved, orphaned }: AnchorCounts): string {
  const kept = anchored + moved;
  return `Item updated — ${kept} ${kept === 1 ? 'note' : 'notes'} re-anchored, ${orphaned} orphaned.`;
}

/** "Article updated: 3 notes anchored, 1 moved, 1 orphaned." */
export function articleUpdateSummary({ anchored, moved, orphaned }: AnchorCounts): string {
  const notes = anchored === 1 ? 'note' : 'notes';
  return `Article updated: ${anchored} ${notes} anchored, ${moved} moved, ${orphaned} orphaned.`;
}
