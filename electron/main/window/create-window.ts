// eng-disable SANDBOX_JS_CHECK CONTEXT_ISOLATION_JS_CHECK AUXCLICK_JS_CHECK
// reviewed: the scanner cannot follow secureWebPreferences(); its unit test asserts sandbox,
// context isolation and the Auxclick switch (test/unit/security/web-preferences.test.ts).
import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import type { WindowPlacement } from './window-state';

export interface WindowOptions {
  readonly preloadPath: string;
  readonly url: string;
  /** Off in packaged builds: DevTools would let anyone at the keyboard script the page. */
  readonly devTools: boolean;
  /** Where the window was last time (see window-state.ts); absent on a first launch. */
  readonly placement?: WindowPlacement;
}

/**
 * The security baseline, spelled out even where it is Electron's default, so a change of
 * default or a careless edit shows up in the unit test of this function.
 */
export function secureWebPreferences(options: WindowOptions): WebPreferences {
  return {
    // eng-disable PRELOAD_JS_CHECK reviewed: the preload exposes only named IPC calls (test/unit/security/preload.test.ts)
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Middle-click would otherwise ask for a new window; it is denied anyway, this stops the ask.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
    devTools: options.devTools,
  };
}

/** The main window; the navigation and permission guards come from `installGuards`. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    ...options.placement?.bounds,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Connector Studio',
    // The page's own background, so opening never flashes the other theme.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16191f' : '#f6f7f9',
    webPreferences: secureWebPreferences(options),
  });
  window.once('ready-to-show', () => {
    if (options.placement?.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(options.url);
  return window;
}
