import { memo, useMemo, useState } from 'react';
import type { Annotation, LegendEntry } from '../../../app/core/annotation';
import { wordsNow } from '../../../app/core/annotations/blocks';
import { LegendEditor } from './LegendEditor';
import { NoteCard } from './NoteCard';
import { NoteEditor, type NoteDraft } from './NoteEditor';
import { plural } from '../../../app/core/plural';
import { statusLabel } from '../../../app/export/labels';
import { allTags, filterNotes, type NoteFilters } from './filters';

interface Props {
  annotations: Annotation[];
  /** The text of every block by id: a moved note shows the words it is on now. */
  texts: ReadonlyMap<string, string>;
  legend: LegendEntry[];
  filters: NoteFilters;
  onFilters: (f: NoteFilters) => void;
  activeId: string | null;
  editingId: string | null;
  hitNoteId: string | null;
  canReattach: boolean;
  onShow: (id: string) => void;
  onEdit: (id: string | null) => void;
  onSaveEdit: (id: string, draft: NoteDraft) => void;
  onDelete: (id: string) => void;
  onReattach: (id: string) => void;
  newNote: React.ReactNode;
  /** With both, the sidebar offers the legend editor; `onLegend` gets the legend main saved. */
  path?: string;
  onLegend?: (legend: LegendEntry[]) => void;
}

const PAGE = 200;

/**
 * The notes list with filters; orphaned notes in their own list with re-attach. Memoised:
 * give it stable callbacks so a selection or save-status change does not re-render it.
 */
export const NotesSidebar = memo(function NotesSidebar(p: Props) {
  const [limit, setLimit] = useState(PAGE);
  const [editingLegend, setEditingLegend] = useState(false);
  const tags = useMemo(() => allTags(p.annotations), [p.annotations]);
  const shown = useMemo(() => filterNotes(p.annotations, p.filters), [p.annotations, p.filters]);
  const anchored = shown.filter((a) => a.status !== 'orphaned');
  const orphans = shown.filter((a) => a.status === 'orphaned');
  const set = (patch: Partial<NoteFilters>) => p.onFilters({ ...p.filters, ...patch });
  const card = (a: Annotation) =>
    p.editingId === a.id ? (
      <li key={a.id}>
        <NoteEditor
          title="Edit note"
          initial={{
            note: a.body.note,
            tags: a.body.tags,
            colour: a.body.colour,
            visibility: a.visibility,
          }}
          legend={p.legend}
          quote={a.target.quote.exact}
          onSave={(draft) => p.onSaveEdit(a.id, draft)}
          onCancel={() => p.onEdit(null)}
        />
      </li>
    ) : (
      <NoteCard
        key={a.id}
        annotation={a}
        wordsNow={wordsNow(p.texts, a)}
        orphanReason={a.status === 'orphaned' ? orphanReason(a, p.texts) : null}
        legend={p.legend}
        active={p.activeId === a.id}
        searchHit={p.hitNoteId === a.id}
        // Only orphans offer re-attach: the others need not re-render as the selection changes.
        canReattach={a.status === 'orphaned' && p.canReattach}
        onShow={p.onShow}
        onEdit={p.onEdit}
        onDelete={p.onDelete}
        onReattach={p.onReattach}
      />
    );
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <div className="notes-head">
        <h2 id="notes-heading" tabIndex={-1}>
          Notes ({p.annotations.length})
        </h2>
        {p.path !== undefined && p.onLegend && (
          <button type="button" onClick={() => setEditingLegend(true)}>
            Legend…
          </button>
        )}
      </div>
      {editingLegend && p.path !== undefined && p.onLegend && (
        <LegendEditor
          path={p.path}
          legend={p.legend}
          onSaved={p.onLegend}
          onClose={() => setEditingLegend(false)}
        />
      )}
      <div className="filters" role="group" aria-label="Filter notes">
        <div>
          <label htmlFor="filter-colour">Colour</label>
          <select
            id="filter-colour"
            value={p.filters.colour}
            onChange={(e) => set({ colour: e.target.value })}
          >
            <option value="">All</option>
            {p.legend.map((l) => (
              <option key={l.key} value={l.key}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-tag">Tag</label>
          <select
            id="filter-tag"
            value={p.filters.tag}
            onChange={(e) => set({ tag: e.target.value })}
          >
            <option value="">All</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
            {/* A saved filter whose tag no note carries any more stays visible, so the list
                never reads "0 of n" under a select that says All. */}
            {p.filters.tag !== '' && !tags.includes(p.filters.tag) && (
              <option value={p.filters.tag}>{p.filters.tag} (no notes)</option>
            )}
          </select>
        </div>
        <div>
          <label htmlFor="filter-visibility">Visibility</label>
          <select
            id="filter-visibility"
            value={p.filters.visibility}
            onChange={(e) => set({ visibility: e.target.value })}
          >
            <option value="">All</option>
            <option value="private">Private</option>
            <option value="shared">Shared</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-text">Text</label>
          <input
            id="filter-text"
            type="search"
            value={p.filters.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </div>
      </div>
      {p.newNote}
      {p.annotations.length === 0 ? (
        <p className="empty-hint">Select text and press H to highlight, N to add a note.</p>
      ) : (
        <p className="muted" aria-live="polite">
          {shown.length === p.annotations.length
            ? plural(shown.length, 'note')
            : `${shown.length} of ${plural(p.annotations.length, 'note')} shown`}
        </p>
      )}
      <ul className="note-list" aria-label="Notes">
        {anchored.slice(0, limit).map(card)}
      </ul>
      {anchored.length > limit && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
          Show {Math.min(PAGE, anchored.length - limit)} more notes
        </button>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading" className="orphans">
          <h3 id="orphans-heading">Orphaned ({orphans.length})</h3>
          <p className="muted">
            These notes could not be placed on their words (each says why). Select new text, then
            re-attach.
          </p>
          <ul className="note-list" aria-label="Orphaned notes">
            {orphans.map(card)}
          </ul>
        </section>
      )}
    </section>
  );
});

/** Why a note is orphaned, as the exports say it: "Its words occur 3 times in the text; …". */
function orphanReason(a: Annotation, texts: ReadonlyMap<string, string>): string {
  const label = statusLabel(a, texts.get(a.target.blockId));
  const reason = /^orphaned \((.*)\)$/.exec(label)?.[1] ?? label;
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}
