/**
 * The reader's keyboard map (DESIGN.md; listed on the ? sheet): single letters act on the
 * selection or the focused note card, brackets move between sections, J/K between notes, and the
 * Ctrl/⌘ chords open search and export or undo. Letters never act while typing, and nothing
 * acts while a modal dialog is open.
 */
import { useEffect, useRef } from 'react';
import type { LegendEntry } from '../../../app/core/annotation';
import { isPrimary, isTyping, modalOpen } from '../../commands';

export interface ReaderKeys {
  legend: readonly LegendEntry[];
  hasSelection: boolean;
  /** Ordered section anchors for [ and ]; `sectionAt` is the current one (goTo updates it). */
  sectionIds: readonly string[];
  sectionAt: { readonly current: number };
  /** Shows the notes pane when it is collapsed (J/K move into it). */
  showNotes: () => void;
  openSearch: () => void;
  openExport: () => void;
  undo: () => void;
  redo: () => void;
  goBack: () => void;
  /** Esc: the innermost thing open (selection, search, editor, followed source). */
  escape: () => void;
  pickColour: (key: string) => void;
  highlightSelection: () => void;
  noteSelection: () => void;
  goTo: (sectionId: string) => void;
  focusNote: (id: string | null) => void;
  editNote: (id: string) => void;
  deleteNote: (id: string) => void;
  recolourNote: (id: string, colour: string) => void;
}

export function useReaderKeys(keys: ReaderKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = latest.current;
      if (modalOpen()) return;
      const typing = isTyping(e.target);
      if (isPrimary(e) && !e.altKey) {
        const key = e.key.toLowerCase();
        const action =
          key === 'f'
            ? k.openSearch
            : key === 'e'
              ? k.openExport
              : typing
                ? undefined
                : key === 'z'
                  ? e.shiftKey
                    ? k.redo
                    : k.undo
                  : key === 'y'
                    ? k.redo
                    : undefined;
        if (action) {
          e.preventDefault();
          action();
        }
        return;
      }
      if (e.key === 'F6' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        focusPane(e.shiftKey ? -1 : 1);
        return;
      }
      if (e.altKey && e.key === 'ArrowLeft') {
        e.preventDefault();
        k.goBack();
        return;
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') return k.escape();
      const n = Number(e.key);
      const colour = n >= 1 && n <= k.legend.length ? k.legend[n - 1].key : null;
      if (k.hasSelection) {
        const act =
          colour !== null
            ? () => k.pickColour(colour)
            : e.key === 'h' || e.key === 'H'
              ? k.highlightSelection
              : e.key === 'n' || e.key === 'N'
                ? k.noteSelection
                : null;
        if (act) {
          e.preventDefault();
          act();
          return;
        }
      }
      if (e.key === 'j' || e.key === 'k') {
        const cards = [...document.querySelectorAll<HTMLElement>('[data-note-card]')];
        if (cards.length === 0) return;
        e.preventDefault();
        const at = cards.findIndex((c) => c.contains(document.activeElement));
        const next =
          e.key === 'j' ? Math.min(cards.length - 1, at + 1) : Math.max(0, at < 0 ? 0 : at - 1);
        const card = cards[next];
        k.showNotes();
        k.focusNote(card?.dataset.noteCard ?? null);
        // A collapsed pane is inert until React has drawn it open again.
        requestAnimationFrame(() => card?.focus());
        return;
      }
      if (e.key === '[' || e.key === ']') {
        e.preventDefault();
        const ids = k.sectionIds;
        const at = k.sectionAt.current + (e.key === ']' ? 1 : -1);
        k.goTo(ids[Math.max(0, Math.min(ids.length - 1, at))]);
        return;
      }
      // E, Delete and 1–5 act on the note card that has focus, never on a note the analyst
      // merely clicked or just made: a stray Backspace in the text must not delete anything.
      const id = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
        '[data-note-card]',
      )?.dataset.noteCard;
      if (!id) return;
      if (e.key === 'e' || e.key === 'E') {
        e.preventDefault();
        k.editNote(id);
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        k.deleteNote(id);
      } else if (colour !== null) k.recolourNote(id, colour);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Where F6 lands in each pane, in order: contents, briefing, article, notes. */
const PANE_TARGETS = ['#pane-contents a', '#briefing-title', '#sec-article', '#notes-heading'];

/**
 * F6 / Shift+F6: focus moves to the next / previous pane that is open (a collapsed pane is
 * inert and skipped), as in browsers and mail clients; Tab then moves within it.
 */
function focusPane(step: 1 | -1): void {
  const targets = PANE_TARGETS.map((s) => document.querySelector<HTMLElement>(s)).filter(
    (t): t is HTMLElement => t !== null && t.closest('[inert]') === null,
  );
  if (targets.length === 0) return;
  const active = document.activeElement;
  const at = targets.findIndex((t) => t.closest('.pane')?.contains(active) ?? false);
  const next = targets[(at + step + targets.length) % targets.length] ?? targets[0];
  next.focus();
}
