/**
 * Selecting text from the keyboard, for analysts who do not reach for the mouse and for anyone
 * who cannot use one. In a reading pane (the briefing or the article):
 *
 *   Alt+↓ / Alt+↑      select the next / previous sentence (the first one on screen to begin)
 *   Shift+↓ / Shift+↑  grow / shrink the selection by a sentence
 *   Shift+→ / Shift+←  grow / shrink the selection by a word
 *
 * The result is an ordinary DOM selection, so the selection toolbar, H, N and 1–5 work on it
 * as on a mouse selection.
 */
import { useEffect } from 'react';
import { isTyping, modalOpen } from '../../commands';
import { moveSelection, type SelectionMove } from './keyboard-selection';
import { blockText, offsetsToRange, pointToOffset, rangeToSelection } from './selection';

const KEYS: Record<string, { alt?: SelectionMove; shift?: SelectionMove }> = {
  ArrowDown: { alt: 'next-sentence', shift: 'sentence-forward' },
  ArrowUp: { alt: 'previous-sentence', shift: 'sentence-back' },
  ArrowRight: { shift: 'word-forward' },
  ArrowLeft: { shift: 'word-back' },
};

/** The move a key press asks for, if any. */
export function keyboardSelectionMove(e: KeyboardEvent): SelectionMove | null {
  if (e.ctrlKey || e.metaKey || e.altKey === e.shiftKey) return null;
  const entry = KEYS[e.key];
  return (e.altKey ? entry?.alt : entry?.shift) ?? null;
}

/** Installs the keys (they wait while a modal dialog is open). */
export function useKeyboardSelection(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || modalOpen()) return;
      const move = keyboardSelectionMove(e);
      if (move && selectByKeyboard(move)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function blocksOf(pane: Element): Element[] {
  return [...pane.querySelectorAll('[data-block-id]')];
}

/** The first block on screen in `pane`, and the offset at the top of what is visible of it. */
function firstOnScreen(pane: Element): { block: Element; at: number } | null {
  const top = pane.getBoundingClientRect().top;
  for (const block of blocksOf(pane)) {
    const rect = block.getBoundingClientRect();
    if (rect.bottom <= top + 4 || rect.height === 0) continue;
    if (rect.top >= top) return { block, at: 0 };
    // A long block (the article) that starts above the fold: begin at its first visible line.
    const caret = document.caretRangeFromPoint(rect.left + 4, top + 8);
    const at =
      caret && block.contains(caret.startContainer)
        ? pointToOffset(block, caret.startContainer, caret.startOffset)
        : 0;
    return { block, at };
  }
  return null;
}

/** Applies `move`; true when the key was ours (even if the selection could not go further). */
export function selectByKeyboard(move: SelectionMove): boolean {
  const sel = window.getSelection();
  if (!sel) return false;
  const range = sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  const current = range ? rangeToSelection(range) : null;
  let block = current
    ? document.querySelector(`[data-block-id="${CSS.escape(current.blockId)}"]`)
    : null;
  const pane = (block ?? document.activeElement)?.closest('.pane');
  if (!pane) return false;
  let at = 0;
  if (!block) {
    const first = firstOnScreen(pane);
    if (!first) return true;
    ({ block, at } = first);
  }
  let next = moveSelection(blockText(block), current, move, at);
  if (!next && (current === null || move === 'next-sentence' || move === 'previous-sentence')) {
    // Past the end of this block: the next (or previous) block in the same pane.
    const blocks = blocksOf(pane);
    const step = move === 'previous-sentence' ? -1 : 1;
    for (let i = blocks.indexOf(block) + step; i >= 0 && i < blocks.length; i += step) {
      const text = blockText(blocks[i]);
      next = moveSelection(text, null, move, step < 0 ? text.length : 0);
      if (next) {
        block = blocks[i];
        break;
      }
    }
  }
  if (!next) return true;
  const target = offsetsToRange(block, next.start, next.end);
  if (!target) return true;
  reveal(pane, target);
  sel.removeAllRanges();
  sel.addRange(target);
  return true;
}

/** Scrolls the pane so that the range is on screen (before the toolbar is placed over it). */
function reveal(pane: Element, range: Range): void {
  const view = pane.getBoundingClientRect();
  const rect = range.getBoundingClientRect();
  if (rect.top < view.top + 48 || rect.bottom > view.bottom - 16)
    pane.scrollTop += rect.top - view.top - view.height / 3;
}
