import { ok } from '../../../src/result';
import type { WindowFlushRequests } from '../store/window-flush';
import type { HandlersFor } from './handler-table';

export function appHandlers(windowFlushes: WindowFlushRequests): HandlersFor<'app'> {
  return {
    // An answer nobody waits for (it came too late) is harmless: the edits were saved anyway.
    'app:flushed': async ({ requestId }) => ok({ awaited: windowFlushes.answer(requestId) }),
  };
}
