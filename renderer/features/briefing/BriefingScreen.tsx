import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePanelRef, type Layout, type PanelImperativeHandle } from 'react-resizable-panels';
import type { SourceGrade } from '../../../app/core/briefing-file';
import { blockTexts } from '../../../app/core/annotations/blocks';
import type {
  BriefingUiState,
  GlobalSettings,
  OpenBriefing,
  UpdatedBriefing,
} from '../../../app/ipc/contract';
import { api } from '../../api';
import { useCommand } from '../../commands';
import { marksByBlock } from '../annotations/marks';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { useAnnotations } from '../annotations/useAnnotations';
import { useKeyboardSelection } from '../annotations/useKeyboardSelection';
import { usePendingSelection } from '../annotations/usePendingSelection';
import { NO_FILTERS, type NoteFilters } from '../notes/filters';
import { NoteEditor, openEditorWithChanges } from '../notes/NoteEditor';
import { NotesSidebar } from '../notes/NotesSidebar';
import { focusBlock, focusNoteCard, useNoteActions } from '../notes/useNoteActions';
import { SearchBar } from '../search/SearchBar';
import { useReaderSearch } from '../search/useReaderSearch';
import { ArticlePane } from './ArticlePane';
import { BriefingBody } from './BriefingBody';
import { ContentsRail, type ContentsEntry } from './ContentsRail';
import { ReaderPanes } from './ReaderPanes';
import { BriefingToolbar } from './BriefingToolbar';
import { ExportDialog } from '../export/ExportDialog';
import { articleUpdateSummary, itemEditSummary } from './edit-summary';
import { UpdateArticleDialog } from './UpdateArticleDialog';
import { useExternalChanges } from './useExternalChanges';
import { useReaderKeys } from './useReaderKeys';
import { useSourceTrail } from './useSourceTrail';

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
  const { replaceAll: replaceNotes } = notes;
  const [grade, setGrade] = useState<SourceGrade | null>(file.sourceGrade);
  const { sources, followSources, goBack, clearSources, articleScroll, briefingScroll } =
    useSourceTrail();
  const { pending, pendingRef, clearSelection } = usePendingSelection();
  const [colour, setColour] = useState(legend[0]?.key ?? 'fact');
  const [filters, setFilters] = useState<NoteFilters>({ ...NO_FILTERS, ...ui.filters });
  const [message, setMessage] = useState<{ text: string; undo?: boolean } | null>(null);
  // A message goes away by itself; one that offers Undo stays longer.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), message.undo ? 15_000 : 8_000);
    return () => clearTimeout(timer);
  }, [message]);
  const [exportDialog, setExportDialog] = useState(false);
  const [updateDialog, setUpdateDialog] = useState(false);
  const [editingItem, setEditingItem] = useState<string | null>(null);
  const [itemBusy, setItemBusy] = useState(false);
  const contentsPanel = usePanelRef();
  const notesPanel = usePanelRef();
  const [hidden, setHidden] = useState({ contents: false, notes: false });
  const onHidden = useCallback(
    (pane: 'contents' | 'notes', isHidden: boolean) =>
      setHidden((h) => (h[pane] === isHidden ? h : { ...h, [pane]: isHidden })),
    [],
  );

  const texts = useMemo(() => blockTexts({ article, briefing }), [article, briefing]);
  const legendIndex = useMemo(() => new Map(legend.map((l, i) => [l.key, i])), [legend]);
  const legendStyle = useMemo(
    () =>
      Object.fromEntries(
        legend.map((l, i) => [`--hl-${i}`, theme === 'dark' ? l.dark : l.light]),
      ) as React.CSSProperties,
    [legend, theme],
  );

  const showNotesPane = useCallback(() => expandPanel(notesPanel), [notesPanel]);
  const search = useReaderSearch(briefing, article.text, notes.annotations, showNotesPane);
  const { hits, hitIndex, currentHit } = search;
  const marks = useMemo(
    () => marksByBlock(notes.annotations, sources, hits, hitIndex),
    [notes.annotations, sources, hits, hitIndex],
  );
  const articleMarks = marks.get('article') ?? EMPTY_MARKS;

  const {
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
  } = useNoteActions({
    notes,
    colour,
    pending,
    pendingRef,
    clearSelection,
    showNotesPane,
    say: setMessage,
  });

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
      setMessage({ text: itemEditSummary(r.value.counts) });
      requestAnimationFrame(() => document.getElementById(`edit-${itemId}`)?.focus());
    },
    [path, replaceNotes],
  );
  const onSaveItem = useCallback((id: string, text: string) => void saveItem(id, text), [saveItem]);

  // Another program changed the file on disk: show its version, or say where ours went.
  useExternalChanges(
    path,
    (next) => {
      setFile(next);
      setGrade(next.sourceGrade);
      replaceNotes(next.annotations);
      clearSources();
    },
    (text) => setMessage({ text }),
  );

  // A new version of the article: the briefing is generated again, notes follow their words.
  const articleUpdated = useCallback(
    (updated: UpdatedBriefing) => {
      setFile(updated.file);
      replaceNotes(updated.file.annotations);
      clearSources();
      setEditingItem(null);
      setUpdateDialog(false);
      setMessage({ text: articleUpdateSummary(updated.counts, updated.rewrites) });
    },
    [replaceNotes, clearSources],
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

  const toggle = (panel: typeof contentsPanel) => {
    const p = panel.current;
    if (!p) return;
    if (p.isCollapsed()) p.expand();
    else p.collapse();
  };

  useCommand('find', search.openSearch);
  useCommand('export', () => setExportDialog(true));
  useCommand('update-article', () => setUpdateDialog(true));
  useCommand('undo', () => void undo());
  useCommand('redo', () => void redo());
  useCommand('toggle-contents', () => toggle(contentsPanel));
  useCommand('toggle-notes', () => toggle(notesPanel));

  useKeyboardSelection();
  useReaderKeys({
    legend,
    hasSelection: pending !== null,
    sectionIds: contents.map((c) => c.id),
    sectionAt,
    showNotes: showNotesPane,
    openSearch: search.openSearch,
    openExport: () => setExportDialog(true),
    undo: () => void undo(),
    redo: () => void redo(),
    goBack,
    escape: () => {
      if (pending) clearSelection();
      else if (search.open) search.closeSearch();
      else if (editing) {
        // Typed words are closed from inside the editor (it asks first), never from afar.
        const open = openEditorWithChanges();
        if (open) open.querySelector<HTMLElement>('textarea')?.focus();
        else setEditing(null);
      } else clearSources();
    },
    pickColour: setColour,
    highlightSelection: () => {
      if (!pending) return;
      void highlight(pending);
      clearSelection();
    },
    noteSelection: startNote,
    goTo: go,
    focusNote: setActiveId,
    editNote: (id) => setEditing({ kind: 'edit', id }),
    deleteNote: (id) => void remove(id),
    recolourNote: (id, colour) => void notes.update({ id, colour }),
  });

  const onTextClick = (e: React.MouseEvent) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('mark[data-note-id]')?.dataset.noteId;
    if (id && window.getSelection()?.isCollapsed) {
      setActiveId(id);
      // The note is what was asked for: open its pane if it was collapsed.
      showNotesPane();
      requestAnimationFrame(() =>
        document
          .querySelector(`[data-note-card="${CSS.escape(id)}"]`)
          ?.scrollIntoView({ block: 'nearest' }),
      );
    }
  };

  const newNote =
    editing?.kind === 'new' ? (
      <NoteEditor
        // A new selection gets a fresh editor (never the last one's words).
        key={`${editing.selection.blockId}:${editing.selection.start}:${editing.selection.end}`}
        title="New note"
        initial={{ note: '', tags: [], colour, visibility: 'private' }}
        legend={legend}
        quote={editing.selection.text}
        onSave={(draft) => {
          const { blockId } = editing.selection;
          void highlight(editing.selection, draft).then((id) =>
            requestAnimationFrame(() => (id ? focusNoteCard(id) : focusBlock(blockId))),
          );
          setEditing(null);
        }}
        onCancel={() => {
          setEditing(null);
          requestAnimationFrame(() => focusBlock(editing.selection.blockId));
        }}
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
        onFind={search.openSearch}
        onSettingsDialog={onSettingsDialog}
        onExportDialog={() => setExportDialog(true)}
        onUpdateArticle={() => setUpdateDialog(true)}
        saveText={saveText}
        saveError={notes.save.kind === 'error'}
        onToggleContents={() => toggle(contentsPanel)}
        onToggleNotes={() => toggle(notesPanel)}
        contentsHidden={hidden.contents}
        notesHidden={hidden.notes}
        canUndo={notes.canUndo}
        canRedo={notes.canRedo}
        onUndo={() => void undo()}
        onRedo={() => void redo()}
      />
      {search.open && (
        <SearchBar
          query={search.query}
          count={hits.length}
          capped={search.capped}
          index={hitIndex}
          focusToken={search.token}
          onQuery={search.setQuery}
          onStep={search.step}
          onClose={search.closeSearch}
        />
      )}
      {/* Always in the page, so screen readers announce each message as it arrives. */}
      <div className="message" role="status">
        {message && (
          <>
            {message.text}{' '}
            {message.undo && (
              <button type="button" onClick={() => void undo()}>
                Undo
              </button>
            )}
          </>
        )}
      </div>
      <ReaderPanes
        title={briefing.title}
        layout={ui.layout}
        onLayoutChanged={onLayoutChanged}
        contentsPanel={contentsPanel}
        notesPanel={notesPanel}
        briefingScroll={briefingScroll}
        articleScroll={articleScroll}
        onTextClick={onTextClick}
        onHidden={onHidden}
        contents={<ContentsRail entries={contents} onGo={go} />}
        briefing={
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
            itemBusy={itemBusy}
            onEditItem={setEditingItem}
            onSaveItem={onSaveItem}
          />
        }
        article={
          <section id="sec-article" aria-label="Article" className="article" tabIndex={0}>
            <h2 id="article-h" tabIndex={-1}>
              Article{article.fileName ? ` — ${article.fileName}` : ''}
            </h2>
            <ArticlePane article={article} marks={articleMarks} legendIndex={legendIndex} />
          </section>
        }
        notes={
          <NotesSidebar
            annotations={notes.annotations}
            texts={texts}
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
        }
      />
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
      {pending?.place && (
        <SelectionToolbar
          legend={legend}
          colour={colour}
          top={pending.place.top}
          left={pending.place.left}
          trimmed={pending.trimmed}
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

/** Opens a collapsible pane (a no-op when it is open). */
function expandPanel(panel: React.RefObject<PanelImperativeHandle | null>): void {
  const handle = panel.current;
  if (handle?.isCollapsed()) handle.expand();
}
