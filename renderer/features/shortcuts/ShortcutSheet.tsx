import { useEffect, useRef } from 'react';
import { IS_MAC } from '../../commands';

const mod = IS_MAC ? '⌘' : 'Ctrl';

/**
 * The keyboard map as bound: the reader's keys (BriefingScreen), the app's (App: open, library,
 * import, panes, text size, this sheet) and the editors' (NoteEditor, ItemEditor). Keep in step
 * with those handlers and DESIGN.md.
 */
export const SHORTCUTS: [string, string][] = [
  ['Alt+↓ / Alt+↑', 'Select the next / previous sentence (in the briefing or the article)'],
  ['Shift+↓ / Shift+↑', 'Grow / shrink the selection by a sentence'],
  ['Shift+→ / Shift+←', 'Grow / shrink the selection by a word'],
  ['H', 'Highlight the selection'],
  ['N', 'Note on the selection'],
  ['1–5', 'Pick a colour for the selection, or recolour the focused note'],
  ['E', 'Edit the focused note'],
  ['Del', 'Delete the focused note'],
  [`${mod}+Z / ${mod}+Shift+Z`, 'Undo / redo a note change'],
  ['J / K', 'Next / previous note'],
  ['[ / ]', 'Previous / next section'],
  ['Alt+←', 'Back to where you were before following a source'],
  ['F6 / Shift+F6', 'Next / previous pane (contents, briefing, article, notes)'],
  [`${mod}+F`, 'Search briefing, article and notes (Enter / Shift+Enter: next / previous)'],
  [`${mod}+E`, 'Export… (Markdown, PDF or HTML)'],
  [`${mod}+O`, 'Open a briefing'],
  [`${mod}+N`, 'New briefing from an article file'],
  [`${mod}+L`, 'Library'],
  [`${mod}+,`, 'Settings (theme, text, export defaults)'],
  [`${mod}+1 / ${mod}+2`, 'Show or hide the contents / notes pane'],
  [`${mod}++ / ${mod}+−`, 'Larger / smaller text'],
  [`${mod}+0`, 'Reset the text size'],
  [`${mod}+Enter`, 'Save the note or item being edited'],
  ['?', 'This sheet'],
  ['Esc', 'Close or cancel'],
];

/** The keyboard map, as a modal dialog. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="sheet"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => ref.current?.close()} autoFocus>
        Close
      </button>
    </dialog>
  );
}
