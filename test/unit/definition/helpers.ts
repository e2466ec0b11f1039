import { openMainServices, type MainServices } from '../../../electron/main/services';
import { ScriptedDialogs } from '../../e2e/support/scripted-dialogs';
import { snapshotFolder } from '../support/folder-snapshot';
import { GENERATOR } from './samples';

export async function openServices(dataDir: string, dialogs = new ScriptedDialogs()) {
  const services = await openMainServices({
    dataDir,
    dialogs,
    generator: GENERATOR,
    links: { openInBrowser: async () => {} },
  });
  return { services, dialogs };
}

/** Calls a channel and returns its value, failing the test on an error result. */
export async function call<T>(
  services: MainServices,
  channel: string,
  payload: unknown = {},
): Promise<T> {
  const result = await services.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** Every byte of the data folder, for "nothing stored changed" assertions. */
export const storeBytes = (dataDir: string) => snapshotFolder(dataDir);
