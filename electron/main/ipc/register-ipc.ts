import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../src/ipc/channels';
import { fail } from '../../../src/result';
import { isAppUrl } from '../app-origin';
import { log } from '../log';
import type { Dispatch } from './dispatcher';

/** Only our own top-level frame, showing our own origin, may call the main process. */
function isTrustedSender(event: IpcMainInvokeEvent, origin: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, origin);
}

export function registerIpc(dispatch: Dispatch, origin: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown, ...extra: unknown[]) => {
      if (!isTrustedSender(event, origin)) {
        log.warn(`Refused ${channel} from an untrusted frame`);
        return fail('FORBIDDEN', 'This call did not come from the Connector Studio window.');
      }
      if (extra.length > 0) return fail('VALIDATION', 'Calls take exactly one payload object.');
      return dispatch(channel, payload);
    });
  }
}
