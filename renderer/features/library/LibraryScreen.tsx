import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { LibraryItem, OpenBriefing, Result } from '../../../app/ipc/contract';
import { api } from '../../api';
import { readArticleText } from '../../article-file';
import { isPrimary, isTyping, modalOpen, useCommand } from '../../commands';
import { focusWhenDrawn } from '../../focus';
import { formatDate, formatDateTime } from '../../format';

interface Props {
  onOpen: (open: OpenBriefing) => void;
  onChoose: () => void;
}

const ARTICLE_TYPES = /\.(txt|md|markdown|html?)$/i;

/** The start screen when several briefings exist: list, import (file, drop, paste), rename, trash with undo. */
export function LibraryScreen({ onOpen, onChoose }: Props) {
  const [items, setItems] = useState<LibraryItem[] | null>(null);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [paste, setPaste] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  /** Briefings moved to the trash in this visit, newest last: Undo (and Ctrl+Z) restores them in turn. */
  const [trashed, setTrashed] = useState<{ id: string; title: string }[]>([]);
  const [dragging, setDragging] = useState(false);

  const refresh = useCallback(async () => {
    const result = await api.library.list();
    if (result.ok) setItems(result.value);
    else setError(result.error.message);
  }, []);

  useEffect(() => {
    let live = true;
    void api.library.list().then((result) => {
      if (!live) return;
      if (result.ok) setItems(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return (items ?? []).filter(
      (i) => needle === '' || (i.title ?? i.fileName).toLocaleLowerCase().includes(needle),
    );
  }, [items, query]);

  /** Runs long work once, with progress; the controls are disabled meanwhile. */
  const run = useCallback(
    async (label: string, work: () => Promise<Result<OpenBriefing | null>>): Promise<boolean> => {
      if (busy) return false;
      setBusy(label);
      setError('');
      const result = await work();
      setBusy('');
      if (!result.ok) setError(result.error.message);
      else if (result.value) onOpen(result.value);
      return result.ok;
    },
    [busy, onOpen],
  );

  const chooseImport = () => void run('Importing an article…', () => api.library.chooseImport());
  useCommand('import', chooseImport);

  const importText = (fileName: string, text: string) =>
    run(`Generating a briefing from ${fileName}…`, () => api.library.import({ fileName, text }));

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = [...event.dataTransfer.files].find((f) => ARTICLE_TYPES.test(f.name));
    if (!file) {
      setError('Drop a .txt, .md or .html article.');
      return;
    }
    const text = await readArticleText(file);
    if (!text.ok) {
      setError(text.error.message);
      return;
    }
    await importText(file.name, text.value);
  };

  const open = (item: LibraryItem) =>
    run(`Opening ${item.title ?? item.fileName}…`, async () => {
      const r = await api.briefing.open({ path: item.path });
      return r;
    });

  const rename = async (item: LibraryItem) => {
    setError('');
    const result = await api.library.rename({ path: item.path, name: newName });
    if (!result.ok) return setError(inLibrary(result.error.message, item.path));
    setRenaming(null);
    setStatus(`File renamed to ${baseName(result.value)}.`);
    await refresh();
    focusRow(result.value, '.rename');
  };

  const cancelRename = (item: LibraryItem) => {
    setRenaming(null);
    setError('');
    focusRow(item.path, '.rename');
  };

  const trash = async (item: LibraryItem) => {
    setError('');
    const result = await api.library.trash({ path: item.path });
    if (!result.ok) return setError(inLibrary(result.error.message, item.path));
    const title = item.title ?? item.fileName;
    setTrashed((t) => [...t, { id: result.value, title }]);
    setStatus(`Moved “${title}” to the trash.`);
    await refresh();
  };

  const restore = async () => {
    const last = trashed.at(-1);
    if (!last || busy) return;
    setError('');
    const result = await api.library.restore({ id: last.id });
    if (!result.ok) return setError(result.error.message);
    setTrashed((t) => t.slice(0, -1));
    setStatus(`Restored “${last.title}”.`);
    await refresh();
  };
  // Ctrl/⌘+Z outside a text field (and Edit → Undo) restores the last briefing deleted here.
  useCommand('undo', () => void restore());
  const restoreRef = useRef(restore);
  useEffect(() => {
    restoreRef.current = restore;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPrimary(e) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return;
      if (isTyping(e.target) || modalOpen()) return;
      e.preventDefault();
      void restoreRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const lastTrashed = trashed.at(-1);

  return (
    <div className="library">
      <header className="toolbar">
        <h1 className="app-title">Library</h1>
        <div className="toolbar-group">
          <button type="button" onClick={chooseImport} disabled={!!busy}>
            New from file…
          </button>
          <button type="button" onClick={onChoose} disabled={!!busy}>
            Open…
          </button>
        </div>
      </header>
      <main className="library-main">
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => void onDrop(e)}
          aria-label="Import an article"
          role="region"
        >
          <p>Drop an article (.txt, .md, .html) or paste text</p>
          <label htmlFor="paste-article">Article text</label>
          <textarea
            id="paste-article"
            rows={4}
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
            placeholder="Paste the article here"
          />
          <button
            type="button"
            disabled={!!busy || paste.trim() === ''}
            onClick={() =>
              void importText('pasted-article.txt', paste).then((done) => done && setPaste(''))
            }
          >
            Generate briefing
          </button>
        </div>
        <div role="status" className="library-status" aria-live="polite">
          {busy && <progress aria-label={busy} />} {busy || status}
          {lastTrashed && !busy && (
            <button type="button" onClick={() => void restore()}>
              {trashed.length > 1 ? `Undo: restore “${lastTrashed.title}”` : 'Undo'}
            </button>
          )}
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <section aria-labelledby="briefings-heading">
          <div className="library-head">
            <h2 id="briefings-heading">Briefings ({items?.length ?? 0})</h2>
            <label>
              Search titles{' '}
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            </label>
          </div>
          {items === null ? (
            <p>Loading…</p>
          ) : items.length === 0 ? (
            <p>No briefings yet. Drop or paste an article above to generate one.</p>
          ) : shown.length === 0 ? (
            <p>No briefing title contains “{query.trim()}”.</p>
          ) : (
            <table className="library-table">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Dateline</th>
                  <th scope="col">Publisher</th>
                  <th scope="col">Notes</th>
                  <th scope="col">Last opened</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((item) => (
                  <tr key={item.path} data-path={item.path}>
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={() => void open(item)}
                        disabled={!!busy || item.problem !== null}
                      >
                        {item.title ?? item.fileName}
                      </button>
                      {renaming === item.path ? (
                        <form
                          className="rename-form"
                          onSubmit={(e) => {
                            e.preventDefault();
                            void rename(item);
                          }}
                          onKeyDown={(e) => {
                            if (e.key === 'Escape') cancelRename(item);
                          }}
                        >
                          <label>
                            File name{' '}
                            <input
                              value={newName}
                              onChange={(e) => setNewName(e.target.value)}
                              autoFocus
                            />
                          </label>
                          <span className="file-name">.briefing.json</span>
                          <button type="submit">Save name</button>
                          <button type="button" onClick={() => cancelRename(item)}>
                            Cancel
                          </button>
                        </form>
                      ) : (
                        <div className="file-name">{item.fileName}</div>
                      )}
                      {item.problem && <div className="error">{item.problem}</div>}
                    </td>
                    <td>{item.dateline ? formatDate(item.dateline) : '—'}</td>
                    <td>{item.publisher ?? '—'}</td>
                    <td>{item.notes}</td>
                    <td>{item.lastOpened ? formatDateTime(item.lastOpened) : 'never'}</td>
                    <td className="row-actions">
                      <div>
                        <button
                          type="button"
                          className="rename"
                          aria-label={`Rename the file of ${item.title ?? item.fileName}`}
                          title="Rename the briefing's file (its title comes from the article)"
                          onClick={() => {
                            setRenaming(item.path);
                            setNewName(item.fileName.replace(/\.briefing\.json$/, ''));
                          }}
                        >
                          Rename file
                        </button>
                        <button
                          type="button"
                          aria-label={`Delete ${item.title ?? item.fileName}`}
                          onClick={() => void trash(item)}
                        >
                          Delete
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </main>
    </div>
  );
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** An error about a library file, with the library's own folder left out of its paths. */
function inLibrary(message: string, path: string): string {
  const dir = path.slice(0, path.length - baseName(path).length);
  return dir ? message.split(dir).join('') : message;
}

/** After the list redraws: focus a control in the row of `path`. */
function focusRow(path: string, selector: string): void {
  focusWhenDrawn(`tr[data-path="${CSS.escape(path)}"] ${selector}`);
}
