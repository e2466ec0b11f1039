// eng-disable OPEN_EXTERNAL_JS_CHECK
// reviewed: reached only through openExternalSafe, which allows https: and mailto: alone.
import { shell } from 'electron';
import type { LinkOpener } from './link-opener';

/**
 * The only reference to `shell.openExternal` in the code base (a unit test holds that). It is
 * handed to the services as a port, and the services reach it only through `openExternalSafe`.
 */
export const systemBrowser: LinkOpener = {
  // eslint-disable-next-line no-restricted-syntax -- reviewed: the port behind openExternalSafe
  openInBrowser: (url) => shell.openExternal(url),
};
