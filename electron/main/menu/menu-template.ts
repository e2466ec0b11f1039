import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_ACCELERATORS, type MenuCommand } from '../../../src/ipc/events';
import type { Theme } from '../../../src/settings/settings';

/** What the menu can do; Electron-free so the template is testable and the harness can use it. */
export interface MenuActions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly theme: Theme;
  readonly devTools: boolean;
  /** Asks the window to run a command it owns (it holds the open connector and the settings). */
  sendCommand(command: MenuCommand): void;
  openDataFolder(): void;
  showAbout(): void;
}

/** Menu item ids equal the command they send, so tests can find an item by its command. */
function command(actions: MenuActions, label: string, id: MenuCommand): MenuItemConstructorOptions {
  const accelerator = COMMAND_ACCELERATORS[id];
  return {
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.sendCommand(id),
  };
}

function themeItem(actions: MenuActions, label: string, theme: Theme): MenuItemConstructorOptions {
  return {
    id: `theme-${theme}`,
    label,
    type: 'radio',
    checked: actions.theme === theme,
    click: () => actions.sendCommand(`theme-${theme}`),
  };
}

/**
 * The application menu. Accelerators use CmdOrCtrl, which Electron shows as ⌘ on macOS and Ctrl
 * elsewhere. Editing items use Electron's roles so text fields get native undo, clipboard and
 * selection.
 */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = actions.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: `About ${actions.appName}`,
    click: () => actions.showAbout(),
  };
  const settings = command(actions, mac ? 'Settings…' : 'Settings', 'show-settings');
  const appMenu: MenuItemConstructorOptions = {
    label: actions.appName,
    submenu: [
      about,
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      command(actions, 'New Connector', 'new-connector'),
      command(actions, 'Import…', 'import'),
      command(actions, 'Export…', 'export'),
      { type: 'separator' },
      command(actions, 'Duplicate', 'duplicate'),
      command(actions, 'Move to Bin', 'move-to-bin'),
      command(actions, 'Show Bin', 'show-bin'),
      ...(mac ? [] : [{ type: 'separator' } as const, settings]),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Exit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      {
        label: 'Theme',
        submenu: [
          themeItem(actions, 'Match System', 'system'),
          themeItem(actions, 'Light', 'light'),
          themeItem(actions, 'Dark', 'dark'),
        ],
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(actions.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [
      ...(mac ? [] : [about, { type: 'separator' } as const]),
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
    ],
  };
  return [
    ...(mac ? [appMenu] : []),
    file,
    edit,
    view,
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}

/** Depth-first search by id, for tests and for the harness's `studio.menu(command)`. */
export function findMenuItem(
  items: readonly MenuItemConstructorOptions[],
  id: string,
): MenuItemConstructorOptions | null {
  for (const item of items) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      const found = findMenuItem(item.submenu, id);
      if (found) return found;
    }
  }
  return null;
}
