/**
 * Following a generated item to its evidence: the article scrolls to the first source
 * sentence and flashes it; Alt+← (goBack) returns both panes to where they were and focuses
 * the item the analyst came from.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Span } from '../../../app/core/briefing';

export function useSourceTrail() {
  const [sources, setSources] = useState<Span[]>([]);
  const [flash, setFlash] = useState(0);
  const back = useRef<{ fromId: string; articleTop: number; briefingTop: number } | null>(null);
  const articleScroll = useRef<HTMLDivElement>(null);
  const briefingScroll = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sources.length === 0) return;
    const first = articleScroll.current?.querySelector('mark.src');
    first?.scrollIntoView({ block: 'center' });
  }, [sources, flash]);

  const followSources = useCallback((spans: Span[], fromId: string) => {
    back.current = {
      fromId,
      articleTop: articleScroll.current?.scrollTop ?? 0,
      briefingTop: briefingScroll.current?.scrollTop ?? 0,
    };
    setSources([...spans].sort((a, b) => a.start - b.start));
    setFlash((f) => f + 1);
  }, []);

  const goBack = useCallback(() => {
    const b = back.current;
    if (!b) return;
    back.current = null;
    if (articleScroll.current) articleScroll.current.scrollTop = b.articleTop;
    if (briefingScroll.current) briefingScroll.current.scrollTop = b.briefingTop;
    document.getElementById(b.fromId)?.focus();
  }, []);

  const clearSources = useCallback(() => setSources([]), []);

  return { sources, followSources, goBack, clearSources, articleScroll, briefingScroll };
}
