import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Group, Panel, Separator, usePanelRef, type Layout } from 'react-resizable-panels';
import type { Span } from '../../../app/core/briefing';
import type { SourceGrade } from '../../../app/core/briefing-file';
import type {
  BriefingUiState,
  GlobalSettings,
  OpenBriefing,
  UpdatedBriefing,
} from '../../../app/ipc/contract';
import { api } from '../../api';
import { isPrimary, isTyping, modalOpen, useCommand } from '../../commands';
import { marksByBlock } from '../annotations/marks';
import { rangeToSelection, type TextSelection } from '../annotations/selection';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { useAnnotations } from '../annotations/useAnnotations';
import { useKeyboardSelection } from '../annotations/useKeyboardSelection';
import { NO_FILTERS, type NoteFilters } from '../notes/filters';
import { NoteEditor, type NoteDraft } from '../notes/NoteEditor';
import { NotesSidebar } from '../notes/NotesSidebar';
import { findHits, type SearchBlock } from '../search/search';
import { SearchBar } from '../search/SearchBar';
import { ArticlePane } from './ArticlePane';
import { BriefingBody } from './BriefingBody';
import { ContentsRail, type ContentsEntry } from './ContentsRail';
import { BriefingToolbar } from './BriefingToolbar';
import { ExportDialog } from '../export/ExportDialog';
import { articleUpdateSummary, itemEditSummary } from './edit-summary';
import { externalChangeMessage } from './external-change';
import { UpdateArticleDialog } from './UpdateArticleDialog';

interface Props {
  open: OpenBriefing;
  theme: 'light' | 'dark';
  settings: GlobalSettings;
  onSettings: (patch: Partial<GlobalSettings>) => void;
  onLibrary: () => void;
  onShortcuts: () => void;
  onSettingsDialog: () => void;
}

/** Loads this briefing's saved UI state before the panes mount (their sizes are initial props). */
export function BriefingScreen(props: Props) {
  const [ui, setUi] = useState<BriefingUiState | null>(null);
  useEffect(() => {
    let live = true;
    void api.settings
      .get({ path: props.open.path })
      .then((r) => live && setUi(r.ok ? r.value.briefing : {}));
    return () => {
      live = false;
    };
  }, [props.open.path]);
  if (!ui) return <p role="status">Opening the briefing…</p>;
  return <BriefingReader {...props} ui={ui} />;
}

type Pending = TextSelection & { top: number; left: number };
type Editing = { kind: 'new'; selection: TextSelection } | { kind: 'edit'; id: string } | null;

