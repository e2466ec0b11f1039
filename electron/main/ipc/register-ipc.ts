import { ipcMain } from 'electron';
import { CHANNELS } from '../../../src/ipc/channels';
import { fail } from '../../../src/result';
import { isAppUrl } from '../app-origin';
import { log } from '../log';
import type { Dispatch } from './dispatcher';

/** What the sender check reads from an invoke event (a subset of Electron's, for tests). */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of ipcMain the registration uses, so tests can hand in a recorder. */
export interface IpcRegistrar {
  handle(
    channel: string,
    listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

/**
 * Only our own top-level frame, showing our own origin, may call the main process: a null frame
 * (already gone), any sub-frame, and any other origin are refused.
 */
export function isTrustedSender(event: SenderEvent, origin: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, origin);
}

/** Registers every channel once, each behind the sender check and the one-payload rule. */
export function registerIpc(dispatch: Dispatch, origin: string, ipc: IpcRegistrar = ipcMain): void {
  for (const channel of CHANNELS) {
    ipc.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event, origin)) {
        log.warn(`Refused ${channel} from an untrusted frame`);
        return fail('FORBIDDEN', 'This call did not come from the Connector Studio window.');
      }
      if (args.length > 1) return fail('VALIDATION', 'Calls take exactly one payload object.');
      return dispatch(channel, args[0]);
    });
  }
}
