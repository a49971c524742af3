/**
 * A tiny command bus: the native menu (via api.app.onChanged), keyboard shortcuts and buttons
 * all run the same named commands; screens register handlers while mounted.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../app/ipc/contract';

type Handler = () => void;
const handlers = new Map<MenuCommand, Set<Handler>>();

/** Runs the most recently registered handler for `command`; false when none is mounted. */
export function runCommand(command: MenuCommand): boolean {
  const set = handlers.get(command);
  const last = set ? [...set].at(-1) : undefined;
  last?.();
  return last !== undefined;
}

/** Registers `handler` for `command` while the component is mounted. */
export function useCommand(command: MenuCommand, handler: Handler): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const run = () => ref.current();
    const set = handlers.get(command) ?? new Set();
    handlers.set(command, set);
    set.add(run);
    return () => void set.delete(run);
  }, [command]);
}

/** True when typing is going on (shortcut letters must then type, not act). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True while a modal dialog is open: the page's own keys then wait for it to close. */
export function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Ctrl, or Cmd on macOS. */
export function isPrimary(event: KeyboardEvent | React.KeyboardEvent): boolean {
  return IS_MAC ? event.metaKey : event.ctrlKey;
}

/**
 * The keys of every inline editor (notes, generated items): Esc cancels without reaching the
 * reader's own Esc handling, Ctrl/⌘+Enter saves.
 */
export function handleEditorKeys(
  event: React.KeyboardEvent,
  actions: { cancel: () => void; save: () => void },
): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    actions.cancel();
  } else if (event.key === 'Enter' && isPrimary(event)) {
    event.preventDefault();
    actions.save();
  }
}
