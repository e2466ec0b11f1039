import { fsError, type FsLayer, type WritableFile } from './fs-layer';

export type FsOp =
  | 'openForWrite'
  | 'write'
  | 'sync'
  | 'close'
  | 'readFile'
  | 'rename'
  | 'link'
  | 'unlink'
  | 'readdir'
  | 'mkdir'
  | 'syncDir';

export interface FaultPlan {
  /** 1-based index of the operation that fails (SQLite's ioerr loop). */
  failAt?: number;
  /** Error code of the injected failure; defaults to EIO. */
  code?: string;
  /** Fail every operation from failAt on, not only that one. */
  persistent?: boolean;
  /** Total bytes `write` may add before it fails with ENOSPC (a full disk). */
  quotaBytes?: number;
}

/**
 * Wraps a real FsLayer and injects failures: the n-th operation, or ENOSPC once a byte quota
 * is used up. For tests; the counters say how many operations a save needed.
 */
export class FaultFs implements FsLayer {
  readonly ops: FsOp[] = [];
  bytesWritten = 0;
  plan: FaultPlan;
  readonly #inner: FsLayer;

  constructor(inner: FsLayer, plan: FaultPlan = {}) {
    this.#inner = inner;
    this.plan = plan;
  }

  #tick(op: FsOp, path: string): void {
    this.ops.push(op);
    const n = this.ops.length;
    const { failAt } = this.plan;
    if (failAt === undefined) return;
    if (n === failAt || (this.plan.persistent === true && n > failAt)) {
      throw fsError(this.plan.code ?? 'EIO', `injected failure of ${op} #${n} on ${path}`);
    }
  }

  async openForWrite(path: string, exclusive: boolean): Promise<WritableFile> {
    this.#tick('openForWrite', path);
    const file = await this.#inner.openForWrite(path, exclusive);
    return {
      write: async (data) => {
        this.#tick('write', path);
        const quota = this.plan.quotaBytes;
        if (quota !== undefined && this.bytesWritten + data.length > quota) {
          // A full disk takes what fits and then fails, leaving a partial temp file.
          const fits = Math.max(0, quota - this.bytesWritten);
          await file.write(data.subarray(0, fits));
          this.bytesWritten += fits;
          throw fsError('ENOSPC', `no space left writing ${path}`);
        }
        await file.write(data);
        this.bytesWritten += data.length;
      },
      sync: async () => {
        this.#tick('sync', path);
        await file.sync();
      },
      close: async () => {
        // The handle is closed even when the fault fires, so tests leak no descriptors.
        try {
          this.#tick('close', path);
        } finally {
          await file.close();
        }
      },
    };
  }

  async readFile(path: string): Promise<Uint8Array> {
    this.#tick('readFile', path);
    return this.#inner.readFile(path);
  }

  async rename(from: string, to: string): Promise<void> {
    this.#tick('rename', from);
    return this.#inner.rename(from, to);
  }

  async link(existing: string, newPath: string): Promise<void> {
    this.#tick('link', existing);
    return this.#inner.link(existing, newPath);
  }

  async unlink(path: string): Promise<void> {
    this.#tick('unlink', path);
    return this.#inner.unlink(path);
  }

  async readdir(dir: string): Promise<string[]> {
    this.#tick('readdir', dir);
    return this.#inner.readdir(dir);
  }

  async mkdir(dir: string): Promise<void> {
    this.#tick('mkdir', dir);
    return this.#inner.mkdir(dir);
  }

  async syncDir(dir: string): Promise<void> {
    this.#tick('syncDir', dir);
    return this.#inner.syncDir(dir);
  }
}
