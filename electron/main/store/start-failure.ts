import { DataFolderInUse } from './data-folder-lock';
import { MigrationFailed, StoreFromNewerVersion, StoreReadFailed } from './durable';

/**
 * What the user reads when the data folder cannot be opened. Each case says what happened,
 * that nothing was changed, and what to do; the typed errors' messages carry the paths.
 */
export function startFailure(dataDir: string, error: unknown): string {
  if (error instanceof DataFolderInUse) {
    return `${error.message}\n\nConnector Studio wrote nothing. Close the other program (the app or a connector-studio command) and start again.`;
  }
  if (error instanceof StoreFromNewerVersion) {
    return `${error.message}\n\nYour drafts are safe; this version will not rewrite them.`;
  }
  if (error instanceof MigrationFailed) {
    return `${error.message}. Your drafts are safe. Please report this, with the log in ${dataDir}.`;
  }
  if (error instanceof StoreReadFailed) {
    return `${error.message}. The disk refused the read; the file was left as it is. Check the disk and start again.`;
  }
  return `The data folder ${dataDir} could not be opened; nothing in it was changed. Details are in the log.`;
}
