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

/**
 * The origin of a parsed URL as scheme://host[:port], or null when it has none. Node's URL
 * reports "null" as the origin of every custom scheme (ours included), so for those the origin
 * is built from the parts; Chromium lower-cases the host of a standard scheme, and so do we.
 */
export function originOf(url: URL): string | null {
  if (url.origin !== 'null') return url.origin;
  if (url.host === '' || url.username !== '' || url.password !== '') return null;
  return `${url.protocol}//${url.host.toLowerCase()}`;
}

/** Whether `url` belongs to the app (compared as parsed origins, never as string prefixes). */
export function isAppUrl(url: string, origin: string): boolean {
  try {
    return originOf(new URL(url)) === origin;
  } catch {
    return false;
  }
}
