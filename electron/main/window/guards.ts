import { app, session, type WebContents } from 'electron';
import { isAppUrl } from '../app-origin';
import { log } from '../log';

/**
 * Installed once for every web contents the app will ever create: no navigation away from the
 * app, no new windows, no webviews, and every permission denied.
 */
export function installGuards(origin: string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const blockForeign = (event: { preventDefault(): void }, url: string) => {
      if (isAppUrl(url, origin)) return;
      event.preventDefault();
      log.warn('Blocked a navigation away from the app');
    };
    contents.on('will-navigate', blockForeign);
    contents.on('will-redirect', blockForeign);
    contents.on('will-frame-navigate', (event) => blockForeign(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
