import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { errorCode, type FsLayer } from './fs-layer';
import { removeAllStaleTemps, writeFileDurably } from './write-file-durably';

const HASH = /^[0-9a-f]{64}$/;

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
 * LIMITATION: nothing deletes blobs no record refers to any more; the store cannot know which
 * record fields hold hashes. A sweep given the set of live hashes can be added when needed.
 */
export class BlobStore {
  readonly dir: string;
  readonly #fs: FsLayer;
  readonly #ext: string;
  readonly #known = new Set<string>();
  // Listing thousands of logos would cost cold start time that get() never needs, so the folder
  // is swept and listed on the first put() instead of at open.
  #listed: Promise<void> | null = null;

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
  async put(text: string): Promise<string> {
    const hash = BlobStore.hashOf(text);
    this.#listed ??= this.#list();
    await this.#listed;
    if (this.#known.has(hash)) return hash;
    await writeFileDurably(this.#pathOf(hash), text, this.#fs);
    this.#known.add(hash);
    return hash;
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

  async #list(): Promise<void> {
    try {
      await removeAllStaleTemps(this.dir, this.#fs);
      for (const name of await this.#fs.readdir(this.dir)) {
        const hash = name.slice(0, -this.#ext.length);
        if (name.endsWith(this.#ext) && HASH.test(hash)) this.#known.add(hash);
      }
    } catch (error) {
      this.#listed = null;
      throw error;
    }
  }

  #pathOf(hash: string): string {
    // Hashes may arrive from the renderer: only 64 hex digits can never escape the folder.
    if (!HASH.test(hash)) throw new RangeError('a blob hash is 64 lowercase hex digits');
    return join(this.dir, `${hash}${this.#ext}`);
  }
}