function BriefingReader({
  open,
  theme,
  settings,
  onSettings,
  onLibrary,
  onShortcuts,
  onSettingsDialog,
  ui,
}: Props & { ui: BriefingUiState }) {
  const { path } = open;
  // Item edits and article updates answer a new file; notes follow it (replaceAll below).
  const [file, setFile] = useState(open.file);
  const { briefing, article, legend } = file;
  // The legend editor (notes sidebar) answers the legend main saved; highlights follow at once.
  const onLegend = useCallback(
    (next: typeof legend) => setFile((f) => ({ ...f, legend: next })),
    [],
  );
  // `file` lets an add draw its highlight before main answers.
  const notes = useAnnotations(path, file.annotations, file);
  // Stable across edits (unlike `notes`), so the callbacks below keep memoised panes still.
  const {
    add: addNote,
    update: updateNote,
    remove: removeNote,
    undo: undoNote,
    redo: redoNote,
    replaceAll: replaceNotes,
  } = notes;
  const [grade, setGrade] = useState<SourceGrade | null>(file.sourceGrade);
  const [sources, setSources] = useState<Span[]>([]);
  const [flash, setFlash] = useState(0);
  const [pending, setPending] = useState<Pending | null>(null);
  const [colour, setColour] = useState(legend[0]?.key ?? 'fact');
  const [editing, setEditing] = useState<Editing>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [filters, setFilters] = useState<NoteFilters>({ ...NO_FILTERS, ...ui.filters });
  const [search, setSearch] = useState<{
    open: boolean;
    query: string;
    index: number;
    token: number;
  }>({ open: false, query: '', index: 0, token: 0 });
  const [message, setMessage] = useState<{ text: string; undo?: boolean } | null>(null);
  const [exportDialog, setExportDialog] = useState(false);
  const [updateDialog, setUpdateDialog] = useState(false);
  const [editingItem, setEditingItem] = useState<string | null>(null);
  const [itemBusy, setItemBusy] = useState(false);
  const [editedIds, setEditedIds] = useState<ReadonlySet<string>>(() => new Set(ui.edited));
  const back = useRef<{ fromId: string; articleTop: number; briefingTop: number } | null>(null);
  const articleScroll = useRef<HTMLDivElement>(null);
  const briefingScroll = useRef<HTMLDivElement>(null);
  const contentsPanel = usePanelRef();
  const notesPanel = usePanelRef();

  const legendIndex = useMemo(() => new Map(legend.map((l, i) => [l.key, i])), [legend]);
  const legendStyle = useMemo(
    () =>
      Object.fromEntries(
        legend.map((l, i) => [`--hl-${i}`, theme === 'dark' ? l.dark : l.light]),
      ) as React.CSSProperties,
    [legend, theme],
  );

  // Search: briefing items, the article and the notes.
  const searchBlocks = useMemo<SearchBlock[]>(() => {
    const items = [
      ...briefing.bluf,
      ...briefing.sections.flatMap((s) => s.items),
      ...briefing.timeline,
      ...briefing.keyFigures,
    ];
    return [
      ...items.map((i) => ({ blockId: i.id, text: i.text })),
      { blockId: 'article', text: article.text },
    ];
  }, [briefing, article]);
  const hits = useMemo(
    () =>
      search.open
        ? findHits(
            search.query,
            searchBlocks,
            notes.annotations.map((a) => ({
              id: a.id,
              text: `${a.body.note}\n${a.target.quote.exact}\n${a.body.tags.join(' ')}`,
            })),
          )
        : [],
    [search.open, search.query, searchBlocks, notes.annotations],
  );
  const hitIndex = hits.length === 0 ? 0 : Math.min(search.index, hits.length - 1);
  const currentHit = hits[hitIndex];
  const marks = useMemo(
    () => marksByBlock(notes.annotations, sources, hits, hitIndex),
    [notes.annotations, sources, hits, hitIndex],
  );
  const articleMarks = marks.get('article') ?? EMPTY_MARKS;

  useEffect(() => {
    if (!currentHit) return;
    const target =
      currentHit.kind === 'note'
        ? document.querySelector(`[data-note-card="${CSS.escape(currentHit.noteId)}"]`)
        : document.querySelector('[data-hit-current]');
    target?.scrollIntoView({ block: 'center' });
  }, [currentHit]);

  // Follow a source: scroll the article to the first sentence and flash it.
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

  // Track the text selection inside annotatable blocks.
  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection();
      const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
      const selection = range ? rangeToSelection(range) : null;
      if (selection && range) {
        const rect = range.getBoundingClientRect();
        setPending({
          ...selection,
          top: Math.max(8, rect.top - 48),
          left: Math.max(8, Math.min(rect.left, window.innerWidth - 420)),
        });
      } else if (!document.activeElement?.closest('.selection-toolbar')) setPending(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const clearSelection = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setPending(null);
  }, []);

  const highlight = useCallback(
    async (selection: TextSelection, draft?: NoteDraft) => {
      const result = await addNote({
        target: { blockId: selection.blockId, start: selection.start, end: selection.end },
        colour: draft?.colour ?? colour,
        note: draft?.note ?? '',
        tags: draft?.tags ?? [],
        visibility: draft?.visibility ?? 'private',
      });
      if (typeof result === 'string') setMessage({ text: result });
      else if (result.change?.after) {
        setActiveId(result.change.after.id);
        setMessage({ text: draft ? 'Note added.' : 'Highlight added.' });
      }
    },
    [addNote, colour],
  );

  const startNote = useCallback(() => {
    if (!pending) return;
    setEditing({ kind: 'new', selection: pending });
    notesPanel.current?.expand();
    clearSelection();
  }, [pending, clearSelection, notesPanel]);

  const remove = useCallback(
    async (id: string) => {
      const result = await removeNote(id);
      if (typeof result !== 'string') setMessage({ text: 'Note deleted.', undo: true });
      setActiveId((active) => (active === id ? null : active));
    },
    [removeNote],
  );

  const saveEdit = useCallback(
    async (id: string, draft: NoteDraft) => {
      const result = await updateNote({ id, ...draft });
      if (typeof result !== 'string') {
        setEditing(null);
        setMessage({ text: 'Note saved.' });
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`[data-note-card="${CSS.escape(id)}"]`)?.focus(),
        );
      }
    },
    [updateNote],
  );

  // The selection as of the last render, for callbacks that must not change with it.
  const pendingRef = useRef(pending);
  useEffect(() => {
    pendingRef.current = pending;
  });
  const reattach = useCallback(
    async (id: string) => {
      const pending = pendingRef.current;
      if (!pending) return;
      const result = await updateNote({
        id,
        target: { blockId: pending.blockId, start: pending.start, end: pending.end },
      });
      if (typeof result !== 'string') setMessage({ text: 'Note re-attached.' });
      clearSelection();
    },
    [updateNote, clearSelection],
  );

  const showNote = useCallback((id: string) => {
    setActiveId(id);
    const mark = document.querySelector(`mark[data-note-id="${CSS.escape(id)}"]`);
    mark?.scrollIntoView({ block: 'center' });
  }, []);

  const undo = useCallback(async () => {
    const r = await undoNote();
    if (typeof r !== 'string') setMessage({ text: r.change ? 'Undone.' : 'Nothing to undo.' });
  }, [undoNote]);
  const redo = useCallback(async () => {
    const r = await redoNote();
    if (typeof r !== 'string') setMessage({ text: r.change ? 'Redone.' : 'Nothing to redo.' });
  }, [redoNote]);
  // Stable handlers for the memoised briefing and notes panes.
  const editNote = useCallback(
    (id: string | null) => setEditing(id ? { kind: 'edit', id } : null),
    [],
  );
  const onSaveEdit = useCallback((id: string, d: NoteDraft) => void saveEdit(id, d), [saveEdit]);
  const onDeleteNote = useCallback((id: string) => void remove(id), [remove]);
  const onReattach = useCallback((id: string) => void reattach(id), [reattach]);

  const changeGrade = useCallback(
    async (g: SourceGrade | null) => {
      setGrade(g);
      const r = await api.briefing.setGrade({ path, grade: g });
      if (!r.ok) setMessage({ text: r.error.message });
    },
    [path],
  );
  const onGrade = useCallback((g: SourceGrade | null) => void changeGrade(g), [changeGrade]);

  // Persist UI state: pane layout and filters.
  const saveUi = useCallback(
    (briefingUi: BriefingUiState) => void api.settings.save({ path, briefing: briefingUi }),
    [path],
  );
  const onLayoutChanged = useCallback((layout: Layout) => saveUi({ layout }), [saveUi]);
  const changeFilters = useCallback(
    (f: NoteFilters) => {
      setFilters(f);
      saveUi({ filters: f });
    },
    [saveUi],
  );

  // Rewriting a generated item: main re-anchors the notes on it and answers the new file.
  const saveItem = useCallback(
    async (itemId: string, text: string) => {
      setItemBusy(true);
      const r = await api.briefing.editItem({ path, itemId, text });
      setItemBusy(false);
      if (!r.ok) {
        setMessage({ text: `Item not updated: ${r.error.message}` });
        return;
      }
      setFile(r.value.file);
      replaceNotes(r.value.file.annotations);
      setEditingItem(null);
      const edited = new Set(editedIds).add(itemId);
      setEditedIds(edited);
      saveUi({ edited: [...edited] });
      setMessage({ text: itemEditSummary(r.value.counts) });
      requestAnimationFrame(() => document.getElementById(`edit-${itemId}`)?.focus());
    },
    [path, replaceNotes, saveUi, editedIds],
  );
  const onSaveItem = useCallback((id: string, text: string) => void saveItem(id, text), [saveItem]);

  // Another program changed the file on disk: show its version, or say where ours went.
  useEffect(
    () =>
      api.briefing.onChanged((change) => {
        if (change.path !== path) return;
        if (change.kind !== 'reloaded') {
          setMessage({ text: externalChangeMessage(change) });
          return;
        }
        void api.briefing.open({ path }).then((r) => {
          if (!r.ok) {
            setMessage({
              text: `The file changed on disk and could not be reloaded: ${r.error.message}`,
            });
            return;
          }
          setFile(r.value.file);
          setGrade(r.value.file.sourceGrade);
          replaceNotes(r.value.file.annotations);
          setSources([]);
          setMessage({ text: externalChangeMessage(change) });
        });
      }),
    [path, replaceNotes],
  );

  // A new version of the article: the briefing is generated again, notes follow their words.
  const articleUpdated = useCallback(
    (updated: UpdatedBriefing) => {
      setFile(updated.file);
      replaceNotes(updated.file.annotations);
      setSources([]);
      setEditingItem(null);
      // The items were generated again: no rewrite of the analyst's is left on them.
      setEditedIds(new Set());
      saveUi({ edited: [] });
      setUpdateDialog(false);
      setMessage({ text: articleUpdateSummary(updated.counts) });
    },
    [replaceNotes, saveUi],
  );

  const contents = useMemo<ContentsEntry[]>(
    () => [
      { id: 'sec-bluf', label: 'Bottom line' },
      ...briefing.sections.map((s) => ({ id: `sec-${s.id}`, label: s.heading })),
      ...(briefing.actors.length ? [{ id: 'sec-actors', label: 'Actors' }] : []),
      ...(briefing.timeline.length ? [{ id: 'sec-timeline', label: 'Timeline' }] : []),
      ...(briefing.keyFigures.length ? [{ id: 'sec-figures', label: 'Key figures' }] : []),
      { id: 'sec-source', label: 'Source and reliability' },
      { id: 'sec-article', label: 'Article' },
    ],
    [briefing],
  );
  const sectionAt = useRef(0);
  const go = useCallback(
    (id: string) => {
      const el = document.getElementById(id);
      el?.scrollIntoView({ block: 'start' });
      const heading = el?.matches('h1,h2') ? el : el?.querySelector<HTMLElement>('h2, h1');
      (heading as HTMLElement | null)?.focus({ preventScroll: true });
      sectionAt.current = Math.max(
        0,
        contents.findIndex((c) => c.id === id),
      );
    },
    [contents],
  );

  const [contentsHidden, setContentsHidden] = useState(false);
  const [notesHidden, setNotesHidden] = useState(false);

  const toggle = (panel: typeof contentsPanel) => {
    const p = panel.current;
    if (!p) return;
    if (p.isCollapsed()) p.expand();
    else p.collapse();
  };

  useCommand('find', () => setSearch((s) => ({ ...s, open: true, token: s.token + 1 })));
  useCommand('export', () => setExportDialog(true));
  useCommand('update-article', () => setUpdateDialog(true));
  useCommand('undo', () => void undo());
  useCommand('redo', () => void redo());
  useCommand('toggle-contents', () => toggle(contentsPanel));
  useCommand('toggle-notes', () => toggle(notesPanel));

  const focusedNoteId = (): string | null =>
    (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-note-card]')
      ?.dataset.noteCard ?? activeId;

  useKeyboardSelection();

  // Keyboard map (DESIGN.md).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A modal dialog (export, update, settings, shortcuts) is open: the reader's keys wait.
      if (modalOpen()) return;
      const typing = isTyping(e.target);
      if (isPrimary(e) && !e.altKey) {
        const key = e.key.toLowerCase();
        if (key === 'f') {
          e.preventDefault();
          setSearch((s) => ({ ...s, open: true, token: s.token + 1 }));
        } else if (key === 'e') {
          e.preventDefault();
          setExportDialog(true);
        } else if (key === 'z' && !typing) {
          e.preventDefault();
          void (e.shiftKey ? redo() : undo());
        } else if (key === 'y' && !typing) {
          e.preventDefault();
          void redo();
        }
        return;
      }
      if (e.altKey && e.key === 'ArrowLeft') {
        e.preventDefault();
        goBack();
        return;
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') {
        if (pending) clearSelection();
        else if (search.open) setSearch((s) => ({ ...s, open: false }));
        else if (editing) setEditing(null);
        else setSources([]);
        return;
      }
      if (pending) {
        const n = Number(e.key);
        if (n >= 1 && n <= legend.length) {
          e.preventDefault();
          setColour(legend[n - 1].key);
          return;
        }
        if (e.key === 'h' || e.key === 'H') {
          e.preventDefault();
          void highlight(pending);
          clearSelection();
          return;
        }
        if (e.key === 'n' || e.key === 'N') {
          e.preventDefault();
          startNote();
          return;
        }
      }
      const cards = [...document.querySelectorAll<HTMLElement>('[data-note-card]')];
      if (e.key === 'j' || e.key === 'k') {
        if (cards.length === 0) return;
        e.preventDefault();
        const at = cards.findIndex((c) => c.contains(document.activeElement));
        const next =
          e.key === 'j' ? Math.min(cards.length - 1, at + 1) : Math.max(0, at < 0 ? 0 : at - 1);
        cards[next]?.focus();
        setActiveId(cards[next]?.dataset.noteCard ?? null);
        return;
      }
      if (e.key === '[' || e.key === ']') {
        e.preventDefault();
        const at = Math.max(
          0,
          Math.min(contents.length - 1, sectionAt.current + (e.key === ']' ? 1 : -1)),
        );
        go(contents[at].id);
        return;
      }
      const id = focusedNoteId();
      if (!id) return;
      if (e.key === 'e' || e.key === 'E') {
        e.preventDefault();
        setEditing({ kind: 'edit', id });
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        void remove(id);
      } else {
        const n = Number(e.key);
        if (n >= 1 && n <= legend.length) void notes.update({ id, colour: legend[n - 1].key });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const onTextClick = (e: React.MouseEvent) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('mark[data-note-id]')?.dataset.noteId;
    if (id && window.getSelection()?.isCollapsed) {
      setActiveId(id);
      document
        .querySelector(`[data-note-card="${CSS.escape(id)}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  };

  const newNote =
    editing?.kind === 'new' ? (
      <NoteEditor
        title="New note"
        initial={{ note: '', tags: [], colour, visibility: 'private' }}
        legend={legend}
        quote={editing.selection.text}
        onSave={(draft) => {
          void highlight(editing.selection, draft);
          setEditing(null);
        }}
        onCancel={() => setEditing(null)}
      />
    ) : null;

  const saveText =
    notes.save.kind === 'saving'
      ? 'Saving…'
      : notes.save.kind === 'saved'
        ? `Saved ${notes.save.at}`
        : notes.save.kind === 'error'
          ? `Not saved: ${notes.save.message}`
          : 'All changes saved';

  return (
    <div className="reader" style={legendStyle}>
      <BriefingToolbar
        title={briefing.title}
        handling={file.handling}
        settings={settings}
        onSettings={onSettings}
        onLibrary={onLibrary}
        onShortcuts={onShortcuts}
        onFind={() => setSearch((s) => ({ ...s, open: true, token: s.token + 1 }))}
        onSettingsDialog={onSettingsDialog}
        onExportDialog={() => setExportDialog(true)}
        onUpdateArticle={() => setUpdateDialog(true)}
        saveText={saveText}
        saveError={notes.save.kind === 'error'}
        onToggleContents={() => toggle(contentsPanel)}
        onToggleNotes={() => toggle(notesPanel)}
        canUndo={notes.canUndo}
        canRedo={notes.canRedo}
        onUndo={() => void undo()}
        onRedo={() => void redo()}
      />
      {search.open && (
        <SearchBar
          query={search.query}
          count={hits.length}
          index={hitIndex}
          focusToken={search.token}
          onQuery={(query) => setSearch((s) => ({ ...s, query, index: 0 }))}
          onStep={(d) =>
            setSearch((s) => ({
              ...s,
              index: hits.length === 0 ? 0 : (hitIndex + d + hits.length) % hits.length,
            }))
          }
          onClose={() => setSearch((s) => ({ ...s, open: false }))}
        />
      )}
      {message && (
        <div className="message" role="status">
          {message.text}{' '}
          {message.undo && (
            <button type="button" onClick={() => void undo()}>
              Undo
            </button>
          )}
        </div>
      )}
      <main className="panes-wrap" aria-label={briefing.title}>
        <Group
          id="briefing-layout"
          className="panes"
          orientation="horizontal"
          defaultLayout={ui.layout}
          onLayoutChanged={onLayoutChanged}
        >
          <Panel
            id="contents"
            panelRef={contentsPanel}
            defaultSize="14"
            minSize="8"
            collapsible
            collapsedSize="0"
            onResize={(size) => setContentsHidden(size.asPercentage === 0)}
          >
            {/* A collapsed pane is 0 px wide but still in the page: inert keeps Tab and screen readers out. */}
            <div className="pane" inert={contentsHidden}>
              <ContentsRail entries={contents} onGo={go} />
            </div>
          </Panel>
          <Separator className="separator" aria-label="Resize contents" />
          <Panel id="briefing" defaultSize="38" minSize="20">
            <div className="pane" ref={briefingScroll} onClick={onTextClick}>
              <section aria-label="Briefing">
                <BriefingBody
                  briefing={briefing}
                  handling={file.handling}
                  grade={grade}
                  onGrade={onGrade}
                  marks={marks}
                  legendIndex={legendIndex}
                  onSources={followSources}
                  legend={legend}
                  editingItemId={editingItem}
                  editedIds={editedIds}
                  itemBusy={itemBusy}
                  onEditItem={setEditingItem}
                  onSaveItem={onSaveItem}
                />
              </section>
            </div>
          </Panel>
          <Separator className="separator" aria-label="Resize article" />
          <Panel id="article" defaultSize="28" minSize="15">
            <div className="pane" ref={articleScroll} onClick={onTextClick}>
              <section id="sec-article" aria-label="Article" className="article" tabIndex={0}>
                <h2 id="article-h" tabIndex={-1}>
                  Article{article.fileName ? ` — ${article.fileName}` : ''}
                </h2>
                <ArticlePane article={article} marks={articleMarks} legendIndex={legendIndex} />
              </section>
            </div>
          </Panel>
          <Separator className="separator" aria-label="Resize notes" />
          <Panel
            id="notes"
            panelRef={notesPanel}
            defaultSize="20"
            minSize="14"
            collapsible
            collapsedSize="0"
            onResize={(size) => setNotesHidden(size.asPercentage === 0)}
          >
            <div className="pane" inert={notesHidden}>
              <NotesSidebar
                annotations={notes.annotations}
                legend={legend}
                filters={filters}
                onFilters={changeFilters}
                activeId={activeId}
                editingId={editing?.kind === 'edit' ? editing.id : null}
                hitNoteId={currentHit?.kind === 'note' ? currentHit.noteId : null}
                canReattach={pending !== null}
                onShow={showNote}
                onEdit={editNote}
                onSaveEdit={onSaveEdit}
                onDelete={onDeleteNote}
                onReattach={onReattach}
                newNote={newNote}
                path={path}
                onLegend={onLegend}
              />
            </div>
          </Panel>
        </Group>
      </main>
      {exportDialog && (
        <ExportDialog
          path={path}
          handling={file.handling}
          format={settings.exportFormat}
          paper={settings.paper}
          onClose={() => setExportDialog(false)}
        />
      )}
      {updateDialog && (
        <UpdateArticleDialog
          path={path}
          fileName={article.fileName}
          onUpdated={articleUpdated}
          onClose={() => setUpdateDialog(false)}
        />
      )}
      {pending && (
        <SelectionToolbar
          legend={legend}
          colour={colour}
          top={pending.top}
          left={pending.left}
          onColour={setColour}
          onHighlight={() => {
            void highlight(pending);
            clearSelection();
          }}
          onNote={startNote}
          onCancel={clearSelection}
        />
      )}
    </div>
  );
}

const EMPTY_MARKS: never[] = [];
