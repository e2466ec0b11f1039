import type { HandlersFor } from '../ipc/handler-table';
import type { LinkOpener } from './link-opener';
import { openExternalSafe } from './open-external-safe';

/** The readme preview's links: a click in the page asks main to open the address. */
export function linkHandlers(opener: LinkOpener): HandlersFor<'links'> {
  return {
    'links:open-external': ({ url }) => openExternalSafe(url, opener),
  };
}
