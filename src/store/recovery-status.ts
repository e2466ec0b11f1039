/**
 * What the main process found when it opened the data folder, for the recovery banner: files
 * it could not read (moved aside, never overwritten) and the backups it can bring back.
 */
export interface DamagedStoreFile {
  /** Which data the file held. */
  readonly holds: 'connectors' | 'settings';
  /** Where the file was. */
  readonly file: string;
  /** Where its bytes are now, for the user to inspect or send in. */
  readonly movedTo: string;
  /** Why it could not be used, in plain words. */
  readonly reason: string;
  /** A usable backup that `store:restore-backup` brings back, or null when there is none. */
  readonly backup: string | null;
}

export interface StoreRecoveryStatus {
  readonly dataDir: string;
  readonly damaged: readonly DamagedStoreFile[];
  /** Where the old single-file store was kept when this start moved it to the new layout. */
  readonly migratedFrom: string | null;
}

export interface RestoreSummary {
  readonly restoredConnectors: number;
  /** Connectors in a backup that were saved again since; the newer version was kept. */
  readonly keptNewer: number;
  readonly settingsRestored: boolean;
  readonly status: StoreRecoveryStatus;
}

export const CORRUPTION_WORDS: Readonly<Record<string, string>> = {
  empty: 'the file was empty',
  'not-utf8': 'the file is not text',
  'invalid-json': 'the file is cut off or damaged (not valid JSON)',
  schema: 'the file does not hold valid Connector Studio data',
  'bad-envelope': 'the file is not a Connector Studio store file',
};
