/**
 * Hands a checked link to whatever opens links outside the app: the system browser in
 * Electron, a recorder in the end-to-end harness (which has no operating-system shell).
 * Only `openExternalSafe` may call it.
 */
export interface LinkOpener {
  openInBrowser(url: string): Promise<void>;
}
