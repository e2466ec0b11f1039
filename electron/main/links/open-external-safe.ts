import { fail, ok, type Result } from '../../../src/result';
import { log } from '../log';
import { checkExternalUrl } from './external-url';
import type { LinkOpener } from './link-opener';

export interface OpenedLink {
  /** The normalized address that was handed to the system browser. */
  readonly url: string;
}

/**
 * The one way out of the app for a link: check it against the allowlist, then hand the
 * normalized address to the opener. Refusals are logged without the address (user data).
 */
export async function openExternalSafe(
  raw: unknown,
  opener: LinkOpener,
): Promise<Result<OpenedLink>> {
  const checked = checkExternalUrl(raw);
  if (!checked.ok) {
    log.warn(`Refused to open a link: ${checked.error.message}`);
    return checked;
  }
  try {
    await opener.openInBrowser(checked.value);
    return ok({ url: checked.value });
  } catch (error) {
    log.error('The system could not open a link', error);
    return fail('IO', 'The system could not open the link; no browser may be set up for it.');
  }
}
