import { app, BrowserWindow, Menu, nativeTheme, shell } from 'electron';
import type { Theme } from '../../../src/settings/settings';
import { log } from '../log';
import { buildMenuTemplate } from './menu-template';
import { sendEvent } from './send-event';

export interface AppMenuOptions {
  readonly dataDir: string;
  readonly devTools: boolean;
  readonly theme: Theme;
}

export interface AppMenu {
  /** Applies a theme to native surfaces (title bar, dialogs, the page's colour scheme) and the menu. */
  showTheme(theme: Theme): void;
}

/** Installs the application menu; commands go to the focused window, or the only one. */
export function installAppMenu(options: AppMenuOptions): AppMenu {
  app.setAboutPanelOptions({
    applicationName: 'Connector Studio',
    applicationVersion: app.getVersion(),
    credits: 'Drafts Productsup connectors offline.',
  });
  let theme = options.theme;
  const install = () => {
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: 'Connector Studio',
      theme,
      devTools: options.devTools,
      sendCommand: (command) => {
        const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
        if (target) sendEvent(target.webContents, 'menu:command', { command });
      },
      openDataFolder: () => {
        void shell.openPath(options.dataDir).then((problem) => {
          if (problem) log.warn(`Could not open the data folder: ${problem}`);
        });
      },
      showAbout: () => app.showAboutPanel(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const showTheme = (next: Theme) => {
    nativeTheme.themeSource = next;
    if (next === theme && Menu.getApplicationMenu()) return;
    theme = next;
    install();
  };
  showTheme(theme);
  return { showTheme };
}
