import { basename, dirname } from 'node:path';
import { fsError, type FsLayer, type WritableFile } from './fs-layer';

interface Inode {
  data: Buffer;
  /** Content as of the last fsync; null if never synced. */
  synced: Buffer | null;
}

interface Dir {
  /** Names of sub-folders; created durably (see the LIMITATION on the class). */
  folders: Set<string>;
  entries: Map<string, Inode>;
  /** Entries as of the last directory fsync. */
  synced: Map<string, Inode>;
}

/**
 * An in-memory file system that knows what is durable, after SQLite's crash VFS: file bytes
 * are durable only after `sync`, creations/renames/unlinks only after `syncDir`. `powerCut`
 * then keeps, drops or garbles each piece of unsynced work at random, which is what a kernel
 * crash or power loss may do. For tests only.
 *
 * LIMITATION: directories are created durably at once, and the model garbles unsynced data
 * only (real disks that ignore fsync are outside any promise we can make).
 */
export class CrashFs implements FsLayer {
  readonly #dirs = new Map<string, Dir>();
  #opsLeft = Number.POSITIVE_INFINITY;

  /** The n-th operation from now and all later ones fail, as if the machine stopped. */
  crashAfter(operations: number): void {
    this.#opsLeft = operations;
  }

  /** Simulates losing power: returns to a state built from what was synced plus random luck. */
  powerCut(random: () => number): void {
    const inodes = new Set<Inode>();
    for (const dir of this.#dirs.values()) {
      const names = new Set([...dir.entries.keys(), ...dir.synced.keys()]);
      const next = new Map<string, Inode>();
      for (const name of names) {
        const now = dir.entries.get(name);
        const before = dir.synced.get(name);
        const chosen = now === before || random() < 0.5 ? before : now;
        if (chosen !== undefined) next.set(name, chosen);
      }
      dir.entries = next;
      dir.synced = new Map(next);
      for (const inode of next.values()) inodes.add(inode);
    }
    for (const inode of inodes) {
      const durable = inode.synced ?? Buffer.alloc(0);
      if (!inode.data.equals(durable)) inode.data = garble(inode.data, durable, random);
      inode.synced = inode.data;
    }
    this.#opsLeft = Number.POSITIVE_INFINITY;
  }

  #tick(what: string): void {
    this.#opsLeft -= 1;
    if (this.#opsLeft <= 0) throw fsError('EIO', `simulated power cut at ${what}`);
  }

  #dir(path: string): Dir {
    const dir = this.#dirs.get(path);
    if (dir === undefined) throw fsError('ENOENT', `no directory ${path}`);
    return dir;
  }

  #lookup(path: string): Inode {
    const inode = this.#dir(dirname(path)).entries.get(basename(path));
    if (inode === undefined) throw fsError('ENOENT', `no file ${path}`);
    return inode;
  }

  async openForWrite(path: string, exclusive: boolean): Promise<WritableFile> {
    this.#tick(`open ${path}`);
    const dir = this.#dir(dirname(path));
    const existing = dir.entries.get(basename(path));
    if (existing !== undefined && exclusive) throw fsError('EEXIST', path);
    const inode = existing ?? { data: Buffer.alloc(0), synced: null };
    inode.data = Buffer.alloc(0);
    dir.entries.set(basename(path), inode);
    return {
      write: async (bytes) => {
        this.#tick(`write ${path}`);
        inode.data = Buffer.concat([inode.data, bytes]);
      },
      sync: async () => {
        this.#tick(`sync ${path}`);
        inode.synced = Buffer.from(inode.data);
      },
      close: async () => undefined,
    };
  }

  async readFile(path: string): Promise<Uint8Array> {
    this.#tick(`read ${path}`);
    return Buffer.from(this.#lookup(path).data);
  }

  async rename(from: string, to: string): Promise<void> {
    this.#tick(`rename ${from}`);
    const inode = this.#lookup(from);
    this.#dir(dirname(to)).entries.set(basename(to), inode);
    this.#dir(dirname(from)).entries.delete(basename(from));
  }

  async link(existing: string, newPath: string): Promise<void> {
    this.#tick(`link ${existing}`);
    const inode = this.#lookup(existing);
    const dir = this.#dir(dirname(newPath));
    if (dir.entries.has(basename(newPath))) throw fsError('EEXIST', newPath);
    dir.entries.set(basename(newPath), inode);
  }

  async unlink(path: string): Promise<void> {
    this.#tick(`unlink ${path}`);
    this.#lookup(path);
    this.#dir(dirname(path)).entries.delete(basename(path));
  }

  async readdir(dir: string): Promise<string[]> {
    this.#tick(`readdir ${dir}`);
    const entry = this.#dir(dir);
    return [...entry.folders, ...entry.entries.keys()];
  }

  async mkdir(dir: string): Promise<void> {
    this.#tick(`mkdir ${dir}`);
    const missing: string[] = [];
    for (let path = dir; !this.#dirs.has(path); path = dirname(path)) {
      missing.unshift(path);
      if (dirname(path) === path) break;
    }
    for (const path of missing) {
      this.#dirs.set(path, { folders: new Set(), entries: new Map(), synced: new Map() });
      if (dirname(path) !== path) this.#dirs.get(dirname(path))?.folders.add(basename(path));
    }
  }

  async syncDir(dir: string): Promise<void> {
    this.#tick(`syncDir ${dir}`);
    const entry = this.#dir(dir);
    entry.synced = new Map(entry.entries);
  }
}

/** What unsynced bytes look like after a crash: kept, lost, cut short or zeroed (lowdb #139). */
function garble(data: Buffer, durable: Buffer, random: () => number): Buffer {
  const roll = random();
  if (roll < 0.25) return Buffer.from(data);
  if (roll < 0.5) return Buffer.from(durable);
  if (roll < 0.75) return Buffer.from(data.subarray(0, Math.floor(random() * data.length)));
  return Buffer.alloc(data.length);
}
