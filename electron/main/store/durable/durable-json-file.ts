import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { CoalescingWriter } from './coalescing-writer';
import { decodeStoreFile, type DecodeOptions } from './decode-store-file';
import { wrap, type Migration, type Validator } from './envelope';
import { DurableWriteError, MigrationFailed, StoreFromNewerVersion } from './errors';
import { StoreReadFailed, StoreWriteRefused } from './errors';
import type { CorruptionReason } from './errors';
import { errorCode, nodeFsLayer, type FsLayer } from './fs-layer';
import { linkAside, verifyWritten } from './backup-rotation';
import { quarantineWithBackup } from './quarantine';
import { stableStringify } from './stable-json';
import { removeStaleTemps, writeFileDurably, type DurableWriteOptions } from './write-file-durably';

export interface DurableJsonFileOptions<T> {
  /** Checks the data after parsing and migrating, e.g. `(v) => schema.safeParse(v)`. */
  validate: Validator<T>;
  /** The version this app writes. Defaults to 1. */
  schemaVersion?: number;
  /** Steps from older versions; each `from` n upgrades to n + 1. */
  migrations?: readonly Migration[];
  fs?: FsLayer;
  now?: () => Date;
  write?: DurableWriteOptions;
  /**
   * Skip the folder sweep for stale temp files at open, because the owner of the folder has
   * already swept it (ShardedRecordStore sweeps once instead of once per shard).
   */
  folderSweptByOwner?: boolean;
}

