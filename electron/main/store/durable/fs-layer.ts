import { constants, readFile as readFileWithCallback } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { promisify } from 'node:util';

/**
 * The handful of file operations the durable store needs, behind an interface so tests can
 * inject faults (n-th operation fails, ENOSPC) or simulate a power cut.
 *
 * Every method rejects with a Node-style error carrying `code` (ENOENT, ENOSPC, EIO, ...).
 */
export interface FsLayer {
  /** Opens a file for writing; `exclusive` fails with EEXIST when the path exists. */
  openForWrite(path: string, exclusive: boolean): Promise<WritableFile>;
  readFile(path: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  /** Adds a second name for an existing file (hard link). May fail with EPERM/ENOTSUP. */
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** File names (not paths) in a directory. */
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string): Promise<void>;
  /** Makes the directory's entries (creations, renames, unlinks) durable. */
  syncDir(dir: string): Promise<void>;
}

export interface WritableFile {
  write(data: Uint8Array): Promise<void>;
  /** Makes the bytes written so far durable (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The error shape Node's fs uses; fault layers produce the same shape. */
export interface FsError extends Error {
  code?: string;
}

export function errorCode(error: unknown): string {
  const code = (error as FsError | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

/** Creates an fs-style error, for fault layers and for our own checks. */
export function fsError(code: string, message: string): FsError {
  const error: FsError = new Error(`${code}: ${message}`);
  error.code = code;
  return error;
}

class NodeWritableFile implements WritableFile {
  readonly #handle: fsp.FileHandle;

  constructor(handle: fsp.FileHandle) {
    this.#handle = handle;
  }

  async write(data: Uint8Array): Promise<void> {
    // FileHandle.write may write fewer bytes than asked; loop until all are out.
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await this.#handle.write(data, offset, data.length - offset);
      offset += bytesWritten;
    }
  }

  sync(): Promise<void> {
    return this.#handle.sync();
  }

  close(): Promise<void> {
    return this.#handle.close();
  }
}

/** The real file system through node:fs/promises. */
export const nodeFsLayer: FsLayer = {
  async openForWrite(path, exclusive) {
    const flags = exclusive
      ? constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL
      : constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC;
    return new NodeWritableFile(await fsp.open(path, flags, 0o600));
  },
  // The callback form: opening a store reads hundreds of shard files at once, and it finishes
  // them in about two thirds of the time fs/promises takes (connector store bench).
  readFile: promisify(readFileWithCallback),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (path) => fsp.unlink(path),
  readdir: (dir) => fsp.readdir(dir),
  mkdir: async (dir) => {
    await fsp.mkdir(dir, { recursive: true });
  },
  async syncDir(dir) {
    // LIMITATION: Windows cannot open a directory for fsync from Node; NTFS journals metadata,
    // so a rename survives a crash there, but a power cut may lose the last rename.
    if (process.platform === 'win32') return;
    const handle = await fsp.open(dir, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
