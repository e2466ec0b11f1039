import { fail, ok, type Result } from '../../../src/result';

/** Longer links are refused: no real readme link needs more, and huge inputs only cost time. */
export const EXTERNAL_URL_MAX_LENGTH = 2_048;

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:']);

// Control characters and whitespace inside a link are how look-alike and header-injection
// tricks get past a quick glance, so none may remain after trimming the ends.
const HIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/u;

/**
 * Decides whether a link from the readme may leave the app, and in which exact spelling.
 * Only https: (without credentials) and mailto: pass; the answer is the parsed, normalized URL,
 * so the operating system receives what was checked and nothing else. Pure and total.
 */
export function checkExternalUrl(raw: unknown): Result<string> {
  if (typeof raw !== 'string') return fail('VALIDATION', 'A link must be text.');
  const text = raw.trim();
  if (text === '') return fail('VALIDATION', 'The link is empty.');
  if (text.length > EXTERNAL_URL_MAX_LENGTH) {
    return fail('VALIDATION', `Links can be at most ${EXTERNAL_URL_MAX_LENGTH} characters.`);
  }
  if (HIDDEN_CHARACTERS.test(text)) {
    return fail('VALIDATION', 'The link contains spaces or invisible characters.');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('VALIDATION', 'The link is not a complete address.');
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return fail('VALIDATION', 'Only https: and mailto: links open outside Connector Studio.');
  }
  if (url.protocol === 'https:') {
    if (url.username !== '' || url.password !== '') {
      return fail('VALIDATION', 'Links with a user name or password are not opened.');
    }
    if (url.hostname === '') return fail('VALIDATION', 'The link names no host.');
  } else if (url.pathname === '') {
    return fail('VALIDATION', 'The mail link names no address.');
  }
  if (url.href.length > EXTERNAL_URL_MAX_LENGTH) {
    return fail('VALIDATION', `Links can be at most ${EXTERNAL_URL_MAX_LENGTH} characters.`);
  }
  return ok(url.href);
}
