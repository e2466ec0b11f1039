import { fail, ok } from '../../../src/result';
import { log } from '../log';
import type { UiStateStore } from '../store/ui-state-store';
import type { HandlersFor } from './handler-table';

export function uiHandlers(uiState: UiStateStore): HandlersFor<'ui'> {
  return {
    'ui:get-state': async () => ok(uiState.get()),
    'ui:remember-open': async ({ id }) => {
      if (uiState.get().lastOpenConnectorId === id) return ok(uiState.get());
      try {
        await uiState.replace({ ...uiState.get(), lastOpenConnectorId: id });
        return ok(uiState.get());
      } catch (error) {
        log.warn('Could not remember the open connector', error);
        return fail('IO', 'Could not write to the data folder; check free disk space.');
      }
    },
  };
}
