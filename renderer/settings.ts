/** Reading preferences: theme, font size and measure, applied as CSS custom properties. */
import { useCallback, useEffect, useState } from 'react';
import type { GlobalSettings, Theme } from '../app/ipc/contract';
import { api } from './api';

/** The text size range (px) of the keys, the toolbar and Settings. */
export const FONT_MIN = 13;
export const FONT_MAX = 28;

/** As app/ipc/ui-settings.ts's defaults (the renderer may not import them), until main answers. */
export const DEFAULT_GLOBAL: GlobalSettings = {
  theme: 'system',
  fontSize: 18,
  lineWidth: 70,
  exportFormat: 'pdf',
  paper: 'a4',
};

function systemDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** The theme actually shown: the override, else the OS. */
export function useEffectiveTheme(theme: Theme): 'light' | 'dark' {
  const [dark, setDark] = useState(systemDark);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const update = () => setDark(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return theme === 'system' ? (dark ? 'dark' : 'light') : theme;
}

export function useGlobalSettings(): [GlobalSettings, (patch: Partial<GlobalSettings>) => void] {
  const [settings, setSettings] = useState<GlobalSettings>(DEFAULT_GLOBAL);
  useEffect(() => {
    let live = true;
    void api.settings.get({ path: null }).then((r) => {
      if (live && r.ok) setSettings(r.value.global);
    });
    return () => {
      live = false;
    };
  }, []);
  const update = useCallback((patch: Partial<GlobalSettings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    void api.settings.save({ global: patch });
  }, []);
  return [settings, update];
}