/**
 * A lowdb adapter that survives crashes: `new Low(new DurableJsonFile(path, { validate }), d)`.
 *
 * - write: deterministic JSON through writeFileDurably; writes run one at a time, newer data
 *   replaces data still waiting. After the new file is written and read back byte-for-byte, the
 *   previous good generation becomes `<file>.bak`.
 * - read: missing file → null (lowdb keeps its defaults). A file that cannot be read, parsed or
 *   validated is never overwritten: it is moved to `<file>.corrupt-<time>`, the backup is moved
 *   beside it, and StoreRecoveryNeeded says where both are. A file from a newer app version
 *   throws StoreFromNewerVersion and all writes are refused until a later read succeeds.
 * - Older versions are migrated after a copy of the original is kept as `<file>.v<n>.bak`.
 *
 * Hold the data-folder lock while using it: one writer per file is assumed.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly backupPath: string;
  readonly #fs: FsLayer;
  readonly #decode: DecodeOptions<T>;
  readonly #options: DurableJsonFileOptions<T>;
  readonly #writer = new CoalescingWriter<T>((data) => this.#writeNow(data));
  readonly #pendingBackup: string;
  #opened = false;
  #refused: Error | null = null;
  // True while the file on disk is content we validated or wrote and read back; only such a
  // file may become the backup (rotating a bad file over the backup loses both).
  #knownGood = false;

  constructor(path: string, options: DurableJsonFileOptions<T>) {
    this.path = path;
    this.backupPath = `${path}.bak`;
    this.#pendingBackup = join(dirname(path), `.${basename(path)}.cs-tmp-bak-pending`);
    this.#fs = options.fs ?? nodeFsLayer;
    this.#options = options;
    this.#decode = {
      schemaVersion: options.schemaVersion ?? 1,
      migrations: options.migrations ?? [],
      validate: options.validate,
    };
  }

  async read(): Promise<T | null> {
    await this.#writer.whenIdle();
    try {
      await this.#open();
    } catch (error) {
      throw new StoreReadFailed(this.path, errorCode(error), { cause: error });
    }
    let bytes: Uint8Array;
    try {
      bytes = await this.#fs.readFile(this.path);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT') throw new StoreReadFailed(this.path, code, { cause: error });
      this.#knownGood = false;
      this.#refused = null;
      return null;
    }
    const decoded = decodeStoreFile(bytes, this.#decode);
    const target = this.#decode.schemaVersion;
    switch (decoded.kind) {
      case 'corrupt':
        return this.#recover(decoded.reason, decoded.detail);
      case 'newer':
        this.#refused = new StoreFromNewerVersion(this.path, decoded.fileVersion, target);
        throw this.#refused;
      case 'migration-failed':
        this.#refused = new MigrationFailed(this.path, decoded.fileVersion, target, {
          cause: decoded.cause,
        });
        throw this.#refused;
      case 'ok':
        this.#refused = null;
        if (decoded.fileVersion < target)
          await this.#upgrade(bytes, decoded.fileVersion, decoded.data);
        else this.#knownGood = true;
        return decoded.data;
    }
  }

  write(data: T): Promise<void> {
    return this.#writer.write(data);
  }

  /** Waits for pending writes; rejects if the newest one failed (use it on quit). */
  flush(): Promise<void> {
    return this.#writer.flush();
  }

  /** Waits for pending writes without reporting their outcome. */
  whenIdle(): Promise<void> {
    return this.#writer.whenIdle();
  }

  /**
   * Makes the backup at `backupPath` (from StoreRecoveryNeeded) the current store and returns
   * its data. Throws if that backup does not decode; nothing is written then.
   */
  async restoreFrom(backupPath: string): Promise<T> {
    const decoded = decodeStoreFile(await this.#fs.readFile(backupPath), this.#decode);
    // Restoring bypasses read(), so a newer or unmigratable backup is refused here too.
    if (decoded.kind !== 'ok') throw new Error(`the backup ${backupPath} is not usable`);
    this.#refused = null;
    await this.write(decoded.data);
    return decoded.data;
  }

  async #open(): Promise<void> {
    if (this.#opened) return;
    if (this.#options.folderSweptByOwner !== true) {
      await this.#fs.mkdir(dirname(this.path));
      await removeStaleTemps(this.path, this.#fs);
    }
    this.#opened = true;
  }

  async #recover(reason: CorruptionReason, detail: string): Promise<never> {
    this.#knownGood = false;
    const now = (this.#options.now ?? (() => new Date()))();
    const usable = (bytes: Uint8Array) => decodeStoreFile(bytes, this.#decode).kind === 'ok';
    throw await quarantineWithBackup(
      this.path,
      this.backupPath,
      this.#fs,
      now,
      usable,
      reason,
      detail,
    );
  }

  async #upgrade(original: Uint8Array, fromVersion: number, data: T): Promise<void> {
    // The original bytes are kept first; if anything below fails the store file is unchanged.
    await writeFileDurably(`${this.path}.v${fromVersion}.bak`, original, this.#fs);
    this.#knownGood = false;
    await this.write(data);
  }

  async #writeNow(data: T): Promise<void> {
    if (this.#refused !== null) throw new StoreWriteRefused(this.path, this.#refused);
    try {
      await this.#open();
    } catch (error) {
      throw new DurableWriteError(this.path, errorCode(error), { cause: error });
    }
    const text = stableStringify(wrap(this.#decode.schemaVersion, data));
    const rotate = this.#knownGood && (await linkAside(this.#fs, this.path, this.#pendingBackup));
    this.#knownGood = false;
    try {
      await writeFileDurably(this.path, text, this.#fs, this.#options.write);
      await verifyWritten(this.#fs, this.path, text);
    } catch (error) {
      if (rotate) await this.#fs.unlink(this.#pendingBackup).catch(() => undefined);
      throw error;
    }
    this.#knownGood = true;
    // LIMITATION: this rename is made durable only by the next save's folder fsync (saving
    // one fsync per save); after a power cut `.bak` may be one generation older.
    if (!rotate) return;
    await this.#fs.rename(this.#pendingBackup, this.backupPath).catch(async () => {
      // The save succeeded; only the backup is not rotated. Drop the second name so the next
      // save can link again.
      await this.#fs.unlink(this.#pendingBackup).catch(() => undefined);
    });
  }
}
