/**
 * The result of importing one logo, shared by the main process (which produces it) and the
 * renderer (which shows it). Pure data: no Node, no DOM.
 */

/** Why a logo was refused. Stable machine codes; `reason` carries the words for people. */
export type LogoRefusalCode =
  | 'empty'
  | 'too-large'
  | 'binary-not-svg'
  | 'html-not-svg'
  | 'not-xml'
  | 'bad-gzip'
  | 'bad-encoding'
  | 'malformed-xml'
  | 'doctype-entities'
  | 'too-deep'
  | 'too-many-elements'
  | 'not-svg-root'
  | 'use-expansion'
  | 'internal-error';

export interface LogoRemoval {
  /** Plain words, e.g. "script element", "event handler attribute", "external reference". */
  kind: string;
  count: number;
}

export interface LogoReport {
  accepted: boolean;
  /** Only when refused: a sentence a user can act on. */
  reason?: string;
  /** Only when refused: the machine-readable form of `reason`. */
  code?: LogoRefusalCode;
  /** Only when accepted: the sanitized SVG text (UTF-8, no XML declaration). */
  svg?: string;
  /** What the sanitizer took out, grouped by kind, in order of first occurrence. */
  removed: LogoRemoval[];
  /** Harmless changes worth telling the user about (e.g. a viewBox was derived). */
  warnings: string[];
  /** Size of the file as given (before gzip inflation). */
  bytesIn: number;
  /** Size of `svg` encoded as UTF-8; 0 when refused. */
  bytesOut: number;
}

/** Largest accepted file, and largest accepted gzip-inflated content. */
export const LOGO_MAX_BYTES = 1024 * 1024;

/**
 * Element count and nesting depth caps. They bound memory and keep svgo's quadratic plugins
 * (removeEmptyContainers, collapseGroups) well under a second; they also keep recursion in
 * svgo and in our own tree walks far away from the stack limit.
 */
export const LOGO_MAX_ELEMENTS = 10_000;
export const LOGO_MAX_DEPTH = 256;

/**
 * Cap on the number of elements a renderer would instantiate once every `<use>` is expanded
 * (the "billion laughs" of SVG: a 2 KB file can fan out to a million shapes).
 */
export const LOGO_MAX_USE_EXPANSION = 50_000;

/** A width or height above this (in user units or px) is dropped in favour of the viewBox. */
export const LOGO_MAX_DIMENSION = 10_000;

/** Raster types allowed inside `<image>` and `<feImage>`, always as base64 `data:` URLs. */
export const LOGO_RASTER_MIME_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
] as const;

/** A refused report, with the invariant fields filled in. */
export function refusedLogoReport(
  code: LogoRefusalCode,
  reason: string,
  bytesIn: number,
): LogoReport {
  return { accepted: false, code, reason, removed: [], warnings: [], bytesIn, bytesOut: 0 };
}
