import type { LegendEntry } from '../../../app/core/annotation';

interface Props {
  legend: LegendEntry[];
  colour: string;
  top: number;
  left: number;
  /** The selection ran past one item: only its first item's part is used. */
  trimmed?: boolean;
  onColour: (key: string) => void;
  onHighlight: () => void;
  onNote: () => void;
  onCancel: () => void;
}

/** Shown over a text selection: colour legend, Highlight (H), Note (N), Cancel (Esc). */
export function SelectionToolbar({
  legend,
  colour,
  top,
  left,
  trimmed = false,
  onColour,
  onHighlight,
  onNote,
  onCancel,
}: Props) {
  // mousedown must not take the text selection away before the click lands.
  const keep = (e: React.MouseEvent) => e.preventDefault();
  return (
    // A labelled section is a landmark, so the floating toolbar is not "content outside regions".
    <section aria-label="Selection" className="selection-toolbar" style={{ top, left }}>
      <div
        className="selection-toolbar-buttons"
        role="toolbar"
        aria-label="Annotate selection"
        aria-describedby={trimmed ? 'selection-trimmed' : undefined}
        onMouseDown={keep}
      >
        {legend.map((entry, i) => (
          <button
            key={entry.key}
            type="button"
            className={`swatch-button hl-${i}`}
            aria-pressed={colour === entry.key}
            aria-label={`${entry.label} (${i + 1})`}
            title={`${entry.label} (${i + 1})`}
            onClick={() => onColour(entry.key)}
          >
            {i + 1}
          </button>
        ))}
        <button type="button" onClick={onHighlight}>
          Highlight <kbd>H</kbd>
        </button>
        <button type="button" onClick={onNote}>
          Note <kbd>N</kbd>
        </button>
        <button type="button" onClick={onCancel} aria-label="Cancel (Esc)">
          ✕
        </button>
        {trimmed && (
          <span
            id="selection-trimmed"
            className="selection-trimmed"
            title="A note covers one item or the article: the part of the selection in the first one is used."
          >
            first item only
          </span>
        )}
      </div>
    </section>
  );
}
