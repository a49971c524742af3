/**
 * Where the selection toolbar goes: just above the selection when that stays inside the pane
 * the text scrolls in, otherwise just below it; never over the app's own toolbar, and not at
 * all while the selection is scrolled out of its pane. Pure, so it is tested without a DOM.
 */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
}

/** The toolbar's size in px (its five colours, Note and Cancel at the UI font). */
export const TOOLBAR_SIZE = { width: 420, height: 40 } as const;
const GAP = 8;

/**
 * `selection` and `pane` in viewport coordinates; `viewportWidth` bounds it horizontally.
 * Null when no part of the selection is inside the pane.
 */
export function placeToolbar(
  selection: Box,
  pane: Box,
  viewportWidth: number,
  size: { width: number; height: number } = TOOLBAR_SIZE,
): Placement | null {
  if (selection.bottom <= pane.top || selection.top >= pane.bottom) return null;
  const above = selection.top - size.height - GAP;
  const below = selection.bottom + GAP;
  let top: number;
  if (above >= pane.top) top = above;
  else if (below + size.height <= pane.bottom) top = below;
  // A selection taller than the pane: keep the toolbar inside the pane's top edge.
  else top = pane.top + GAP;
  const maxLeft = Math.max(GAP, viewportWidth - size.width - GAP);
  const left = Math.min(Math.max(GAP, selection.left), maxLeft);
  return { top, left };
}
