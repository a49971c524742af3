import { useEffect, useRef, useState } from 'react';
import { handleEditorKeys, IS_MAC } from '../../commands';

interface Props {
  id: string;
  text: string;
  /** The generator's own words, when the analyst rewrote the item: offered back. */
  generated: string | null;
  busy: boolean;
  onSave: (id: string, text: string) => void;
  onCancel: () => void;
}

const mod = IS_MAC ? '⌘' : 'Ctrl+';

/**
 * Rewrites one generated item in place: Save (Ctrl+Enter) sends the text to main, which
 * re-anchors the notes on it; Esc or Cancel leaves the item as it was.
 */
export function ItemEditor({ id, text, generated, busy, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(text);
  const area = useRef<HTMLTextAreaElement>(null);
  const empty = draft.trim() === '';

  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const save = () => {
    if (!busy && !empty) onSave(id, draft);
  };

  return (
    <form
      className="item-editor"
      aria-label="Edit item"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => handleEditorKeys(e, { cancel: () => !busy && onCancel(), save })}
    >
      <label htmlFor={`item-edit-${id}`} className="visually-hidden">
        Item text
      </label>
      <textarea
        id={`item-edit-${id}`}
        ref={area}
        value={draft}
        rows={Math.min(8, Math.max(2, Math.ceil(draft.length / 60)))}
        onChange={(e) => setDraft(e.target.value)}
        aria-describedby={`item-edit-help-${id}`}
        readOnly={busy}
      />
      <p id={`item-edit-help-${id}`} className="muted small-print">
        Notes on this item follow their words. {mod}Enter saves, Esc cancels.
      </p>
      <div className="item-editor-actions">
        <button
          type="submit"
          className="primary"
          disabled={busy || empty}
          aria-keyshortcuts={IS_MAC ? 'Meta+Enter' : 'Control+Enter'}
        >
          {busy ? 'Saving…' : 'Save item'}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        {generated !== null && draft !== generated && (
          <button
            type="button"
            onClick={() => {
              setDraft(generated);
              area.current?.focus();
            }}
            disabled={busy}
          >
            Use the generated text
          </button>
        )}
      </div>
    </form>
  );
}
