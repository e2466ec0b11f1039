import { log } from '../log';
import { UnsavedChanges } from './connector-store';

export interface QuitGuardPorts {
  /**
   * Asks the window to send the edits it still holds (typing waits for a pause before it
   * saves) and resolves once it has, or once it failed to answer in time. Never rejects.
   */
  flushWindow(): Promise<unknown>;
  /** Waits for pending saves; rejects when a change could not be saved. */
  flush(): Promise<void>;
  /** Shows `message` and resolves true when the user chooses to close anyway. */
  confirmDiscard(message: string): Promise<boolean>;
}

/** The question put to the user when closing would throw away changes that are not on disk. */
export function unsavedMessage(error: unknown): string {
  const what =
    error instanceof UnsavedChanges && error.ids.length > 1
      ? `The latest changes to ${error.ids.length} connectors could not be saved`
      : 'Your latest change could not be saved';
  return (
    `${what} (the data folder could not be written: full disk, or no permission). ` +
    'If you close now, those changes are lost. Free some space and edit again, or close anyway.'
  );
}

/**
 * Decides whether the window may close or the app may quit: first the window sends what it
 * still holds, then every pending save is awaited; if one failed, the user is asked before
 * anything held only in memory is dropped. Resolves true when closing may go ahead.
 */
export async function readyToClose(ports: QuitGuardPorts): Promise<boolean> {
  try {
    await ports.flushWindow();
    await ports.flush();
    return true;
  } catch (error) {
    log.error('Pending saves failed while closing', error);
    return ports.confirmDiscard(unsavedMessage(error));
  }
}

/**
 * Wires a close-like event so it waits for `readyToClose`: the first event is cancelled, the
 * check runs once, and when it allows, `proceed` repeats the close, which then goes through.
 */
export function guardClosing(
  ports: QuitGuardPorts,
  proceed: () => void,
): (event: { preventDefault(): void }) => void {
  let approved = false;
  let checking = false;
  return (event) => {
    if (approved) return;
    event.preventDefault();
    if (checking) return;
    checking = true;
    void readyToClose(ports).then((allowed) => {
      checking = false;
      if (!allowed) return;
      approved = true;
      proceed();
    });
  };
}
