/**
 * Native menus (File, Edit, View, Help). Each item sends a command to the renderer as an
 * `app:changed` event, so the menu, the keyboard and the buttons run the same code there.
 */
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { APP_CHANGED, type AppEvent, type MenuCommand } from '../ipc/contract';

/** Sends `event` to the window's renderer, if it is still there. */
export function sendAppEvent(window: BrowserWindow | null, event: AppEvent): void {
  if (window && !window.isDestroyed()) window.webContents.send(APP_CHANGED, event);
}

export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const isMac = process.platform === 'darwin';
  const run = (command: MenuCommand) => () =>
    sendAppEvent(getWindow(), { type: 'command', command });
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    click: run(command),
    ...(accelerator ? { accelerator } : {}),
  });
  const template: MenuItemConstructorOptions[] = [
    // macOS keeps Settings… in the application menu; elsewhere it is under Edit.
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { role: 'about' as const },
              { type: 'separator' as const },
              item('Settings…', 'settings', 'Cmd+,'),
              { type: 'separator' as const },
              { role: 'services' as const },
              { type: 'separator' as const },
              { role: 'hide' as const },
              { role: 'hideOthers' as const },
              { role: 'unhide' as const },
              { type: 'separator' as const },
              { role: 'quit' as const },
            ],
          },
        ]
      : []),
    {
      label: 'File',
      submenu: [
        item('Open Briefing…', 'open', 'CmdOrCtrl+O'),
        item('New from Article…', 'import', 'CmdOrCtrl+N'),
        item('Library', 'library', 'CmdOrCtrl+L'),
        { type: 'separator' },
        item('Export…', 'export', 'CmdOrCtrl+E'),
        item('Update Article…', 'update-article'),
        { type: 'separator' },
        { role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Note undo lives in main's annotation history; text fields keep their own undo.
        item('Undo Note Change', 'undo', 'CmdOrCtrl+Z'),
        item('Redo Note Change', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find…', 'find', 'CmdOrCtrl+F'),
        ...(isMac ? [] : [{ type: 'separator' as const }, item('Settings…', 'settings', 'Ctrl+,')]),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('Contents Pane', 'toggle-contents', 'CmdOrCtrl+1'),
        item('Notes Pane', 'toggle-notes', 'CmdOrCtrl+2'),
        { type: 'separator' },
        item('Larger Text', 'zoom-in', 'CmdOrCtrl+='),
        item('Smaller Text', 'zoom-out', 'CmdOrCtrl+-'),
        item('Actual Size', 'zoom-reset', 'CmdOrCtrl+0'),
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: [
            item('Follow System', 'theme-system'),
            item('Light', 'theme-light'),
            item('Dark', 'theme-dark'),
          ],
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        item('Keyboard Shortcuts', 'shortcuts', 'Shift+/'),
        // No website entry: the app works offline and has no public site to send anyone to.
        // macOS has About in the application menu.
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
