/**
 * Ctrl+F in the reader: the query, the hits over the briefing's items, the article and the
 * notes, and which hit is current (scrolled into view as it changes).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../../../app/core/annotation';
import type { Briefing } from '../../../app/core/briefing';
import { findHits, type SearchBlock } from './search';

interface SearchState {
  open: boolean;
  query: string;
  index: number;
  /** Bumped on every "open", so the bar takes focus again even when already open. */
  token: number;
}

export function useReaderSearch(briefing: Briefing, articleText: string, notes: Annotation[]) {
  const [state, setState] = useState<SearchState>({ open: false, query: '', index: 0, token: 0 });

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
    const target =
      currentHit.kind === 'note'
        ? document.querySelector(`[data-note-card="${CSS.escape(currentHit.noteId)}"]`)
        : document.querySelector('[data-hit-current]');
    target?.scrollIntoView({ block: 'center' });
  }, [currentHit]);

  const openSearch = useCallback(
    () => setState((s) => ({ ...s, open: true, token: s.token + 1 })),
    [],
  );
  const closeSearch = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  const setQuery = useCallback((query: string) => setState((s) => ({ ...s, query, index: 0 })), []);
  /** Moves to the next (+1) or previous (−1) hit, wrapping around. */
  const step = (d: number) =>
    setState((s) => ({
      ...s,
      index: hits.length === 0 ? 0 : (hitIndex + d + hits.length) % hits.length,
    }));

  return { ...state, hits, hitIndex, currentHit, openSearch, closeSearch, setQuery, step };
}
