import { join } from 'node:path';
import type { Connector } from '../../../src/connectors/connector';
import { log } from '../log';
import { CONNECTOR_BLOB_FOLDERS, loadBlobsOf, storeBlobsOf } from './connector-blobs';
import { storeBlobsOfMany } from './connector-blobs';
import { blobHashesOf, toConnector, toListed, toRecord } from './connector-record';
import { validateConnectorRecord } from './connector-record-validation';
import type { ConnectorRecord } from './connector-record';
import type { ConnectorRepository, ListedConnector } from './connector-repository';
import { restoreShardBackupsByMerge, type RestoreOutcome } from './connector-restore';
import { RecordStoreRecoveryNeeded, ShardedRecordStore } from './durable';
import { StoreRecoveryNeeded, type FsLayer } from './durable';
import { moveInlineReadmesOut } from './inline-readme-upgrade';
import { migratePlainConnectors } from './plain-connectors-migration';

/** The sharded connector store's folder inside the data folder. */
export const CONNECTORS_DIR = 'connectors';

/**
 * Shards of a new connector store. With readmes and logos in files a record is ~0.6 KB, so at
 * 10,000 connectors a shard is ~100 KB (what a save rewrites), and opening reads 64 files
 * rather than 256. A store created with another count keeps it (the count is in its folder name).
 */
export const CONNECTOR_SHARDS = 64;

export interface ConnectorStoreOptions {
  readonly fs?: FsLayer;
  readonly now?: () => string;
  /** Shards for a new store; tests use fewer to keep folders small. */
  readonly shardCount?: number;
  /** Whether to delete unreferenced logo and readme files after opening (default true). */
  readonly collectGarbage?: boolean;
}

/** The repository plus what opening it found, for the recovery screen. */
export interface ConnectorStore extends ConnectorRepository {
  /** Files that could not be read at open; each was moved aside and never overwritten. */
  readonly damaged: readonly StoreRecoveryNeeded[];
  /** Where the plain `connectors.json` was kept when this open migrated it, else null. */
  readonly migratedFrom: string | null;
  /** Brings back the records of every usable backup in `damaged` that are not stored now. */
  restoreBackups(): Promise<RestoreOutcome>;
}

/** Some connectors' newest changes could not be saved; they exist only in the window. */
export class UnsavedChanges extends Error {
  override readonly name = 'UnsavedChanges';
  constructor(readonly ids: readonly string[]) {
    super(`${ids.length} connector(s) have changes that could not be saved`);
  }
}

/**
 * Connectors in a ShardedRecordStore under `<dataDir>/connectors`: records in 64 shard files,
 * logos and long readmes as content-addressed files beside them. Hold the data-folder lock
 * before opening.
 *
 * After opening, files no record names any more (old logos and readmes) are deleted in the
 * background; the store's mutation queue orders that before any later write, and `close()`
 * waits for it.
 *
 * A damaged shard does not stop the app: it is quarantined, the store opens without it, and
 * `damaged` says what happened so the window can offer the backup.
 */
export async function openConnectorStore(
  dataDir: string,
  options: ConnectorStoreOptions = {},
): Promise<ConnectorStore> {
  const now = options.now ?? (() => new Date().toISOString());
  const dir = join(dataDir, CONNECTORS_DIR);
  const storeOptions = {
    validate: validateConnectorRecord,
    blobFolders: CONNECTOR_BLOB_FOLDERS,
    blobRefs: blobHashesOf,
    ...(options.fs && { fs: options.fs }),
    shardCount: options.shardCount ?? CONNECTOR_SHARDS,
  };
  const damaged: StoreRecoveryNeeded[] = [];
  let store: ShardedRecordStore<ConnectorRecord>;
  try {
    store = await ShardedRecordStore.open(dir, storeOptions);
  } catch (error) {
    if (!(error instanceof RecordStoreRecoveryNeeded)) throw error;
    damaged.push(...error.issues);
    // The damaged shards were moved aside, so a second open finds them empty.
    store = await ShardedRecordStore.open(dir, storeOptions);
  }
  let migratedFrom: string | null = null;
  try {
    migratedFrom = await migratePlainConnectors(dataDir, store, { ...options, now });
  } catch (error) {
    if (!(error instanceof StoreRecoveryNeeded)) throw error;
    damaged.push(error);
  }
  for (const issue of damaged) log.warn(`A store file could not be read: ${issue.reason}`);
  await moveInlineReadmesOut(store);
  if (options.collectGarbage !== false) {
    // A failed collection loses nothing: the files stay until the next start.
    store.collectGarbage().then(
      (removed) => removed > 0 && log.info(`Removed ${removed} unused logo and readme files`),
      (error: unknown) => log.warn('Removing unused logo and readme files failed', error),
    );
  }
  return new ShardedConnectorRepository(store, damaged, migratedFrom, now);
}

