interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Runs one write at a time. Data handed in while a write runs replaces any data still waiting
 * (only the newest whole state matters), and every caller whose data was superseded resolves
 * or rejects with the write that carried the newer state, as steno does.
 */
export class CoalescingWriter<T> {
  readonly #writeOnce: (data: T) => Promise<void>;
  #pending: { data: T; waiters: Waiter[] } | null = null;
  #running: Promise<void> | null = null;
  #lastError: unknown = null;

  constructor(writeOnce: (data: T) => Promise<void>) {
    this.#writeOnce = writeOnce;
  }

  write(data: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.#pending === null) this.#pending = { data, waiters: [] };
      this.#pending.data = data;
      this.#pending.waiters.push({ resolve, reject });
      this.#running ??= this.#drain();
    });
  }

  /** Resolves once nothing is running or waiting; never rejects. */
  async whenIdle(): Promise<void> {
    while (this.#running !== null) await this.#running;
  }

  /**
   * Waits for all pending writes; rejects with the error of the last write if it failed, so a
   * quit handler knows the newest state is not on disk.
   */
  async flush(): Promise<void> {
    await this.whenIdle();
    if (this.#lastError !== null) throw this.#lastError;
  }

  async #drain(): Promise<void> {
    while (this.#pending !== null) {
      const batch = this.#pending;
      this.#pending = null;
      try {
        await this.#writeOnce(batch.data);
        this.#lastError = null;
        for (const waiter of batch.waiters) waiter.resolve();
      } catch (error) {
        this.#lastError = error;
        for (const waiter of batch.waiters) waiter.reject(error);
      }
    }
    this.#running = null;
  }
}
