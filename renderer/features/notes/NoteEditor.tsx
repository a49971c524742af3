import { useId, useMemo, useRef, useState } from 'react';
import type { LegendEntry, Visibility } from '../../../app/core/annotation';
import { handleEditorKeys } from '../../commands';
import { parseTags } from './filters';
import { renderNoteMarkdown } from './markdown';

export interface NoteDraft {
  note: string;
  tags: string[];
  colour: string;
  visibility: Visibility;
}

interface Props {
  title: string;
  initial: NoteDraft;
  legend: LegendEntry[];
  quote?: string;
  onSave: (draft: NoteDraft) => void;
  onCancel: () => void;
}

/**
 * Note text (Markdown, with a preview), tags, colour and visibility. Ctrl+Enter saves, Esc
 * cancels — but never throws typed words away at one keystroke: with changes, Esc or Cancel
 * first asks, and a second Esc (or Discard) confirms. `data-dirty` tells the reader an editor
 * holds unsaved words (see `openEditorWithChanges`).
 */
export function NoteEditor({ title, initial, legend, quote, onSave, onCancel }: Props) {
  const id = useId();
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [colour, setColour] = useState(initial.colour);
  const [isPrivate, setPrivate] = useState(initial.visibility === 'private');
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const preview = useMemo(() => renderNoteMarkdown(note), [note]);
  const dirty =
    note !== initial.note ||
    parseTags(tags).join('\n') !== initial.tags.join('\n') ||
    colour !== initial.colour ||
    isPrivate !== (initial.visibility === 'private');
  const save = () =>
    onSave({ note, tags: parseTags(tags), colour, visibility: isPrivate ? 'private' : 'shared' });
  const cancel = () => {
    if (!dirty || confirming) onCancel();
    else {
      setConfirming(true);
      requestAnimationFrame(() => keep.current?.focus());
    }
  };
  return (
    <form
      className="note-editor"
      aria-label={title}
      data-dirty={dirty ? 'true' : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => handleEditorKeys(e, { cancel, save })}
    >
      <h3>{title}</h3>
      {quote && <blockquote className="note-quote">{quote}</blockquote>}
      <label htmlFor={`${id}-note`}>Note (Markdown)</label>
      <textarea
        id={`${id}-note`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={4}
        autoFocus
      />
      <div className="note-preview" aria-label="Preview" role="region">
        {note.trim() === '' ? (
          <p className="muted">Preview appears here.</p>
        ) : (
          <div dangerouslySetInnerHTML={{ __html: preview }} />
        )}
      </div>
      <label htmlFor={`${id}-tags`}>Tags (comma-separated)</label>
      <input id={`${id}-tags`} value={tags} onChange={(e) => setTags(e.target.value)} />
      <fieldset className="colour-choice">
        <legend>Meaning</legend>
        {legend.map((entry, i) => (
          <label key={entry.key} className={`swatch-label hl-${i}`}>
            <input
              type="radio"
              name={`${id}-colour`}
              value={entry.key}
              checked={colour === entry.key}
              onChange={() => setColour(entry.key)}
            />{' '}
            {entry.label}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.target.checked)} />{' '}
        Private (left out of shared exports)
      </label>
      {confirming ? (
        <div className="editor-actions discard-check" role="alert">
          <span>Discard this note&apos;s changes? (Esc again discards)</span>
          <button type="button" onClick={onCancel}>
            Discard
          </button>
          <button
            type="button"
            ref={keep}
            onClick={() => {
              setConfirming(false);
              document.getElementById(`${id}-note`)?.focus();
            }}
          >
            Keep editing
          </button>
        </div>
      ) : (
        <div className="editor-actions">
          <button type="submit" className="primary">
            Save note
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}

/** The open note editor holding unsaved words, if any (a new selection must not replace it). */
export function openEditorWithChanges(): HTMLFormElement | null {
  return document.querySelector<HTMLFormElement>('form.note-editor[data-dirty="true"]');
}
