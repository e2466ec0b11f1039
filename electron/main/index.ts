import { join, resolve } from 'node:path';
import { app, dialog, screen, type BrowserWindow } from 'electron';
import { APP_ORIGIN, trustedOrigin } from './app-origin';
import { electronDialogs } from './files/electron-dialogs';
import { registerIpc } from './ipc/register-ipc';
import { log } from './log';
import { openMainServices, type MainServices } from './services';
import { confirmDiscard } from './store/discard-prompt';
import { guardClosing, type QuitGuardPorts } from './store/quit-guard';
import { startFailure } from './store/start-failure';
import { registerAppScheme, serveRenderer } from './window/app-protocol';
import { createMainWindow } from './window/create-window';
import { installGuards } from './window/guards';
import { followThemeSetting } from './menu/follow-theme';
import { installAppMenu } from './menu/install-menu';
import { trackWindowState } from './window/track-window-state';
import { placeWindow, readSavedWindow } from './window/window-state';
import { systemBrowser } from './links/system-browser';

/** Lets tests and portable installs keep data away from the real profile. */
const DATA_DIR_VARIABLE = 'CONNECTOR_STUDIO_DATA_DIR';

const dataDirOverride = process.env[DATA_DIR_VARIABLE];
// Electron wants an absolute path; a relative one is taken from where the app was started.
if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origin = trustedOrigin(devServerUrl);

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: MainServices | null = null;
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    log.info('A second launch was redirected to the running window');
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  const quitGuard: QuitGuardPorts = {
    flushWindow: async () => {
      const window = mainWindow;
      if (services === null || window === null || window.isDestroyed()) return;
      const outcome = await services.windowFlushes.request((payload) =>
        window.webContents.send('app:flush-requested', payload),
      );
      if (outcome !== 'flushed') log.warn('The window did not confirm its last edits were sent');
    },
    flush: () => services?.flush() ?? Promise.resolve(),
    confirmDiscard: (message) => confirmDiscard(mainWindow, message),
  };
  app.on('window-all-closed', () => app.quit());
  // Quit waits for pending saves (and asks if one failed) before the lock is released.
  app.on(
    'before-quit',
    guardClosing(quitGuard, () => app.quit()),
  );
  app.on('will-quit', () => void services?.close());

  void app.whenReady().then(async () => {
    const dataDir = app.getPath('userData');
    log.toFolder(dataDir);
    installGuards(origin);
    serveRenderer(join(import.meta.dirname, '../renderer'));
    try {
      services = await openMainServices({
        dataDir,
        dialogs: electronDialogs,
        links: systemBrowser,
        generator: { name: 'Connector Studio', version: app.getVersion() },
      });
    } catch (error) {
      log.error('Could not open the data folder', error);
      dialog.showErrorBox('Connector Studio cannot start', startFailure(dataDir, error));
      app.exit(1);
      return;
    }
    const startSettings = await services.handlers['settings:get']({});
    const menu = installAppMenu({
      dataDir,
      devTools: !app.isPackaged,
      theme: startSettings.ok ? startSettings.value.theme : 'system',
    });
    registerIpc(followThemeSetting(services.dispatch, menu.showTheme), origin);
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
      devTools: !app.isPackaged,
      placement: placeWindow(await readSavedWindow(dataDir), workAreas, {
        width: 1200,
        height: 800,
      }),
    });
    trackWindowState(window, dataDir);
    mainWindow = window;
    window.on(
      'close',
      guardClosing(quitGuard, () => window.close()),
    );
  });
}
