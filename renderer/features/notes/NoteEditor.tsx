import { useId, useMemo, useState } from 'react';
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

/** Note text (Markdown, with a preview), tags, colour and visibility. Ctrl+Enter saves, Esc cancels. */
export function NoteEditor({ title, initial, legend, quote, onSave, onCancel }: Props) {
  const id = useId();
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [colour, setColour] = useState(initial.colour);
  const [isPrivate, setPrivate] = useState(initial.visibility === 'private');
  const preview = useMemo(() => renderNoteMarkdown(note), [note]);
  const save = () =>
    onSave({ note, tags: parseTags(tags), colour, visibility: isPrivate ? 'private' : 'shared' });
  return (
    <form
      className="note-editor"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => handleEditorKeys(e, { cancel: onCancel, save })}
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
      <div className="editor-actions">
        <button type="submit" className="primary">
          Save note
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
