import { describe, expect, it } from 'vitest';
import { placeToolbar, TOOLBAR_SIZE } from './toolbar-placement';

const pane = { top: 100, bottom: 800, left: 300, right: 900 };
const line = (top: number, left = 400) => ({ top, bottom: top + 20, left, right: left + 200 });

describe('placeToolbar', () => {
  it('sits just above a selection with room above it in the pane', () => {
    expect(placeToolbar(line(400), pane, 1400)).toEqual({
      top: 400 - TOOLBAR_SIZE.height - 8,
      left: 400,
    });
  });

  it('goes below a selection on the pane’s first line, never over the app toolbar', () => {
    const at = placeToolbar(line(105), pane, 1400);
    expect(at?.top).toBe(105 + 20 + 8);
    expect(at!.top).toBeGreaterThanOrEqual(pane.top);
  });

  it('is not shown while the selection is scrolled out of its pane', () => {
    expect(placeToolbar(line(20), pane, 1400)).toBeNull();
    expect(placeToolbar(line(820), pane, 1400)).toBeNull();
  });

  it('stays inside the window at its right edge', () => {
    const at = placeToolbar(line(400, 1300), pane, 1400);
    expect(at!.left + TOOLBAR_SIZE.width).toBeLessThanOrEqual(1400);
  });

  it('keeps to the pane for a selection taller than the pane', () => {
    expect(placeToolbar({ top: 50, bottom: 900, left: 400, right: 600 }, pane, 1400)?.top).toBe(
      108,
    );
  });
});
