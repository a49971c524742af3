import { memo, type ReactNode } from 'react';
import type { LegendEntry } from '../../../app/core/annotation';
import type { Actor, Briefing, Item, Rewrite, Span } from '../../../app/core/briefing';
import type { SourceGrade } from '../../../app/core/briefing-file';
import { verificationOf, type Verification } from '../../../app/core/verification';
import { formatDate } from '../../format';
import { TextRuns } from '../annotations/TextRuns';
import { sameMarks, type Mark } from '../annotations/segments';
import { ItemEditor } from './ItemEditor';
import { SourcePanel } from './SourcePanel';
import './edits.css';

interface Props {
  briefing: Briefing;
  handling: string;
  grade: SourceGrade | null;
  onGrade: (grade: SourceGrade | null) => void;
  marks: Map<string, Mark[]>;
  legendIndex: ReadonlyMap<string, number>;
  /** Follow a generated item to its source sentences; `from` is the button to return to. */
  onSources: (spans: Span[], fromId: string) => void;
  legend: LegendEntry[];
  /** The item being rewritten, if any. */
  editingItemId: string | null;
  /** An item edit is on its way to main. */
  itemBusy: boolean;
  onEditItem: (id: string | null) => void;
  onSaveItem: (id: string, text: string) => void;
}

const EMPTY: Mark[] = [];

/** Generated text the analyst can annotate: the element carries the item id as its block id. */
const ItemText = memo(
  function ItemText({
    id,
    text,
    marks,
    legendIndex,
  }: {
    id: string;
    text: string;
    marks: Mark[];
    legendIndex: ReadonlyMap<string, number>;
  }) {
    return (
      <span className="item-text" data-block-id={id}>
        <TextRuns text={text} start={0} end={text.length} marks={marks} legendIndex={legendIndex} />
      </span>
    );
  },
  (a, b) =>
    a.id === b.id &&
    a.text === b.text &&
    a.legendIndex === b.legendIndex &&
    sameMarks(a.marks, b.marks),
);

export const BriefingBody = memo(function BriefingBody({
  briefing,
  handling,
  grade,
  onGrade,
  marks,
  legendIndex,
  onSources,
  editingItemId,
  itemBusy,
  onEditItem,
  onSaveItem,
}: Props) {
  let footnote = 0;
  const sourceButton = (id: string, label: string, spans: Span[]): ReactNode => {
    if (spans.length === 0) return null;
    footnote++;
    return (
      <button
        type="button"
        id={`src-${id}`}
        className="source-link"
        aria-label={`${label} — show source in article`}
        onClick={() => onSources(spans, `src-${id}`)}
      >
        <sup>{footnote}</sup>
      </button>
    );
  };
  /** A generated item's text with its edited marker, source link and Edit button, or its editor. */
  const editable = (it: {
    id: string;
    text: string;
    sources: Span[];
    rewrite?: Rewrite;
  }): ReactNode => {
    if (it.id === editingItemId)
      return (
        <ItemEditor
          id={it.id}
          text={it.text}
          generated={it.rewrite?.generated ?? null}
          busy={itemBusy}
          onSave={onSaveItem}
          onCancel={() => {
            onEditItem(null);
            requestAnimationFrame(() => document.getElementById(`edit-${it.id}`)?.focus());
          }}
        />
      );
    return (
      <>
        <ItemText
          id={it.id}
          text={it.text}
          marks={marks.get(it.id) ?? EMPTY}
          legendIndex={legendIndex}
        />
        {it.rewrite && (
          <span
            className="edited-marker"
            title={`Your wording. The generator wrote: “${it.rewrite.generated}”`}
          >
            edited
          </span>
        )}{' '}
        {sourceButton(it.id, it.text.slice(0, 60), it.sources)}
        <button
          type="button"
          id={`edit-${it.id}`}
          className="small item-edit"
          onClick={() => onEditItem(it.id)}
          disabled={editingItemId !== null}
        >
          Edit<span className="visually-hidden"> item: {it.text.slice(0, 60)}</span>
        </button>
      </>
    );
  };
  const item = (it: Item) => <li key={it.id}>{editable(it)}</li>;
  const actor = (a: Actor) => (
    <li key={a.id} className="actor-card">
      <h3>{a.name}</h3>
      <p className="actor-kind">
        {a.kind}
        {a.role ? ` · ${a.role}` : ''}
      </p>
      <button
        type="button"
        id={`src-${a.id}`}
        className="small"
        onClick={() => onSources(a.mentions, `src-${a.id}`)}
        disabled={a.mentions.length === 0}
      >
        {a.mentions.length} {a.mentions.length === 1 ? 'mention' : 'mentions'}
        <span className="visually-hidden"> of {a.name} — show source in article</span>
      </button>
    </li>
  );

  return (
    <article aria-labelledby="briefing-title" className="briefing-body reading">
      <p className="handling-banner">{handling}</p>
      <h1 id="briefing-title" tabIndex={-1}>
        {briefing.title}
      </h1>
      <p className="meta">
        {[
          briefing.dateline && formatDate(briefing.dateline),
          briefing.source.publisher,
          META_VERIFICATION[verificationOf(briefing.source)],
        ]
          .filter(Boolean)
          .join(' · ')}
        {grade && ` · source ${grade}`}
      </p>
      <section id="sec-bluf" aria-labelledby="bluf-heading" className="bluf">
        <h2 id="bluf-heading" tabIndex={-1}>
          Bottom line
        </h2>
        <ul>{briefing.bluf.map(item)}</ul>
      </section>
      {briefing.sections.map((section) => (
        <section key={section.id} id={`sec-${section.id}`} aria-labelledby={`${section.id}-h`}>
          <h2 id={`${section.id}-h`} tabIndex={-1}>
            {section.heading}
          </h2>
          <ul className="claims">{section.items.map(item)}</ul>
        </section>
      ))}
      {briefing.actors.length > 0 && (
        <section id="sec-actors" aria-labelledby="actors-h">
          <h2 id="actors-h" tabIndex={-1}>
            Actors
          </h2>
          <ul className="actors">{briefing.actors.map(actor)}</ul>
        </section>
      )}
      {briefing.timeline.length > 0 && (
        <section id="sec-timeline" aria-labelledby="timeline-h">
          <h2 id="timeline-h" tabIndex={-1}>
            Timeline
          </h2>
          <ol className="timeline">
            {briefing.timeline.map((e) => (
              <li key={e.id}>
                <span className="timeline-date">{formatDate(e.date)}</span> {editable(e)}
              </li>
            ))}
          </ol>
        </section>
      )}
      {briefing.keyFigures.length > 0 && (
        <section id="sec-figures" aria-labelledby="figures-h">
          <h2 id="figures-h" tabIndex={-1}>
            Key figures
          </h2>
          <ul className="figures">
            {briefing.keyFigures.map((f) => (
              <li key={f.id}>
                <strong className="figure-value">{f.value}</strong> {editable(f)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourcePanel source={briefing.source} grade={grade} onGrade={onGrade} onSources={onSources} />
    </article>
  );
});

/** The verification word in the title's meta line; silence says nothing. */
const META_VERIFICATION: Record<Verification, string | null> = {
  verified: 'verified',
  'not-verified': 'not verified',
  'not-stated': null,
};
