import { openMainServices, type MainServices } from '../../../electron/main/services';
import { RecordingLinks } from '../../e2e/support/recording-links';
import { ScriptedDialogs } from '../../e2e/support/scripted-dialogs';

export const TEST_GENERATOR = { name: 'Connector Studio', version: '0.0.0-test' } as const;

/** The real main-process services on `dataDir`, with scripted dialogs and recorded links. */
export async function openServices(dataDir: string, dialogs = new ScriptedDialogs()) {
  const links = new RecordingLinks();
  const services = await openMainServices({ dataDir, dialogs, links, generator: TEST_GENERATOR });
  return { services, dialogs, links };
}

/** Calls a channel and returns its value, failing the test on an error result. */
export async function call<T>(
  services: MainServices,
  channel: string,
  payload: unknown = {},
): Promise<T> {
  const result = await services.dispatch(channel, payload);
  if (!result.ok) {
    throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  }
  return result.value as T;
}
