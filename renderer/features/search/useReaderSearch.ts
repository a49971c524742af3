/**
 * Ctrl+F in the reader: the query, the hits over the briefing's items, the article and the
 * notes, and which hit is current (scrolled into view as it changes).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../app/core/annotation';
import type { Briefing } from '../../../app/core/briefing';
import { findHits, SEARCH_LIMIT, type SearchBlock } from './search';

interface SearchState {
  open: boolean;
  query: string;
  index: number;
  /** Bumped on every "open", so the bar takes focus again even when already open. */
  token: number;
}

/**
 * `showNotes` opens the notes pane when the current hit is a note and the pane is collapsed.
 * Closing the search puts focus back where it was when the search opened.
 */
export function useReaderSearch(
  briefing: Briefing,
  articleText: string,
  notes: Annotation[],
  showNotes: () => void,
) {
  const [state, setState] = useState<SearchState>({ open: false, query: '', index: 0, token: 0 });
  const returnTo = useRef<HTMLElement | null>(null);

  const blocks = useMemo<SearchBlock[]>(() => {
    const items = [
      ...briefing.bluf,
      ...briefing.sections.flatMap((s) => s.items),
      ...briefing.timeline,
      ...briefing.keyFigures,
    ];
    return [
      ...items.map((i) => ({ blockId: i.id, text: i.text })),
      { blockId: 'article', text: articleText },
    ];
  }, [briefing, articleText]);

  const hits = useMemo(
    () =>
      state.open
        ? findHits(
            state.query,
            blocks,
            notes.map((a) => ({
              id: a.id,
              text: `${a.body.note}\n${a.target.quote.exact}\n${a.body.tags.join(' ')}`,
            })),
          )
        : [],
    [state.open, state.query, blocks, notes],
  );
  const hitIndex = hits.length === 0 ? 0 : Math.min(state.index, hits.length - 1);
  const currentHit = hits[hitIndex];

  useEffect(() => {
    if (!currentHit) return;
    if (currentHit.kind === 'note') showNotes();
    // After the notes pane (if it was collapsed) has been drawn open.
    const frame = requestAnimationFrame(() => {
      const target =
        currentHit.kind === 'note'
          ? document.querySelector(`[data-note-card="${CSS.escape(currentHit.noteId)}"]`)
          : document.querySelector('[data-hit-current]');
      target?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [currentHit, showNotes]);

  const openSearch = useCallback(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && !active.closest('[role="search"]'))
      returnTo.current = active;
    setState((s) => ({ ...s, open: true, token: s.token + 1 }));
  }, []);
  const closeSearch = useCallback(() => {
    setState((s) => ({ ...s, open: false }));
    const back = returnTo.current;
    returnTo.current = null;
    requestAnimationFrame(() => {
      if (back?.isConnected && back !== document.body) back.focus({ preventScroll: true });
      else document.getElementById('briefing-title')?.focus({ preventScroll: true });
    });
  }, []);
  const setQuery = useCallback((query: string) => setState((s) => ({ ...s, query, index: 0 })), []);
  /** Moves to the next (+1) or previous (−1) hit, wrapping around. */
  const step = (d: number) =>
    setState((s) => ({
      ...s,
      index: hits.length === 0 ? 0 : (hitIndex + d + hits.length) % hits.length,
    }));

  /** True when there are more matches than were counted (the count reads "5,000+"). */
  const capped = hits.length >= SEARCH_LIMIT;
  return { ...state, hits, hitIndex, currentHit, capped, openSearch, closeSearch, setQuery, step };
}
