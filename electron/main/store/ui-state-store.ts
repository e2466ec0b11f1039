import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_UI_STATE, uiStateSchema, type UiState } from '../../../src/ui/ui-state';
import { log } from '../log';
import { writeFileDurably } from './durable';

export const UI_STATE_FILE = 'ui-state.json';

export interface UiStateStore {
  get(): UiState;
  replace(state: UiState): Promise<void>;
}

/** A missing or damaged file means "nothing remembered"; it is rewritten on the next change. */
export async function openUiStateStore(dataDir: string): Promise<UiStateStore> {
  const file = join(dataDir, UI_STATE_FILE);
  let current = DEFAULT_UI_STATE;
  try {
    const parsed = uiStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) current = parsed.data;
    else log.warn(`${UI_STATE_FILE} is not valid; starting with nothing remembered`);
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    if (!missing) log.warn(`${UI_STATE_FILE} could not be read; starting with nothing remembered`);
  }
  return {
    get: () => current,
    async replace(state) {
      await writeFileDurably(file, `${JSON.stringify(state, null, 2)}\n`);
      current = state;
    },
  };
}
