import { useEffect, useRef } from 'react';
import type { ExportFormat, GlobalSettings, Theme } from '../../../app/ipc/contract';
import { DEFAULT_GLOBAL, FONT_MAX, FONT_MIN } from '../../settings';
import './settings.css';

interface Props {
  settings: GlobalSettings;
  onSettings: (patch: Partial<GlobalSettings>) => void;
  onClose: () => void;
}

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
const WIDTHS = [
  { value: 60, label: 'Narrow (60 characters)' },
  { value: 70, label: 'Medium (70 characters)' },
  { value: 90, label: 'Wide (90 characters)' },
];
const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'pdf', label: 'PDF' },
  { value: 'md', label: 'Markdown' },
  { value: 'html', label: 'HTML' },
];

/**
 * Settings (Ctrl/⌘+,): reading comfort and what the export dialog starts with. Changes apply
 * at once and are kept for the next start; there is nothing to confirm. Notes in an export
 * always start at "None": that a clean export is the default is not a preference.
 */
export function SettingsDialog({ settings, onSettings, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const widths = WIDTHS.some((w) => w.value === settings.lineWidth)
    ? WIDTHS
    : [...WIDTHS, { value: settings.lineWidth, label: `${settings.lineWidth} characters` }];
  return (
    <dialog
      ref={ref}
      className="sheet settings"
      aria-labelledby="settings-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="settings-title">Settings</h2>
      <fieldset>
        <legend>Reading</legend>
        <label>
          Theme
          <select
            value={settings.theme}
            onChange={(e) => onSettings({ theme: e.target.value as Theme })}
            autoFocus
          >
            {THEMES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Text size (px)
          <input
            type="number"
            min={FONT_MIN}
            max={FONT_MAX}
            step={1}
            value={settings.fontSize}
            onChange={(e) => {
              const size = Math.round(Number(e.target.value));
              if (size >= FONT_MIN && size <= FONT_MAX) onSettings({ fontSize: size });
            }}
          />
        </label>
        <label>
          Line width
          <select
            value={settings.lineWidth}
            onChange={(e) => onSettings({ lineWidth: Number(e.target.value) })}
          >
            {widths.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Export dialog starts with</legend>
        <label>
          Format
          <select
            value={settings.exportFormat}
            onChange={(e) => onSettings({ exportFormat: e.target.value as ExportFormat })}
          >
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Paper
          <select
            value={settings.paper}
            onChange={(e) => onSettings({ paper: e.target.value as GlobalSettings['paper'] })}
          >
            <option value="a4">A4</option>
            <option value="letter">Letter</option>
          </select>
        </label>
        <p className="hint">Notes always start at None: choose them for each export.</p>
      </fieldset>
      <div className="settings-actions">
        <button type="button" onClick={() => onSettings(DEFAULT_GLOBAL)}>
          Restore defaults
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
