/**
 * ShardedRecordStore: the store for many records with large text fields and logos.
 *
 *   const lock = await lockDataFolder(dataDir);            // ../data-folder-lock.ts
 *   const store = await ShardedRecordStore.open<Connector>(join(dataDir, 'connectors'), {
 *     validate: (v) => connectorSchema.safeParse(v),
 *   });
 *   store.all(); store.get(id);                            // synchronous, from memory
 *   const logo = await store.putBlob(svgText);             // → sha256, file logos/<sha256>.svg
 *   await store.put({ ...connector, logo });               // durable when it resolves
 *   await store.putMany(imported);                         // all or nothing
 *   await store.remove(id);
 *   void store.collectGarbage();                           // once, right after open
 *   await store.flush(); await lock.release();             // on quit
 *
 * Errors: RecordInvalid (bad input, nothing written), DurableWriteError (disk; nothing
 * changed in memory), RecordStoreRecoveryNeeded from open (damaged shards were set aside;
 * offer `restoreBackups`), StoreReadFailed (I/O error reading; retry).
 */
import { join } from 'node:path';
import { collectUnreferencedBlobs } from './blob-collection';
import { BlobStore } from './blob-store';
import { commitBatch } from './batch-commit';
import { journalValidator, readJournal, removeJournal } from './batch-journal';
import type { Validator } from './envelope';
import { RecordInvalid, RecordStoreNeedsReopen } from './errors';
import { RecordStoreRecoveryNeeded, type StoreRecoveryNeeded } from './errors';
import { nodeFsLayer, type FsLayer } from './fs-layer';
import { byId, describe, shardOf, toShardData } from './shard-file';
import { createShards, findOrCreateShardFolder, loadShards, planBatch } from './shard-set';
import { restoreShardBackups, undoBatch, type Shard } from './shard-set';
import { removeAllStaleTemps } from './write-file-durably';

export interface ShardedRecordStoreOptions<R> {
  /** Checks one record, e.g. `(v) => connectorSchema.safeParse(v)`. */
  validate: Validator<R>;
  /** Shards for a new store (default 256). An existing store keeps the count it was made with. */
  shardCount?: number;
  /** Blob folders and their file extensions; default `{ logos: '.svg' }`. The first is the default. */
  blobFolders?: Readonly<Record<string, string>>;
  /**
   * The blob hashes a record refers to, for collectGarbage. Default: every 64-hex string in the
   * record's JSON, which may keep too much but never too little.
   */
  blobRefs?: (record: R) => Iterable<string>;
  fs?: FsLayer;
}

const JOURNAL = 'batch-journal.json';

/**
 * Records keyed by id, spread over shard files so saving one record rewrites about
 * 1/shardCount of the data, plus content-addressed blobs (logos) beside them.
 *
 * Layout in `dir`: `shards-<count>/shard-NNNN.json` (each a
 * DurableJsonFile with its own `.bak`), `logos/<sha256>.svg`, and `batch-journal.json` while a
 * putMany is in flight. Hold the data-folder lock (data-folder-lock.ts) before open().
 *
 * Guarantees: put/remove resolve only once durable, and memory changes only after that; a
 * rejected call left memory and disk as before. putMany is all or nothing, across crashes too
 * (see putMany). One mutation runs at a time; reads are synchronous, from memory.
 */
export class ShardedRecordStore<R extends { id: string }> {
  readonly dir: string;
  readonly #shardDir: string;
  readonly #shards: Shard<R>[];
  readonly #blobs: ReadonlyMap<string, BlobStore>;
  readonly #validate: Validator<R>;
  readonly #blobRefs: (record: R) => Iterable<string>;
  readonly #fs: FsLayer;
  #queue: Promise<unknown> = Promise.resolve();
  #broken: Error | null = null;

  private constructor(
    dir: string,
    shardDir: string,
    shards: Shard<R>[],
    blobs: ReadonlyMap<string, BlobStore>,
    o: ShardedRecordStoreOptions<R>,
  ) {
    this.dir = dir;
    this.#shardDir = shardDir;
    this.#shards = shards;
    this.#blobs = blobs;
    this.#validate = o.validate;
    this.#blobRefs = o.blobRefs ?? hashesInJson;
    this.#fs = o.fs ?? nodeFsLayer;
  }

  /**
   * Opens (or creates) the store, sweeps stale temp files, loads every shard and undoes an
   * unfinished batch. Throws RecordStoreRecoveryNeeded when shards had to be quarantined;
   * opening again then succeeds without them (restore their backups with restoreBackups).
   */
  static async open<R extends { id: string }>(
    dir: string,
    options: ShardedRecordStoreOptions<R>,
  ): Promise<ShardedRecordStore<R>> {
    const fs = options.fs ?? nodeFsLayer;
    const wanted = options.shardCount ?? 256;
    const { shardDir, shardCount } = await findOrCreateShardFolder(dir, wanted, fs);
    await removeAllStaleTemps(dir, fs);
    await removeAllStaleTemps(shardDir, fs);
    const blobs = new Map<string, BlobStore>();
    for (const [folder, ext] of Object.entries(options.blobFolders ?? { logos: '.svg' })) {
      blobs.set(folder, await BlobStore.open(join(dir, folder), ext, fs));
    }
    const shards = createShards(shardDir, shardCount, options.validate, fs);
    const issues = await loadShards(shards);
    if (issues.length > 0) throw new RecordStoreRecoveryNeeded(dir, issues);
    const store = new ShardedRecordStore(dir, shardDir, shards, blobs, options);
    await store.#undoUnfinishedBatch();
    return store;
  }

