import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DurableWriteError } from './errors';
import { errorCode, type FsLayer } from './fs-layer';
import { removeAllStaleTemps, writeFileDurably } from './write-file-durably';

export const BLOB_HASH = /^[0-9a-f]{64}$/;

/** A blob whose bytes no longer match its name; the disk damaged it. */
export class BlobCorrupt extends Error {
  override readonly name = 'BlobCorrupt';
  constructor(readonly path: string) {
    super(`${path} is damaged (its content does not match its hash)`);
  }
}

/**
 * Content-addressed text files: `<dir>/<sha256><ext>`. Writing the same text twice is free and
 * a file never changes once written, so blobs need no backup or rotation.
 *
 * Deleting is left to `sweep`, which the record store runs with the set of hashes its files
 * still name. Two rules keep a sweep from removing a blob a record is about to reference:
 * every hash `put` returned in this process is pinned and never swept, and `put` and `sweep`
 * never overlap, so a `put` that finds an existing file cannot see it vanish afterwards.
 */
export class BlobStore {
  readonly dir: string;
  readonly #fs: FsLayer;
  readonly #ext: string;
  readonly #known = new Set<string>();
  readonly #pinned = new Set<string>();
  // Listing thousands of blobs would cost cold start time that get() never needs, so the folder
  // is swept and listed on the first put() or sweep() instead of at open.
  #listed = false;
  #exclusive: Promise<unknown> = Promise.resolve();

  private constructor(dir: string, ext: string, fs: FsLayer) {
    this.dir = dir;
    this.#ext = ext;
    this.#fs = fs;
  }

  static async open(dir: string, ext: string, fs: FsLayer): Promise<BlobStore> {
    await fs.mkdir(dir);
    return new BlobStore(dir, ext, fs);
  }

  static hashOf(text: string): string {
    return createHash('sha256').update(text, 'utf8').digest('hex');
  }

  /** Stores `text` durably and returns its sha256 (hex). */
  put(text: string): Promise<string> {
    const hash = BlobStore.hashOf(text);
    // Pinned before anything awaits: a sweep that starts later keeps this blob.
    this.#pinned.add(hash);
    return this.#alone(async () => {
      await this.#list();
      if (this.#known.has(hash)) return hash;
      await writeFileDurably(this.#pathOf(hash), text, this.#fs);
      this.#known.add(hash);
      return hash;
    });
  }

  /**
   * Stores many texts and returns their hashes in order. The files are written a few at a time
   * and the folder is fsynced once at the end, rather than once per file: importing 10,000
   * connectors would otherwise spend most of its time waiting for the disk.
   */
  putMany(texts: readonly string[]): Promise<string[]> {
    const hashes = texts.map((text) => BlobStore.hashOf(text));
    for (const hash of hashes) this.#pinned.add(hash);
    return this.#alone(async () => {
      await this.#list();
      const missing = new Map<string, string>();
      texts.forEach((text, i) => {
        if (!this.#known.has(hashes[i]!)) missing.set(hashes[i]!, text);
      });
      const queue = [...missing];
      const writer = async () => {
        for (let next = queue.pop(); next; next = queue.pop()) {
          const [hash, text] = next;
          try {
            await writeFileDurably(this.#pathOf(hash), text, this.#fs, { callerSyncsFolder: true });
          } catch (error) {
            queue.length = 0; // the other writers stop after their current file
            throw error;
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, writer));
      if (missing.size > 0) {
        await this.#fs.syncDir(this.dir).catch((error: unknown) => {
          throw new DurableWriteError(this.dir, errorCode(error), { cause: error });
        });
      }
      for (const hash of missing.keys()) this.#known.add(hash);
      return hashes;
    });
  }

  /** The text stored under `hash`, or null if there is none. Rejects malformed hashes. */
  async get(hash: string): Promise<string | null> {
    const path = this.#pathOf(hash);
    let bytes: Uint8Array;
    try {
      bytes = await this.#fs.readFile(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    const text = Buffer.from(bytes).toString('utf8');
    if (BlobStore.hashOf(text) !== hash) throw new BlobCorrupt(path);
    return text;
  }

  /**
   * Removes every blob whose hash is not in `live` and was not stored by this process; files
   * that are not blobs are left alone. Returns how many were removed.
   */
  sweep(live: ReadonlySet<string>): Promise<number> {
    return this.#alone(async () => {
      await this.#list();
      let removed = 0;
      for (const hash of [...this.#known]) {
        if (live.has(hash) || this.#pinned.has(hash)) continue;
        // Forgotten first: if the unlink fails half way, a later put writes the file again.
        this.#known.delete(hash);
        await this.#fs.unlink(this.#pathOf(hash)).catch((error: unknown) => {
          if (errorCode(error) !== 'ENOENT') throw error;
        });
        removed += 1;
      }
      return removed;
    });
  }

  async #list(): Promise<void> {
    if (this.#listed) return;
    await removeAllStaleTemps(this.dir, this.#fs);
    for (const name of await this.#fs.readdir(this.dir)) {
      const hash = name.slice(0, -this.#ext.length);
      if (name.endsWith(this.#ext) && BLOB_HASH.test(hash)) this.#known.add(hash);
    }
    this.#listed = true;
  }

  #alone<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#exclusive.then(task, task);
    this.#exclusive = result.catch(() => undefined);
    return result;
  }

  #pathOf(hash: string): string {
    // Hashes may arrive from the renderer: only 64 hex digits can never escape the folder.
    if (!BLOB_HASH.test(hash)) throw new RangeError('a blob hash is 64 lowercase hex digits');
    return join(this.dir, `${hash}${this.#ext}`);
  }
}
