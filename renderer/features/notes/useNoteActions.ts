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
import type { NoteDraft } from './NoteEditor';

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

  const highlight = useCallback(
    async (selection: TextSelection, draft?: NoteDraft) => {
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
      }
    },
    [add, colour, say],
  );

  const startNote = useCallback(() => {
    if (!pending) return;
    setEditing({ kind: 'new', selection: pending });
    showNotesPane();
    clearSelection();
  }, [pending, clearSelection, showNotesPane]);

  const remove = useCallback(
    async (id: string) => {
      const result = await removeNote(id);
      if (typeof result !== 'string') say({ text: 'Note deleted.', undo: true });
      setActiveId((active) => (active === id ? null : active));
    },
    [removeNote, say],
  );

  const saveEdit = useCallback(
    async (id: string, draft: NoteDraft) => {
      const result = await update({ id, ...draft });
      if (typeof result !== 'string') {
        setEditing(null);
        say({ text: 'Note saved.' });
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`[data-note-card="${CSS.escape(id)}"]`)?.focus(),
        );
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
    (id: string | null) => setEditing(id ? { kind: 'edit', id } : null),
    [],
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