class ShardedConnectorRepository implements ConnectorStore {
  readonly #store: ShardedRecordStore<ConnectorRecord>;
  readonly #now: () => string;
  // Ids whose last save failed and was not followed by a successful one.
  readonly #unsaved = new Set<string>();
  #damaged: StoreRecoveryNeeded[];

  constructor(
    store: ShardedRecordStore<ConnectorRecord>,
    damaged: StoreRecoveryNeeded[],
    readonly migratedFrom: string | null,
    now: () => string,
  ) {
    this.#store = store;
    this.#damaged = damaged;
    this.#now = now;
  }

  get damaged(): readonly StoreRecoveryNeeded[] {
    return this.#damaged;
  }

  all(): readonly ListedConnector[] {
    return this.#store.all().flatMap((r) => (r.binnedAt === null ? [toListed(r)] : []));
  }

  binned(): readonly ListedConnector[] {
    return this.#store.all().flatMap((r) => (r.binnedAt === null ? [] : [toListed(r)]));
  }

  find(id: string): ListedConnector | undefined {
    const record = this.#store.get(id);
    return record && toListed(record);
  }

  get(id: string): Promise<Connector | undefined> {
    return this.#load(id, false);
  }

  getBinned(id: string): Promise<Connector | undefined> {
    return this.#load(id, true);
  }

  async save(connector: Connector): Promise<void> {
    const binnedAt = this.#store.get(connector.id)?.binnedAt ?? null;
    await this.#tracked([connector.id], async () => {
      const blobs = await storeBlobsOf(this.#store, connector);
      await this.#store.put(toRecord(connector, blobs, binnedAt));
    });
  }

  async saveMany(connectors: readonly Connector[]): Promise<void> {
    await this.#tracked(
      connectors.map((c) => c.id),
      async () => {
        // Blobs first: one no record refers to yet is harmless if the batch then fails.
        const blobs = await storeBlobsOfMany(this.#store, connectors);
        await this.#store.putMany(connectors.map((c, i) => toRecord(c, blobs[i]!, null)));
      },
    );
  }

  moveToBin(id: string): Promise<void> {
    return this.#setBinned(id, this.#now());
  }

  restore(id: string): Promise<void> {
    return this.#setBinned(id, null);
  }

  async restoreBackups(): Promise<RestoreOutcome> {
    const outcome = await restoreShardBackupsByMerge(this.#damaged, this.#store);
    this.#damaged = this.#damaged.filter((issue) => !outcome.restoredFiles.includes(issue.path));
    return outcome;
  }

  async flush(): Promise<void> {
    await this.#store.flush();
    if (this.#unsaved.size > 0) throw new UnsavedChanges([...this.#unsaved]);
  }

  close(): Promise<void> {
    return this.#store.flush();
  }

  async #setBinned(id: string, binnedAt: string | null): Promise<void> {
    const record = this.#store.get(id);
    if (!record || (record.binnedAt === null) === (binnedAt === null)) return;
    await this.#tracked([id], () => this.#store.put({ ...record, binnedAt }));
  }

  async #tracked(ids: readonly string[], write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      for (const id of ids) this.#unsaved.add(id);
      throw error;
    }
    for (const id of ids) this.#unsaved.delete(id);
  }

  async #load(id: string, inBin: boolean): Promise<Connector | undefined> {
    const record = this.#store.get(id);
    if (!record || (record.binnedAt !== null) !== inBin) return undefined;
    return toConnector(record, await loadBlobsOf(this.#store, record));
  }
}
