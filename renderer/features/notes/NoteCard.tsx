import { Lock } from 'lucide-react';
import { memo, useMemo } from 'react';
import type { Annotation, LegendEntry } from '../../../app/core/annotation';
import { renderNoteMarkdown } from './markdown';

interface Props {
  annotation: Annotation;
  /** The words under the note now, when they are not the ones it was written on. */
  wordsNow: string | null;
  /** For an orphan: why it lost its place (words gone, several places, surroundings changed). */
  orphanReason?: string | null;
  legend: LegendEntry[];
  active: boolean;
  searchHit: boolean;
  canReattach: boolean;
  onShow: (id: string) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onReattach: (id: string) => void;
}

/** One note in the sidebar: meaning as a word, lock glyph when private, quote, Markdown note, tags. */
export const NoteCard = memo(function NoteCard({
  annotation: a,
  wordsNow,
  orphanReason = null,
  legend,
  active,
  searchHit,
  canReattach,
  onShow,
  onEdit,
  onDelete,
  onReattach,
}: Props) {
  const index = Math.max(
    0,
    legend.findIndex((l) => l.key === a.body.colour),
  );
  const label = legend[index]?.label ?? a.body.colour;
  const html = useMemo(
    () => (a.body.note.trim() === '' ? '' : renderNoteMarkdown(a.body.note)),
    [a.body.note],
  );
  const isPrivate = a.visibility === 'private';
  const orphan = a.status === 'orphaned';
  return (
    <li>
      <article
        className={`note-card${isPrivate ? ' private' : ''}${active ? ' active' : ''}${searchHit ? ' search-hit' : ''}`}
        data-note-card={a.id}
        tabIndex={-1}
        aria-label={`${label} note${isPrivate ? ', private' : ', shared'}: ${a.target.quote.exact.slice(0, 80)}`}
      >
        <p className="note-head">
          <span className={`swatch hl-${index}`} aria-hidden="true" />{' '}
          <span className="note-meaning">{label}</span> ·{' '}
          {isPrivate ? (
            <span className="visibility private-label">
              <Lock aria-hidden="true" size={12} className="lock" /> private
            </span>
          ) : (
            <span className="visibility">shared</span>
          )}
          {a.status === 'moved' && <span className="muted"> · moved</span>}
        </p>
        <blockquote className="note-quote">{a.target.quote.exact}</blockquote>
        {wordsNow !== null && (
          <p className="note-now">
            The text changed; the note is now on <q>{wordsNow}</q>
          </p>
        )}
        {orphanReason && <p className="note-now">{orphanReason}</p>}
        {html && <div className="note-body" dangerouslySetInnerHTML={{ __html: html }} />}
        {a.body.tags.length > 0 && (
          <ul className="tags" aria-label="Tags">
            {a.body.tags.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
        <div className="note-actions">
          {orphan ? (
            <button
              type="button"
              onClick={() => onReattach(a.id)}
              disabled={!canReattach}
              title="Select new text first"
            >
              Re-attach to selection
            </button>
          ) : (
            <button type="button" onClick={() => onShow(a.id)}>
              Show in text
            </button>
          )}
          <button type="button" onClick={() => onEdit(a.id)}>
            Edit
          </button>
          <button type="button" onClick={() => onDelete(a.id)}>
            Delete
          </button>
        </div>
      </article>
    </li>
  );
});
