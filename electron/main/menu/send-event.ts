import type { WebContents } from 'electron';
import type { EventName, EventPayloads } from '../../../src/ipc/events';

/** The only way main pushes to the window: a named event from the list, with its typed payload. */
export function sendEvent<E extends EventName>(
  contents: WebContents,
  event: E,
  payload: EventPayloads[E],
): void {
  if (!contents.isDestroyed()) contents.send(event, payload);
}
