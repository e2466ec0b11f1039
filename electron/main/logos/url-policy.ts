import { LOGO_RASTER_MIME_TYPES } from '../../../src/logos/logo-report';

/**
 * URL checks for `href` and `url()`. Only two shapes are ever allowed: a same-document
 * fragment (`#id`) and a base64 `data:` URL of a raster image. Everything else (http, file,
 * javascript, vbscript, data:text/html, data:image/svg+xml, relative paths) is external.
 */

export type UrlVerdict =
  | { kind: 'fragment'; id: string }
  | { kind: 'raster' }
  | { kind: 'refused'; removal: 'unsafe URL' | 'external reference' };

/**
 * Browsers ignore ASCII whitespace and control characters inside a URL scheme ("java\tscript:"),
 * so they are stripped before any check. Character references are already decoded by the parser.
 */
export function normalizeUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
}

const RASTER_DATA_URL = new RegExp(
  `^data:(?:${LOGO_RASTER_MIME_TYPES.map((t) => t.replace('/', '\\/')).join('|')});base64,[a-z0-9+/]+=*$`,
  'i',
);

/** Schemes that run code when followed; reported separately from plain external loads. */
const SCRIPT_SCHEMES = /^(?:javascript|vbscript|livescript|mocha|data):/i;

export function classifyUrl(value: string, allowRaster: boolean): UrlVerdict {
  const url = normalizeUrl(value);
  if (url.startsWith('#') && url.length > 1) return { kind: 'fragment', id: url.slice(1) };
  if (allowRaster && RASTER_DATA_URL.test(url)) return { kind: 'raster' };
  if (SCRIPT_SCHEMES.test(url) || /&colon;|&#/i.test(url))
    return { kind: 'refused', removal: 'unsafe URL' };
  return { kind: 'refused', removal: 'external reference' };
}

/** One `url(…)` reference inside an attribute or CSS value. */
export interface UrlToken {
  start: number;
  end: number;
  inner: string;
}

/**
 * Finds `url(…)` tokens, case-insensitively, honouring quotes. Returns undefined when a `url(`
 * is not closed (the caller treats the whole value as unsafe).
 */
export function findUrlTokens(value: string): UrlToken[] | undefined {
  const tokens: UrlToken[] = [];
  const re = /url\(\s*/gi;
  let match: RegExpExecArray | null;
  while ((match = re.exec(value)) !== null) {
    let i = match.index + match[0].length;
    const quote = value[i] === '"' || value[i] === "'" ? value[i] : undefined;
    let inner: string;
    if (quote) {
      const close = value.indexOf(quote, i + 1);
      if (close < 0) return undefined;
      inner = value.slice(i + 1, close);
      i = close + 1;
      while (value[i] === ' ' || value[i] === '\t' || value[i] === '\n') i++;
      if (value[i] !== ')') return undefined;
    } else {
      const close = value.indexOf(')', i);
      if (close < 0) return undefined;
      inner = value.slice(i, close).trim();
      i = close;
    }
    tokens.push({ start: match.index, end: i + 1, inner });
    re.lastIndex = i + 1;
  }
  return tokens;
}

/**
 * Rewrites every `url(#id)` with `mapId`; returns undefined if any `url()` is not a fragment
 * (the caller drops the value).
 */
export function rewriteFragmentUrls(
  value: string,
  mapId: (id: string) => string,
): string | undefined {
  const tokens = findUrlTokens(value);
  if (tokens === undefined) return undefined;
  let out = '';
  let last = 0;
  for (const token of tokens) {
    const verdict = classifyUrl(token.inner, false);
    if (verdict.kind !== 'fragment') return undefined;
    out += `${value.slice(last, token.start)}url(#${mapId(verdict.id)})`;
    last = token.end;
  }
  return out + value.slice(last);
}
