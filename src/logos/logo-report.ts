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
  | 'too-many-uses'
  | 'reference-chain'
  | 'too-many-style-rules'
  | 'style-too-complex'
  | 'too-many-style-declarations'
  | 'output-too-large'
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

/**
 * Caps that keep the sanitizer (synchronous, on the main process) well under two seconds on any
 * input up to LOGO_MAX_BYTES. Chosen from the 3,726 real logos of `npm run fidelity` and the
 * benign corpus, whose largest values are given in brackets; see docs/logos.md.
 */
/** `<use>` elements in one logo [84]. Each is a cloned shadow tree in the browser. */
export const LOGO_MAX_USES = 2_000;
/** Links followed one after another (`<use>`, gradient, pattern, filter, textPath `href`) [3]. */
export const LOGO_MAX_REFERENCE_CHAIN = 32;
/** Selectors in all `<style>` rules together [4]. */
export const LOGO_MAX_STYLE_RULES = 2_000;
/**
 * Selectors × elements, each element counted once per level of nesting, because a style is
 * matched against an element and every ancestor it inherits from [138].
 */
export const LOGO_MAX_STYLE_CHECKS = 2_000_000;
/** CSS declarations in all `style` attributes and rules together [946]. */
export const LOGO_MAX_STYLE_DECLARATIONS = 10_000;
/** Combinators in one selector (`g > g path` has two) [0]; longer selectors are dropped. */
export const LOGO_MAX_SELECTOR_COMBINATORS = 16;

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
