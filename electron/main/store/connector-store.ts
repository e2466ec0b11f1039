import { join } from 'node:path';
import type { Connector } from '../../../src/connectors/connector';
import { log } from '../log';
import { toConnector, toListed, toRecord, validateConnectorRecord } from './connector-record';
import type { ConnectorRecord } from './connector-record';
import type { ConnectorRepository, ListedConnector } from './connector-repository';
import { restoreShardBackupsByMerge, type RestoreOutcome } from './connector-restore';
import { BlobCorrupt, RecordStoreRecoveryNeeded, ShardedRecordStore } from './durable';
import { StoreRecoveryNeeded, type FsLayer } from './durable';
import { migratePlainConnectors } from './plain-connectors-migration';

/** The sharded connector store's folder inside the data folder. */
export const CONNECTORS_DIR = 'connectors';

export interface ConnectorStoreOptions {
  readonly fs?: FsLayer;
  readonly now?: () => string;
  /** Shards for a new store; tests use fewer to keep folders small. */
  readonly shardCount?: number;
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
 * Connectors in a ShardedRecordStore under `<dataDir>/connectors`: records in 256 shard files,
 * logos as content-addressed files beside them. Hold the data-folder lock before opening.
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
    ...(options.fs && { fs: options.fs }),
    ...(options.shardCount && { shardCount: options.shardCount }),
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
      const hash = connector.logo && (await this.#store.putBlob(connector.logo.svg));
      await this.#store.put(toRecord(connector, hash, binnedAt));
    });
  }

  async saveMany(connectors: readonly Connector[]): Promise<void> {
    await this.#tracked(
      connectors.map((c) => c.id),
      async () => {
        const records: ConnectorRecord[] = [];
        // Blobs first: one no record refers to yet is harmless if the batch then fails.
        for (const connector of connectors) {
          const hash = connector.logo && (await this.#store.putBlob(connector.logo.svg));
          records.push(toRecord(connector, hash, null));
        }
        await this.#store.putMany(records);
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
    if (record.logo === null) return toConnector(record, null);
    let svg: string | null;
    try {
      svg = await this.#store.getBlob(record.logo.hash);
    } catch (error) {
      if (!(error instanceof BlobCorrupt)) throw error;
      svg = null;
    }
    // LIMITATION: a missing or damaged logo file shows as "no logo"; the damaged file stays on
    // disk (blobs are never deleted), but the next save of this connector drops the reference.
    if (svg === null) log.warn(`The logo file of connector ${id} is missing or damaged`);
    return toConnector(record, svg);
  }
}
