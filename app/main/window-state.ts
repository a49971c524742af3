/**
 * Remembers the window's size, position and maximised state in `<userData>/window-state.json`.
 * A saved position that is no longer on any display (a monitor was unplugged) is dropped, so
 * the window never opens off screen.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

const DEFAULT: WindowState = { width: 1280, height: 860, maximized: false };

function visible(bounds: Rectangle): boolean {
  return screen
    .getAllDisplays()
    .some(
      ({ workArea: a }) =>
        bounds.x < a.x + a.width - 64 &&
        bounds.x + bounds.width > a.x + 64 &&
        bounds.y >= a.y - 8 &&
        bounds.y < a.y + a.height - 64,
    );
}

/** The saved state, or defaults when missing, damaged or off every display. */
export function loadWindowState(file: string): WindowState {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>;
    const width = Number(raw.width);
    const height = Number(raw.height);
    if (!(width >= 400 && height >= 300)) return { ...DEFAULT };
    const state: WindowState = { width, height, maximized: raw.maximized === true };
    if (
      Number.isFinite(raw.x) &&
      Number.isFinite(raw.y) &&
      visible({ x: raw.x!, y: raw.y!, width, height })
    ) {
      state.x = raw.x;
      state.y = raw.y;
    }
    return state;
  } catch {
    return { ...DEFAULT };
  }
}

/** Saves the window's normal bounds when it moves, resizes or closes (debounced). */
export function trackWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | null = null;
  const save = async () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    const temp = `${file}.tmp`;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, JSON.stringify(state));
    await rename(temp, file);
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save().catch(() => undefined), 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    void save().catch(() => undefined);
  });
}
