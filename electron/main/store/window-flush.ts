import { randomUUID } from 'node:crypto';

/** How long closing waits for the window to send its last edits before going on without. */
export const WINDOW_FLUSH_TIMEOUT_MS = 2000;

export type WindowFlushOutcome = 'flushed' | 'unanswered';

/**
 * Asks the window to send the edits it is still holding (text fields wait for a typing pause
 * before saving) and waits for its answer. The request goes out as the `app:flush-requested`
 * event with a fresh id; the window answers on `app:flushed` with that id once its saves have
 * reached the main process and been stored. An answer with an unknown or old id is ignored,
 * and a window that does not answer in time (hung, or still loading) does not hold up closing.
 */
export class WindowFlushRequests {
  readonly #waiting = new Map<string, () => void>();

  request(
    send: (payload: { requestId: string }) => void,
    timeoutMs = WINDOW_FLUSH_TIMEOUT_MS,
  ): Promise<WindowFlushOutcome> {
    const requestId = randomUUID();
    return new Promise<WindowFlushOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(requestId);
        resolve('unanswered');
      }, timeoutMs);
      this.#waiting.set(requestId, () => {
        clearTimeout(timer);
        this.#waiting.delete(requestId);
        resolve('flushed');
      });
      try {
        send({ requestId });
      } catch {
        // A window destroyed between the check and the send cannot answer: do not wait for it.
        clearTimeout(timer);
        this.#waiting.delete(requestId);
        resolve('unanswered');
      }
    });
  }

  /** The window's answer; false when no request with this id is waiting. */
  answer(requestId: string): boolean {
    const done = this.#waiting.get(requestId);
    done?.();
    return done !== undefined;
  }
}
