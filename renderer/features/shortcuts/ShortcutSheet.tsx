import { useEffect, useRef } from 'react';
import { IS_MAC } from '../../commands';

const mod = IS_MAC ? '⌘' : 'Ctrl';

export const SHORTCUTS: [string, string][] = [
  ['H', 'Highlight the selection'],
  ['N', 'Note on the selection'],
  ['1–5', 'Pick a colour (with a selection)'],
  ['E', 'Edit the focused note'],
  ['Del', 'Delete the focused note'],
  [`${mod}+Z / ${mod}+Shift+Z`, 'Undo / redo a note change'],
  ['J / K', 'Next / previous note'],
  ['[ / ]', 'Previous / next section'],
  ['Alt+←', 'Back to where you were before following a source'],
  [`${mod}+F`, 'Search briefing, article and notes'],
  [`${mod}+E`, 'Export Markdown'],
  [`${mod}+O`, 'Open a briefing'],
  [`${mod}++ / ${mod}+−`, 'Larger / smaller text'],
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