  /** Copies each valid backup named in `issues` over its shard. Reopen afterwards. */
  static restoreBackups(issues: readonly StoreRecoveryNeeded[], fs = nodeFsLayer): Promise<void> {
    return restoreShardBackups(issues, fs);
  }

  /** All records, sorted by id. */
  all(): R[] {
    return this.#shards.flatMap((s) => [...s.records.values()]).sort(byId);
  }

  /** All records in no particular order: for scans that need no sorting. */
  *unordered(): IterableIterator<R> {
    for (const shard of this.#shards) yield* shard.records.values();
  }

  get(id: string): R | undefined {
    return this.#shardFor(id).records.get(id);
  }

  /** Saves one record (insert or replace); resolves once it is durable. */
  put(record: R): Promise<void> {
    const valid = this.#check(record, 0);
    return this.#mutate(async () => {
      const shard = this.#shardFor(valid.id);
      const next = new Map(shard.records).set(valid.id, valid);
      await shard.file.write(toShardData(next));
      shard.records = next;
    });
  }

  /** Removes a record; resolves to false if there was none. */
  remove(id: string): Promise<boolean> {
    return this.#mutate(async () => {
      const shard = this.#shardFor(id);
      if (!shard.records.has(id)) return false;
      const next = new Map(shard.records);
      next.delete(id);
      await shard.file.write(toShardData(next));
      shard.records = next;
      return true;
    });
  }

  /**
   * Saves a batch, all or nothing. An undo journal (the records being replaced) is made
   * durable first, then each affected shard is written, then the journal is removed. If a
   * write fails the shards already written are restored; a crash at any point is undone at
   * the next open. So once this resolves the whole batch is durable, and if the process dies
   * first, none of it stays. If it rejects, none of it was applied, with one exception: when
   * only the last folder fsync failed, the batch is applied (memory matches disk) but not
   * guaranteed against a power cut. Later duplicates of an id in the batch win.
   */
  putMany(records: readonly R[]): Promise<void> {
    const valid = records.map((record, index) => this.#check(record, index));
    return this.#mutate(async () => {
      if (valid.length === 0) return;
      const { touched, previous } = planBatch(valid, (id) => this.#shardFor(id));
      await commitBatch(touched, previous, this.#journalPath, this.#fs, (error) => {
        this.#broken = error;
      });
    });
  }

  /** Waits until every queued mutation has finished (use it on quit). */
  async flush(): Promise<void> {
    await this.#queue;
  }

  /** Stores `text` in a blob folder (default: the first) and returns its sha256. */
  putBlob(text: string, folder?: string): Promise<string> {
    return this.#blobFolder(folder).put(text);
  }

  /** Stores many texts in one blob folder, syncing the folder once; returns their hashes. */
  putBlobs(texts: readonly string[], folder?: string): Promise<string[]> {
    return this.#blobFolder(folder).putMany(texts);
  }

  getBlob(hash: string, folder?: string): Promise<string | null> {
    return this.#blobFolder(folder).get(hash);
  }

  /**
   * Deletes the blobs no record refers to any more; resolves to how many were removed. Call it
   * once right after open: it runs in the mutation queue, so no shard write is in flight while
   * it reads, and open has already undone an unfinished batch. Blobs stored by this process
   * are never removed (see BlobStore), which covers a save whose record is still queued.
   */
  collectGarbage(): Promise<number> {
    return this.#mutate(() =>
      collectUnreferencedBlobs({
        dir: this.dir,
        shardDir: this.#shardDir,
        // Read when the task runs, not now: a queued put may still change the records.
        inMemory: () =>
          this.#shards.flatMap((s) => [...s.records.values()].flatMap(this.#blobRefsOf)),
        blobStores: [...this.#blobs.values()],
        fs: this.#fs,
      }),
    );
  }

  get #journalPath(): string {
    return join(this.dir, JOURNAL);
  }

  readonly #blobRefsOf = (record: R): string[] => [...this.#blobRefs(record)];

  #blobFolder(folder: string | undefined): BlobStore {
    const store =
      folder === undefined ? this.#blobs.values().next().value : this.#blobs.get(folder);
    if (store === undefined) throw new RangeError(`no blob folder named ${String(folder)}`);
    return store;
  }

  #shardFor(id: string): Shard<R> {
    return this.#shards[shardOf(id, this.#shards.length)]!;
  }

  #check(record: unknown, index: number): R {
    const result = this.#validate(record);
    if (!result.success) throw new RecordInvalid(index, describe(result.error));
    return result.data;
  }

  #mutate<T>(task: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.#broken !== null)
        throw new RecordStoreNeedsReopen(this.dir, { cause: this.#broken });
      return task();
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #undoUnfinishedBatch(): Promise<void> {
    const validate = journalValidator(this.#validate);
    const journal = await readJournal(this.#journalPath, validate, this.#fs);
    if (journal === null) return;
    await undoBatch(journal, (id) => this.#shardFor(id));
    await removeJournal(this.#journalPath, this.#fs);
  }
}

function hashesInJson(record: unknown): string[] {
  return JSON.stringify(record).match(/[0-9a-f]{64}/g) ?? [];
}
