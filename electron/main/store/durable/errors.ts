/**
 * Typed errors of the durable store. Each carries the file path and enough structure for the
 * app to tell the user what happened; none of them means "memory was saved".
 */

/**
 * A durable write failed: treat the data as unsaved. The file holds its previous content, or,
 * when only the final folder fsync failed, the new content without a power-cut guarantee;
 * never a mix of the two.
 */
export class DurableWriteError extends Error {
  override readonly name = 'DurableWriteError';
  constructor(
    readonly path: string,
    /** The fs error code (ENOSPC, EIO, EPERM, ...) or READBACK_MISMATCH. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`could not save ${path} (${code})`, options);
  }
}

/**
 * The store file exists but reading it failed with an I/O error (EIO, EACCES, ...). The file is
 * left where it is: the fault may be passing and its content may be fine, so it is not
 * quarantined. Retry, or tell the user.
 */
export class StoreReadFailed extends Error {
  override readonly name = 'StoreReadFailed';
  constructor(
    readonly path: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`could not read ${path} (${code})`, options);
  }
}

export type CorruptionReason = 'empty' | 'not-utf8' | 'invalid-json' | 'schema' | 'bad-envelope';

/** What we know about the backup offered after a quarantine. */
export interface BackupInfo {
  path: string;
  exists: boolean;
  /** True when the backup parses, migrates and validates; it can be restored. */
  valid: boolean;
}

/**
 * The store file could not be used. It was moved aside (never overwritten) and the last good
 * backup, if any, is offered. A later read of the same store starts from the defaults.
 */
export class StoreRecoveryNeeded extends Error {
  override readonly name = 'StoreRecoveryNeeded';
  constructor(
    readonly path: string,
    readonly quarantinedPath: string,
    readonly reason: CorruptionReason,
    readonly backup: BackupInfo,
    readonly detail: string,
  ) {
    super(
      `${path} could not be read (${reason}: ${detail}); it was moved to ${quarantinedPath}` +
        (backup.valid ? `; a backup is available at ${backup.path}` : '; no usable backup'),
    );
  }
}

/** The file was written by a newer Connector Studio. It is left untouched and never rewritten. */
export class StoreFromNewerVersion extends Error {
  override readonly name = 'StoreFromNewerVersion';
  constructor(
    readonly path: string,
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `${path} was written by a newer version of Connector Studio (store version ` +
        `${fileVersion}, this version understands up to ${supportedVersion}); update the app ` +
        `to open it. The file was not changed.`,
    );
  }
}

/** A migration step threw or produced invalid data; the original file is untouched. */
export class MigrationFailed extends Error {
  override readonly name = 'MigrationFailed';
  constructor(
    readonly path: string,
    readonly fromVersion: number,
    readonly toVersion: number,
    options?: { cause?: unknown },
  ) {
    super(
      `could not upgrade ${path} from store version ${fromVersion} to ${toVersion}; ` +
        `the file was not changed`,
      options,
    );
  }
}

/** Writes are refused because reading found a state that must not be overwritten. */
export class StoreWriteRefused extends Error {
  override readonly name = 'StoreWriteRefused';
  constructor(
    readonly path: string,
    readonly because: Error,
  ) {
    super(`refusing to write ${path}: ${because.message}`, { cause: because });
  }
}

/** A record handed to the store failed its validator; nothing was written. */
export class RecordInvalid extends Error {
  override readonly name = 'RecordInvalid';
  constructor(
    /** Position in the batch (0 for a single put). */
    readonly index: number,
    readonly detail: string,
  ) {
    super(`record ${index} is not valid: ${detail}`);
  }
}

/** Some files of a record store were quarantined; see each issue for the backup offered. */
export class RecordStoreRecoveryNeeded extends Error {
  override readonly name = 'RecordStoreRecoveryNeeded';
  constructor(
    readonly dir: string,
    readonly issues: readonly StoreRecoveryNeeded[],
  ) {
    super(`${issues.length} file(s) in ${dir} could not be read and were set aside`);
  }
}

/**
 * A batch could not be rolled back after a failed write, so disk and memory may differ. The
 * store refuses further writes; reopening it completes the rollback from the journal.
 */
export class RecordStoreNeedsReopen extends Error {
  override readonly name = 'RecordStoreNeedsReopen';
  constructor(
    readonly dir: string,
    options?: { cause?: unknown },
  ) {
    super(`the record store in ${dir} must be reopened after a failed batch`, options);
  }
}
