import type { LegendEntry } from '../../../app/core/annotation';

interface Props {
  legend: LegendEntry[];
  colour: string;
  top: number;
  left: number;
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
  onColour,
  onHighlight,
  onNote,
  onCancel,
}: Props) {
  // mousedown must not take the text selection away before the click lands.
  const keep = (e: React.MouseEvent) => e.preventDefault();
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Annotate selection"
      style={{ top, left }}
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
    </div>
  );
}
