import { useEffect, useRef, useState } from 'react';
import type { LegendEntry } from '../../../app/core/annotation';
import { api } from '../../api';
import { legendProblem, LABEL_MAX } from './legend';
import './legend-editor.css';

interface Props {
  path: string;
  legend: LegendEntry[];
  /** The legend as main saved it. */
  onSaved: (legend: LegendEntry[]) => void;
  onClose: () => void;
}

/**
 * The briefing's colour legend as data: rename each meaning and pick its highlight colour for
 * the light and the dark theme. Keys (what notes refer to) never change. A modal dialog.
 */
export function LegendEditor({ path, legend, onSaved, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<LegendEntry[]>(() => legend.map((l) => ({ ...l })));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const set = (i: number, patch: Partial<LegendEntry>) =>
    setDraft((d) => d.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  const save = async () => {
    const problem = legendProblem(draft);
    if (problem) return setError(problem);
    setSaving(true);
    const result = await api.briefing.setLegend({
      path,
      legend: draft.map((l) => ({ ...l, label: l.label.trim() })),
    });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    onSaved(result.value);
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="sheet legend-editor"
      aria-labelledby="legend-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!saving) onClose();
      }}
      // The reader's single-key shortcuts must not act behind the dialog.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id="legend-title">Colour legend</h2>
      <p className="muted">
        What each highlight colour means in this briefing. Notes keep their meaning; exports print
        this legend.
      </p>
      <form
        aria-label="Colour legend"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">Meaning</th>
              <th scope="col">Light theme</th>
              <th scope="col">Dark theme</th>
            </tr>
          </thead>
          <tbody>
            {draft.map((entry, i) => (
              <tr key={entry.key}>
                <td>
                  <input
                    aria-label={`Label for colour ${i + 1}`}
                    value={entry.label}
                    maxLength={LABEL_MAX}
                    required
                    onChange={(e) => set(i, { label: e.target.value })}
                  />
                </td>
                <td>
                  <span className="legend-colour">
                    <input
                      type="color"
                      aria-label={`Light theme colour for ${entry.label || `colour ${i + 1}`}`}
                      value={entry.light.toLowerCase()}
                      onChange={(e) => set(i, { light: e.target.value.toUpperCase() })}
                    />
                    <span className="legend-sample light" style={{ background: entry.light }}>
                      {entry.light.toUpperCase()}
                    </span>
                  </span>
                </td>
                <td>
                  <span className="legend-colour">
                    <input
                      type="color"
                      aria-label={`Dark theme colour for ${entry.label || `colour ${i + 1}`}`}
                      value={entry.dark.toLowerCase()}
                      onChange={(e) => set(i, { dark: e.target.value.toUpperCase() })}
                    />
                    <span className="legend-sample dark" style={{ background: entry.dark }}>
                      {entry.dark.toUpperCase()}
                    </span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="legend-actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save legend'}
          </button>
          <button type="button" onClick={onClose} disabled={saving}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
