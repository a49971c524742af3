import type { GlobalSettings, Theme } from '../../../app/ipc/contract';
import { IS_MAC } from '../../commands';
import { FONT_MAX, FONT_MIN } from '../../settings';

interface Props {
  title: string;
  handling: string;
  settings: GlobalSettings;
  onSettings: (patch: Partial<GlobalSettings>) => void;
  onLibrary: () => void;
  onShortcuts: () => void;
  onFind: () => void;
  /** Opens Settings (reading comfort, export defaults). */
  onSettingsDialog: () => void;
  /** Opens the export dialog (format, notes, handling, paper, preview). */
  onExportDialog: () => void;
  /** Opens the dialog that takes a new version of the article. */
  onUpdateArticle: () => void;
  saveText: string;
  saveError: boolean;
  onToggleContents: () => void;
  onToggleNotes: () => void;
  /** Whether each side pane is collapsed (the toggles say so with aria-expanded). */
  contentsHidden: boolean;
  notesHidden: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

const mod = IS_MAC ? '⌘' : 'Ctrl+';

/** Title, handling badge, search, export, undo, panes, reading comfort, save state. */
export function BriefingToolbar(p: Props) {
  return (
    <header className="toolbar">
      <button type="button" onClick={p.onLibrary}>
        Library
      </button>
      <span className="toolbar-title" title={p.title}>
        {p.title}
      </span>
      <span className="badge" aria-label={`Handling ${p.handling}`}>
        {p.handling}
      </span>
      <div className="toolbar-group" role="group" aria-label="Notes history">
        <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title={`${mod}Z`}>
          Undo
        </button>
        <button type="button" onClick={p.onRedo} disabled={!p.canRedo} title={`${mod}Shift+Z`}>
          Redo
        </button>
      </div>
      <button type="button" onClick={p.onFind} title={`${mod}F`}>
        Search
      </button>
      <button
        type="button"
        id="update-article-button"
        onClick={p.onUpdateArticle}
        aria-haspopup="dialog"
        title="Generate the briefing again from a new version of the article"
      >
        Update article…
      </button>
      <div className="toolbar-group" role="group" aria-label="Export">
        <button
          type="button"
          onClick={p.onExportDialog}
          title={`Export as PDF, Markdown or HTML (${mod}E)`}
          aria-keyshortcuts={IS_MAC ? 'Meta+E' : 'Control+E'}
          aria-haspopup="dialog"
        >
          Export…
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="View">
        <button
          type="button"
          onClick={p.onToggleContents}
          aria-expanded={!p.contentsHidden}
          aria-controls="pane-contents"
          title={`Show or hide the contents pane (${mod}1)`}
        >
          Contents
        </button>
        <button
          type="button"
          onClick={p.onToggleNotes}
          aria-expanded={!p.notesHidden}
          aria-controls="pane-notes"
          title={`Show or hide the notes pane (${mod}2)`}
        >
          Notes
        </button>
        <label>
          Theme{' '}
          <select
            value={p.settings.theme}
            onChange={(e) => p.onSettings({ theme: e.target.value as Theme })}
          >
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <button
          type="button"
          aria-label="Smaller text"
          title={`${mod}−`}
          onClick={() => p.onSettings({ fontSize: Math.max(FONT_MIN, p.settings.fontSize - 1) })}
        >
          A−
        </button>
        <button
          type="button"
          aria-label="Larger text"
          title={`${mod}+`}
          onClick={() => p.onSettings({ fontSize: Math.min(FONT_MAX, p.settings.fontSize + 1) })}
        >
          A+
        </button>
        <label>
          Line width{' '}
          <select
            value={p.settings.lineWidth}
            onChange={(e) => p.onSettings({ lineWidth: Number(e.target.value) })}
          >
            <option value={60}>Narrow</option>
            <option value={70}>Medium</option>
            <option value={90}>Wide</option>
          </select>
        </label>
        <button type="button" onClick={p.onSettingsDialog} title={`${mod},`} aria-haspopup="dialog">
          Settings…
        </button>
        <button type="button" onClick={p.onShortcuts} aria-label="Keyboard shortcuts (?)">
          ?
        </button>
      </div>
      <span role="status" className={`save-status${p.saveError ? ' error' : ''}`}>
        {p.saveText}
      </span>
    </header>
  );
}
