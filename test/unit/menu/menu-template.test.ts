import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, findMenuItem } from '../../../electron/main/menu/menu-template';
import { MENU_COMMANDS, type MenuCommand } from '../../../src/ipc/events';

function template(platform: NodeJS.Platform, sent: MenuCommand[] = []) {
  return buildMenuTemplate({
    platform,
    appName: 'Connector Studio',
    theme: 'dark',
    devTools: false,
    sendCommand: (command) => sent.push(command),
    openDataFolder: () => undefined,
    showAbout: () => undefined,
  });
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) => item.label ?? item.role ?? '');
}

function click(item: MenuItemConstructorOptions | null): void {
  if (!item?.click) throw new Error('no clickable item');
  (item.click as () => void)();
}

describe('application menu', () => {
  it('has the app menu first on macOS only', () => {
    expect(labels(template('darwin'))).toEqual([
      'Connector Studio',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    expect(labels(template('win32'))).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(template('linux'))).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('sends every window command from its item, with CmdOrCtrl accelerators', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const sent: MenuCommand[] = [];
      const items = template(platform, sent);
      for (const command of MENU_COMMANDS) click(findMenuItem(items, command));
      expect(sent).toEqual([...MENU_COMMANDS]);
      expect(findMenuItem(items, 'new-connector')?.accelerator).toBe('CmdOrCtrl+N');
      expect(findMenuItem(items, 'duplicate')?.accelerator).toBe('CmdOrCtrl+D');
    }
  });

  it('uses native roles for editing, zoom and quitting', () => {
    const edit = template('linux')[1]?.submenu as MenuItemConstructorOptions[];
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    const view = template('linux')[2]?.submenu as MenuItemConstructorOptions[];
    expect(view.map((item) => item.role)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']),
    );
    expect(view.map((item) => item.role)).not.toContain('toggleDevTools');
  });

  it('checks the current theme', () => {
    const items = template('win32');
    expect(findMenuItem(items, 'theme-dark')?.checked).toBe(true);
    expect(findMenuItem(items, 'theme-light')?.checked).toBe(false);
    expect(findMenuItem(items, 'theme-system')?.checked).toBe(false);
  });
});
