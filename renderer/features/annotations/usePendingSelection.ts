/**
 * The text selection inside annotatable blocks, with where to put the selection toolbar.
 * Null when nothing annotatable is selected; kept while focus is on the toolbar itself.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { rangeToSelection, type TextSelection } from './selection';
import { placeToolbar, type Placement } from './toolbar-placement';

/** `place` is where the toolbar goes; null while the selection is scrolled out of its pane. */
export type PendingSelection = TextSelection & { place: Placement | null };

/** Where the toolbar goes for `range`, inside the pane the range scrolls in. */
function placementFor(range: Range): Placement | null {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const pane = element?.closest('.pane')?.getBoundingClientRect() ?? {
    top: 0,
    bottom: window.innerHeight,
    left: 0,
    right: window.innerWidth,
  };
  return placeToolbar(range.getBoundingClientRect(), pane, window.innerWidth);
}

export function usePendingSelection() {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection();
      const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
      const selection = range ? rangeToSelection(range) : null;
      if (selection && range) setPending({ ...selection, place: placementFor(range) });
      else if (!document.activeElement?.closest('.selection-toolbar')) setPending(null);
    };
    // The toolbar follows its words as a pane scrolls (and hides while they are out of view).
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const sel = window.getSelection();
        const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
        if (!range || range.collapsed) return;
        const place = placementFor(range);
        setPending((p) =>
          p && (p.place?.top !== place?.top || p.place?.left !== place?.left) ? { ...p, place } : p,
        );
      });
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onScroll);
    };
  }, []);

  const clearSelection = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setPending(null);
  }, []);

  // The selection as of the last render, for callbacks that must not change with it.
  const pendingRef = useRef(pending);
  useEffect(() => {
    pendingRef.current = pending;
  });

  return { pending, pendingRef, clearSelection };
}
