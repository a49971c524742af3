import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { LibraryItem, OpenBriefing, Result } from '../../../app/ipc/contract';
import { api } from '../../api';
import { readArticleText } from '../../article-file';
import { useCommand } from '../../commands';
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
  const [trashed, setTrashed] = useState<{ id: string; title: string } | null>(null);
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
    async (label: string, work: () => Promise<Result<OpenBriefing | null>>) => {
      if (busy) return;
      setBusy(label);
      setError('');
      const result = await work();
      setBusy('');
      if (!result.ok) setError(result.error.message);
      else if (result.value) onOpen(result.value);
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
    if (!result.ok) return setError(result.error.message);
    setRenaming(null);
    setStatus(`Renamed to ${newName}.`);
    await refresh();
  };

  const cancelRename = () => {
    setRenaming(null);
    setError('');
  };

  const trash = async (item: LibraryItem) => {
    setError('');
    const result = await api.library.trash({ path: item.path });
    if (!result.ok) return setError(result.error.message);
    setTrashed({ id: result.value, title: item.title ?? item.fileName });
    setStatus(`Moved “${item.title ?? item.fileName}” to the trash.`);
    await refresh();
  };

  const restore = async () => {
    if (!trashed) return;
    setError('');
    const result = await api.library.restore({ id: trashed.id });
    if (!result.ok) return setError(result.error.message);
    setStatus(`Restored “${trashed.title}”.`);
    setTrashed(null);
    await refresh();
  };

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
            onClick={() => void importText('pasted-article.txt', paste).then(() => setPaste(''))}
          >
            Generate briefing
          </button>
        </div>
        <div role="status" className="library-status" aria-live="polite">
          {busy && <progress aria-label={busy} />} {busy || status}
          {trashed && !busy && (
            <button type="button" onClick={() => void restore()}>
              Undo
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
          ) : shown.length === 0 ? (
            <p>No briefings yet. Drop or paste an article above to generate one.</p>
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
                  <tr key={item.path}>
                    <td>
                      {renaming === item.path ? (
                        <form
                          onSubmit={(e) => {
                            e.preventDefault();
                            void rename(item);
                          }}
                          onKeyDown={(e) => {
                            if (e.key === 'Escape') cancelRename();
                          }}
                        >
                          <label>
                            New file name{' '}
                            <input
                              value={newName}
                              onChange={(e) => setNewName(e.target.value)}
                              autoFocus
                            />
                          </label>
                          <button type="submit">Save name</button>
                          <button type="button" onClick={cancelRename}>
                            Cancel
                          </button>
                        </form>
                      ) : (
                        <>
                          <button
                            type="button"
                            className="link"
                            onClick={() => void open(item)}
                            disabled={!!busy || item.problem !== null}
                          >
                            {item.title ?? item.fileName}
                          </button>
                          <div className="file-name">{item.fileName}</div>
                          {item.problem && <div className="error">{item.problem}</div>}
                        </>
                      )}
                    </td>
                    <td>{item.dateline ? formatDate(item.dateline) : '—'}</td>
                    <td>{item.publisher ?? '—'}</td>
                    <td>{item.notes}</td>
                    <td>{item.lastOpened ? formatDateTime(item.lastOpened) : 'never'}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        aria-label={`Rename ${item.title ?? item.fileName}`}
                        onClick={() => {
                          setRenaming(item.path);
                          setNewName(item.fileName.replace(/\.briefing\.json$/, ''));
                        }}
                      >
                        Rename
                      </button>
                      <button
                        type="button"
                        aria-label={`Delete ${item.title ?? item.fileName}`}
                        onClick={() => void trash(item)}
                      >
                        Delete
                      </button>
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
