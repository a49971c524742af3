/**
 * What the analyst does with notes in the reader — highlight or note the selection, edit,
 * delete (with undo), re-attach an orphan, show a note's words — and the messages each one
 * leaves ("Note deleted." with Undo). Callbacks are stable across edits so the memoised panes
 * do not re-render on every keystroke.
 */
import { useCallback, useState, type RefObject } from 'react';
import type { AnnotationsApi } from '../annotations/useAnnotations';
import type { PendingSelection } from '../annotations/usePendingSelection';
import type { TextSelection } from '../annotations/selection';
import { focusWhenDrawn } from '../../focus';
import { openEditorWithChanges, type NoteDraft } from './NoteEditor';

export type Editing =
  { kind: 'new'; selection: TextSelection } | { kind: 'edit'; id: string } | null;

interface Deps {
  notes: AnnotationsApi;
  /** The colour a plain highlight takes (the toolbar's current pick). */
  colour: string;
  pending: PendingSelection | null;
  pendingRef: RefObject<PendingSelection | null>;
  clearSelection: () => void;
  /** Shows the notes pane when a new note needs its editor. */
  showNotesPane: () => void;
  say: (message: { text: string; undo?: boolean }) => void;
}

export function useNoteActions({
  notes,
  colour,
  pending,
  pendingRef,
  clearSelection,
  showNotesPane,
  say,
}: Deps) {
  const { add, update, remove: removeNote, undo: undoNote, redo: redoNote } = notes;
  const [editing, setEditing] = useState<Editing>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  /** Adds a highlight (with a note when `draft` is given); resolves the new note's id. */
  const highlight = useCallback(
    async (selection: TextSelection, draft?: NoteDraft): Promise<string | null> => {
      const result = await add({
        target: { blockId: selection.blockId, start: selection.start, end: selection.end },
        colour: draft?.colour ?? colour,
        note: draft?.note ?? '',
        tags: draft?.tags ?? [],
        visibility: draft?.visibility ?? 'private',
      });
      if (typeof result === 'string') say({ text: result });
      else if (result.change?.after) {
        setActiveId(result.change.after.id);
        say({ text: draft ? 'Note added.' : 'Highlight added.' });
        return result.change.after.id;
      }
      return null;
    },
    [add, colour, say],
  );

  /** True (and says so, focusing it) when an open editor holds words not yet saved. */
  const editorBusy = useCallback(() => {
    const open = openEditorWithChanges();
    if (!open) return false;
    say({ text: 'Save or discard the note you are writing first.' });
    open.querySelector<HTMLElement>('textarea')?.focus();
    return true;
  }, [say]);

  const startNote = useCallback(() => {
    if (!pending || editorBusy()) return;
    setEditing({ kind: 'new', selection: pending });
    showNotesPane();
    clearSelection();
  }, [pending, clearSelection, showNotesPane, editorBusy]);

  const remove = useCallback(
    async (id: string) => {
      // Where focus goes after: the next card, else the previous one, else the list's heading.
      const cards = [...document.querySelectorAll<HTMLElement>('[data-note-card]')];
      const at = cards.findIndex((c) => c.dataset.noteCard === id);
      const hadFocus = at >= 0 && cards[at].contains(document.activeElement);
      const neighbour = cards[at + 1] ?? cards[at - 1];
      const result = await removeNote(id);
      if (typeof result !== 'string') say({ text: 'Note deleted.', undo: true });
      setActiveId((active) => (active === id ? null : active));
      if (hadFocus || document.activeElement === document.body)
        requestAnimationFrame(() => {
          const next = neighbour?.dataset.noteCard;
          if (next) focusNoteCard(next);
          else document.getElementById('notes-heading')?.focus();
        });
    },
    [removeNote, say],
  );

  const saveEdit = useCallback(
    async (id: string, draft: NoteDraft) => {
      const result = await update({ id, ...draft });
      if (typeof result !== 'string') {
        setEditing(null);
        say({ text: 'Note saved.' });
        requestAnimationFrame(() => focusNoteCard(id));
      }
    },
    [update, say],
  );

  const reattach = useCallback(
    async (id: string) => {
      const target = pendingRef.current;
      if (!target) return;
      const result = await update({
        id,
        target: { blockId: target.blockId, start: target.start, end: target.end },
      });
      if (typeof result !== 'string') say({ text: 'Note re-attached.' });
      clearSelection();
    },
    [update, clearSelection, pendingRef, say],
  );

  const showNote = useCallback((id: string) => {
    setActiveId(id);
    const mark = document.querySelector(`mark[data-note-id="${CSS.escape(id)}"]`);
    mark?.scrollIntoView({ block: 'center' });
  }, []);

  const undo = useCallback(async () => {
    const r = await undoNote();
    if (typeof r !== 'string') say({ text: r.change ? 'Undone.' : 'Nothing to undo.' });
  }, [undoNote, say]);
  const redo = useCallback(async () => {
    const r = await redoNote();
    if (typeof r !== 'string') say({ text: r.change ? 'Redone.' : 'Nothing to redo.' });
  }, [redoNote, say]);

  // Stable void-returning handlers for the memoised briefing and notes panes.
  const editNote = useCallback(
    (id: string | null) => {
      if (id === null) {
        // Cancelled: back to the card whose editor closed.
        setEditing((was) => {
          if (was?.kind === 'edit') requestAnimationFrame(() => focusNoteCard(was.id));
          return null;
        });
        return;
      }
      if (!editorBusy()) setEditing({ kind: 'edit', id });
    },
    [editorBusy],
  );
  const onSaveEdit = useCallback((id: string, d: NoteDraft) => void saveEdit(id, d), [saveEdit]);
  const onDeleteNote = useCallback((id: string) => void remove(id), [remove]);
  const onReattach = useCallback((id: string) => void reattach(id), [reattach]);

  return {
    editing,
    setEditing,
    activeId,
    setActiveId,
    highlight,
    startNote,
    remove,
    showNote,
    undo,
    redo,
    editNote,
    onSaveEdit,
    onDeleteNote,
    onReattach,
  };
}

/** Focuses a note's card in the notes pane (scrolling it into view), once it is drawn. */
export function focusNoteCard(id: string): void {
  focusWhenDrawn(`[data-note-card="${CSS.escape(id)}"]`);
}

/** After a new note's editor closes, focus goes back to the text the note was written on. */
export function focusBlock(blockId: string): void {
  const target =
    blockId === 'article'
      ? document.getElementById('sec-article')
      : (document.getElementById(`edit-${blockId}`) ?? document.getElementById('briefing-title'));
  target?.focus({ preventScroll: true });
}
