import { useEffect, useRef, useState } from 'react';
import type { UpdatedBriefing } from '../../../app/ipc/contract';
import { api } from '../../api';
import { readArticleText } from '../../article-file';
import './edits.css';

interface Props {
  path: string;
  /** The current article's file name: what pasted text is taken to be. */
  fileName: string | null;
  onUpdated: (updated: UpdatedBriefing) => void;
  onClose: () => void;
}

type Phase = { kind: 'idle' } | { kind: 'updating' } | { kind: 'failed'; message: string };

/**
 * Takes a new version of the article (a chosen .txt/.md/.html file, or pasted text) and asks
 * main to regenerate the briefing from it; every note follows its words, none is deleted.
 * A native modal <dialog>, like the export dialog: Esc cancels, except while updating.
 */
export function UpdateArticleDialog({ path, fileName, onUpdated, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [name, setName] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const updating = phase.kind === 'updating';
  const empty = text.trim() === '';

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
  }, []);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const read = await readArticleText(file);
    if (!read.ok) {
      setPhase({ kind: 'failed', message: read.error.message });
      return;
    }
    setText(read.value);
    setName(file.name);
    setPhase({ kind: 'idle' });
  };

  const run = async () => {
    if (updating || empty) return;
    setPhase({ kind: 'updating' });
    const r = await api.briefing.updateArticle({
      path,
      fileName: name ?? fileName ?? 'pasted.txt',
      text,
    });
    if (!r.ok) setPhase({ kind: 'failed', message: r.error.message });
    else {
      // Closing the native dialog gives focus back to the button that opened it.
      ref.current?.close();
      onUpdated(r.value);
    }
  };
  const close = () => {
    ref.current?.close();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="sheet update-article-dialog"
      aria-labelledby="update-article-title"
      aria-describedby="update-article-help"
      onCancel={(e) => {
        e.preventDefault();
        if (!updating) close();
      }}
    >
      <h2 id="update-article-title">Update article</h2>
      <p id="update-article-help" className="muted">
        Give the new version of the article. The briefing is generated again from it; every note
        follows its words, and a note whose words are gone is kept in the orphaned list.
      </p>
      <form
        aria-label="New version of the article"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset disabled={updating}>
          <legend className="visually-hidden">New version</legend>
          <div>
            <button type="button" onClick={() => fileInput.current?.click()}>
              Choose file…
            </button>{' '}
            <span className="muted">
              {name ? `${name} (${text.length.toLocaleString()} characters)` : '.txt, .md or .html'}
            </span>
            <input
              ref={fileInput}
              type="file"
              accept=".txt,.md,.html"
              hidden
              aria-label="Article file"
              onChange={(e) => {
                void choose(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </div>
          <label htmlFor="update-article-text">Or paste the new text</label>
          <textarea
            id="update-article-text"
            rows={10}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (phase.kind === 'failed') setPhase({ kind: 'idle' });
            }}
          />
        </fieldset>
        <div className="update-article-actions">
          <button type="submit" className="primary" disabled={updating || empty}>
            Update article
          </button>
          <button type="button" onClick={close} disabled={updating}>
            Cancel
          </button>
        </div>
        <div role="status">
          {updating && (
            <>
              <progress aria-label="Updating the article" /> Generating the briefing again…
            </>
          )}
        </div>
        {phase.kind === 'failed' && (
          <p role="alert" className="error">
            Article not updated: {phase.message}
          </p>
        )}
      </form>
    </dialog>
  );
}
