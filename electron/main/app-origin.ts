/**
 * The app's own origin. The renderer is served from a custom scheme rather than file://, so the
 * page gets no file privileges and the sender check has a single origin to compare with.
 */
export const APP_SCHEME = 'studio';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** In development electron-vite serves the renderer over http; that origin is trusted instead. */
export function trustedOrigin(devServerUrl: string | undefined): string {
  return devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
}

/** Whether `url` belongs to the app (compared as parsed origins, never as string prefixes). */
export function isAppUrl(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
