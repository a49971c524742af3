/**
 * Focus for an element React is about to draw: after an edit the new row or card appears on
 * a later frame (how much later depends on the machine's load), so look again for up to
 * `frames` frames instead of giving up after one.
 */
export function focusWhenDrawn(selector: string, frames = 30): void {
  const element = document.querySelector<HTMLElement>(selector);
  if (element) element.focus();
  else if (frames > 0) requestAnimationFrame(() => focusWhenDrawn(selector, frames - 1));
}
