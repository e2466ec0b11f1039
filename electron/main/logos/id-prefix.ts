import { createHash } from 'node:crypto';

/**
 * Ids and class names of every logo get a per-logo prefix, so two logos inlined into one page
 * cannot capture each other's gradients or styles, and ids like "config" cannot clobber
 * `window.config` (DOM clobbering).
 *
 * The prefix is derived from the sanitized content itself (computed with a placeholder, then
 * hashed), so it does not depend on the ids the file came with, and sanitizing the output again
 * yields the same prefix: previously applied prefixes are recognised and stripped first.
 */

/** Shape of a derived prefix: "l" + 8 hex digits. */
const DERIVED_PREFIX = /^l[0-9a-f]{8}$/;
const DERIVED_PREFIX_PART = /^l[0-9a-f]{8}-/;

/** Used while the content hash is not yet known; it is replaced before output. */
export const PLACEHOLDER_PREFIX = 'l00000000';

/** A caller-given prefix must be a plain CSS identifier so it needs no escaping anywhere. */
export const GIVEN_PREFIX = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

export function derivePrefix(canonicalSvg: string): string {
  return `l${createHash('sha256').update(canonicalSvg).digest('hex').slice(0, 8)}`;
}

export class IdPrefixer {
  constructor(
    readonly prefix: string,
    private readonly knownPrefixes: readonly string[] = [],
  ) {}

  /** Removes a prefix this sanitizer applied earlier (derived or given), so it is not doubled. */
  strip(name: string): string {
    if (DERIVED_PREFIX_PART.test(name)) return name.slice(10);
    for (const known of [this.prefix, ...this.knownPrefixes]) {
      if (name.startsWith(`${known}-`)) return name.slice(known.length + 1);
    }
    return name;
  }

  /** True for a bare prefix used as the root's scoping class. */
  isPrefixClass(name: string): boolean {
    return DERIVED_PREFIX.test(name) || name === this.prefix || this.knownPrefixes.includes(name);
  }

  map(name: string): string {
    return `${this.prefix}-${this.strip(name)}`;
  }
}
