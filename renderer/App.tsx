import { useCallback, useEffect, useState } from 'react';
import type { OpenBriefing } from '../app/ipc/contract';
import { api } from './api';
import { isPrimary, isTyping, runCommand, useCommand } from './commands';
import { BriefingScreen } from './features/briefing/BriefingScreen';
import { LibraryScreen } from './features/library/LibraryScreen';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { ShortcutSheet } from './features/shortcuts/ShortcutSheet';
import { FONT_MAX, FONT_MIN, useEffectiveTheme, useGlobalSettings } from './settings';

type Screen =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'library' }
  | { kind: 'briefing'; open: OpenBriefing };

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [settings, updateSettings] = useGlobalSettings();
  const theme = useEffectiveTheme(settings.theme);
  const [sheet, setSheet] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.setProperty('--reading-size', `${settings.fontSize}px`);
    root.style.setProperty('--measure', `${settings.lineWidth}ch`);
  }, [theme, settings.fontSize, settings.lineWidth]);

  useEffect(() => {
    let live = true;
    void api.briefing.start().then((result) => {
      if (!live) return;
      if (!result.ok) setScreen({ kind: 'error', message: result.error.message });
      else setScreen(result.value ? { kind: 'briefing', open: result.value } : { kind: 'library' });
    });
    return () => {
      live = false;
    };
  }, []);

  const openPath = useCallback(async (path: string) => {
    const result = await api.briefing.open({ path });
    if (result.ok) setScreen({ kind: 'briefing', open: result.value });
    else setNotice(`Could not open ${path}: ${result.error.message}`);
  }, []);

  // Native menu commands and files the OS asks us to open.
  useEffect(
    () =>
      api.app.onChanged((event) => {
        if (event.type === 'open') void openPath(event.path);
        else runCommand(event.command);
      }),
    [openPath],
  );

  const chooseBriefing = useCallback(async () => {
    const result = await api.briefing.choose();
    if (!result.ok) setNotice(result.error.message);
    else if (result.value) setScreen({ kind: 'briefing', open: result.value });
  }, []);

  // New from an article file (the library screen registers its own, with progress, while shown).
  const chooseImport = useCallback(async () => {
    const result = await api.library.chooseImport();
    if (!result.ok) setNotice(result.error.message);
    else if (result.value) setScreen({ kind: 'briefing', open: result.value });
  }, []);

  useCommand('open', () => void chooseBriefing());
  useCommand('import', () => void chooseImport());
  useCommand('library', () => setScreen({ kind: 'library' }));
  useCommand('shortcuts', () => setSheet(true));
  useCommand('settings', () => setSettingsOpen(true));
  useCommand('zoom-in', () =>
    updateSettings({ fontSize: Math.min(FONT_MAX, settings.fontSize + 1) }),
  );
  useCommand('zoom-out', () =>
    updateSettings({ fontSize: Math.max(FONT_MIN, settings.fontSize - 1) }),
  );
  useCommand('zoom-reset', () => updateSettings({ fontSize: 18 }));
  useCommand('theme-system', () => updateSettings({ theme: 'system' }));
  useCommand('theme-light', () => updateSettings({ theme: 'light' }));
  useCommand('theme-dark', () => updateSettings({ theme: 'dark' }));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isPrimary(event) && !event.altKey) {
        const map: Record<string, Parameters<typeof runCommand>[0]> = {
          '=': 'zoom-in',
          '+': 'zoom-in',
          '-': 'zoom-out',
          '0': 'zoom-reset',
          o: 'open',
          n: 'import',
          l: 'library',
          '1': 'toggle-contents',
          '2': 'toggle-notes',
          ',': 'settings',
        };
        const command = map[event.key];
        if (command) {
          event.preventDefault();
          runCommand(command);
        }
        return;
      }
      if (event.key === '?' && !isTyping(event.target)) {
        event.preventDefault();
        setSheet(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  let body;
  switch (screen.kind) {
    case 'loading':
      body = (
        <main className="status-screen">
          <h1 className="visually-hidden">Briefing Desk</h1>
          <p role="status">Opening the briefing…</p>
        </main>
      );
      break;
    case 'error':
      body = (
        <main className="status-screen">
          <h1>Briefing Desk</h1>
          <p role="alert">{screen.message}</p>
          <button type="button" onClick={() => setScreen({ kind: 'library' })}>
            Go to the library
          </button>
        </main>
      );
      break;
    case 'library':
      body = (
        <LibraryScreen
          onOpen={(open) => setScreen({ kind: 'briefing', open })}
          onChoose={() => void chooseBriefing()}
        />
      );
      break;
    case 'briefing':
      body = (
        <BriefingScreen
          key={screen.open.path}
          open={screen.open}
          theme={theme}
          settings={settings}
          onSettings={updateSettings}
          onLibrary={() => setScreen({ kind: 'library' })}
          onShortcuts={() => setSheet(true)}
          onSettingsDialog={() => setSettingsOpen(true)}
        />
      );
      break;
  }
  return (
    <>
      {body}
      {notice && (
        <div className="app-notice" role="alert">
          {notice}{' '}
          <button type="button" onClick={() => setNotice('')}>
            Dismiss
          </button>
        </div>
      )}
      {sheet && <ShortcutSheet onClose={() => setSheet(false)} />}
      {settingsOpen && (
        <SettingsDialog
          settings={settings}
          onSettings={updateSettings}
          onClose={() => setSettingsOpen(false)}
        />
      )}
    </>
  );
}
