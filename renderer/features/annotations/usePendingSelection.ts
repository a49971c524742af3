/**
 * The text selection inside annotatable blocks, with where to put the selection toolbar.
 * Null when nothing annotatable is selected; kept while focus is on the toolbar itself.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { rangeToSelection, type TextSelection } from './selection';

export type PendingSelection = TextSelection & { top: number; left: number };

export function usePendingSelection() {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection();
      const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
      const selection = range ? rangeToSelection(range) : null;
      if (selection && range) {
        const rect = range.getBoundingClientRect();
        setPending({
          ...selection,
          top: Math.max(8, rect.top - 48),
          left: Math.max(8, Math.min(rect.left, window.innerWidth - 420)),
        });
      } else if (!document.activeElement?.closest('.selection-toolbar')) setPending(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
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
