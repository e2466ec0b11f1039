import { join } from 'node:path';
import { DEFAULT_UI_STATE, uiStateSchema, type UiState } from '../../../src/ui/ui-state';
import { log } from '../log';
import { DurableJsonFile, StoreRecoveryNeeded, StoreReadFailed, type FsLayer } from './durable';

export const UI_STATE_FILE = 'ui-state.json';

export interface UiStateStore {
  get(): UiState;
  replace(state: UiState): Promise<void>;
  /** Waits for pending writes; rejects if the newest one failed. */
  flush(): Promise<void>;
}

/**
 * What the window remembers, in one DurableJsonFile. Losing it costs a click, so a damaged
 * file means "nothing remembered" instead of a recovery screen; it is still moved aside rather
 * than overwritten. A file written before the envelope (version 0) is upgraded on open.
 */
export async function openUiStateStore(
  dataDir: string,
  options: { fs?: FsLayer } = {},
): Promise<UiStateStore> {
  const file = new DurableJsonFile<UiState>(join(dataDir, UI_STATE_FILE), {
    validate: (value) => uiStateSchema.safeParse(value),
    migrations: [{ from: 0, up: (plain) => plain }],
    ...(options.fs && { fs: options.fs }),
  });
  let current = DEFAULT_UI_STATE;
  try {
    current = (await file.read()) ?? DEFAULT_UI_STATE;
  } catch (error) {
    if (!(error instanceof StoreRecoveryNeeded || error instanceof StoreReadFailed)) throw error;
    log.warn(`${UI_STATE_FILE} could not be read; starting with nothing remembered`);
  }
  return {
    get: () => current,
    async replace(state) {
      await file.write(state);
      current = state;
    },
    flush: () => file.flush(),
  };
}
