import { app, session } from 'electron';
import type { Session, WebContents } from 'electron';
import { isAppUrl } from '../app-origin';
import { log } from '../log';

type PreventableEvent = { preventDefault(): void };

/** The parts of a web contents the guards touch, so tests can hand in a plain emitter. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>;

/** Camera, notifications, clipboard, geolocation…: the app needs none, so every one is denied. */
export function denyAllPermissions(target: PermissionSession): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`Denied a permission request (${permission})`);
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
}

/**
 * No navigation, redirect or frame navigation away from the app's origin, no new windows and no
 * webviews. Links that should open outside go through the readme's link channel instead.
 */
export function guardWebContents(contents: GuardedContents, origin: string): void {
  const blockForeign = (event: PreventableEvent, url: string, what: string) => {
    if (isAppUrl(url, origin)) return;
    event.preventDefault();
    log.warn(`Blocked a ${what} away from the app`);
  };
  contents.on('will-navigate', (event, url) => blockForeign(event, url, 'navigation'));
  contents.on('will-redirect', (event, url) => blockForeign(event, url, 'redirect'));
  contents.on('will-frame-navigate', (event) => blockForeign(event, event.url, 'frame navigation'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Blocked a webview');
  });
  contents.setWindowOpenHandler(() => {
    log.warn('Denied a new window');
    return { action: 'deny' };
  });
}

/**
 * Installed once, before any window exists, for every web contents and session the app will
 * ever create, so a future window cannot forget them.
 */
export function installGuards(origin: string): void {
  denyAllPermissions(session.defaultSession);
  app.on('session-created', (created) => denyAllPermissions(created));
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origin));
}
