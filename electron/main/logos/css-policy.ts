import {
  LOGO_MAX_SELECTOR_COMBINATORS,
  LOGO_MAX_STYLE_DECLARATIONS,
} from '../../../src/logos/logo-report';
import type { IdPrefixer } from './id-prefix';
import { hasNonFiniteNumber, TEXT_VALUED_NAMES } from './numbers';
import {
  couldMatchRoot,
  ROOT_PLACEMENT_PROPERTIES,
  ROOT_PLACEMENT_REMOVAL,
  type RootIdentity,
} from './root-placement';
import { refuse } from './refusal';
import type { RemovalLog } from './removal-log';
import { indexOfTopLevel, matchingBrace, splitTopLevel, stripComments } from './css-scan';
import { rewriteFragmentUrls } from './url-policy';
import {
  ALLOWED_CSS_FUNCTIONS,
  ALLOWED_ELEMENTS,
  ALLOWED_PSEUDO_CLASSES,
  EXTRA_CSS_PROPERTIES,
  PRESENTATION_PROPERTIES,
} from './svg-allow-list';

/**
 * CSS allow-list for `style` attributes and `<style>` elements.
 *
 * Declarations: only presentation properties (plus a few SVG geometry ones) and custom
 * properties; values may call only listed functions; `url()` only as `url(#id)`. Rules: only
 * selectors made of SVG type names, classes, ids, combinators and a few structural
 * pseudo-classes, each scoped to this logo (see `scopeSelector`). At-rules: only `@media`.
 * Backslash escapes are refused outright, so no keyword can be spelled in disguise.
 *
 * LIMITATION: `@keyframes` and `@font-face` are dropped: their names are global to the host page
 * and renaming them consistently in `animation`/`font-family` values is not implemented.
 */

export interface CssContext {
  prefixer: IdPrefixer;
  log: RemovalLog;
  /**
   * Set when a selector's subject has no class or id of this logo (e.g. `g circle`): it is then
   * scoped with `:where(.P)` and every element of the logo must carry class P.
   */
  scopeEveryElement?: boolean;
  /** Set once the root's attributes are filtered (the root is always filtered first). */
  root?: RootIdentity;
  /** Declarations seen so far, against LOGO_MAX_STYLE_DECLARATIONS. */
  declarations?: number;
}

const ALLOWED_AT_MEDIA_PRELUDE = /^[a-z0-9\s(),:.\-/]*$/i;
const CUSTOM_PROPERTY = /^--[A-Za-z0-9_-]+$/;
const FORBIDDEN_IN_VALUE = /[\\<>@{}]|javascript|-moz-binding/i;

function isAllowedProperty(name: string): boolean {
  return (
    PRESENTATION_PROPERTIES.has(name) ||
    EXTRA_CSS_PROPERTIES.has(name) ||
    CUSTOM_PROPERTY.test(name)
  );
}

/**
 * Checks and rewrites one property value; undefined (after logging why) when it must go. Also
 * used for presentation attributes: browsers parse those as CSS too, so `fill="\75 rl(…)"` is a
 * `url()` and `mask="image-set('…')"` loads an image.
 */
export function sanitizeValue(value: string, ctx: CssContext): string | undefined {
  if (FORBIDDEN_IN_VALUE.test(value)) {
    ctx.log.remove('unsafe CSS value');
    return undefined;
  }
  for (const match of value.matchAll(/([A-Za-z-]+)\(/g)) {
    if (!ALLOWED_CSS_FUNCTIONS.has((match[1] as string).toLowerCase())) {
      ctx.log.remove('unsafe CSS value');
      return undefined;
    }
  }
  if (!/url\(/i.test(value)) return value;
  const rewritten = rewriteFragmentUrls(value, (id) => ctx.prefixer.map(id));
  if (rewritten === undefined) ctx.log.remove('external reference');
  return rewritten;
}

/** Each declaration is parsed again by svgo for every element it may apply to; few are needed. */
function countDeclarations(count: number, ctx: CssContext): void {
  ctx.declarations = (ctx.declarations ?? 0) + count;
  if (ctx.declarations > LOGO_MAX_STYLE_DECLARATIONS) {
    refuse(
      'too-many-style-declarations',
      `The logo's styles have more than ${LOGO_MAX_STYLE_DECLARATIONS.toLocaleString('en')} CSS ` +
        'declarations in all; export it again with presentation attributes or fewer styles.',
    );
  }
}

/**
 * Sanitizes a declaration list (a `style` attribute or a rule body). `appliesToRoot` removes the
 * properties that could move or enlarge the root outside its box (see root-placement.ts).
 */
export function sanitizeDeclarations(css: string, ctx: CssContext, appliesToRoot = false): string {
  const kept: string[] = [];
  const parts = splitTopLevel(stripComments(css), ';');
  countDeclarations(parts.length, ctx);
  for (const part of parts) {
    const colon = part.indexOf(':');
    if (colon < 0) {
      if (part.trim() !== '') ctx.log.remove('unsupported CSS property');
      continue;
    }
    const rawName = part.slice(0, colon).trim();
    const name = CUSTOM_PROPERTY.test(rawName) ? rawName : rawName.toLowerCase();
    if (!isAllowedProperty(name)) {
      ctx.log.remove('unsupported CSS property');
      continue;
    }
    if (appliesToRoot && ROOT_PLACEMENT_PROPERTIES.has(name)) {
      ctx.log.remove(ROOT_PLACEMENT_REMOVAL);
      continue;
    }
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important$/i.test(value);
    if (important) value = value.replace(/!\s*important$/i, '').trim();
    if (!TEXT_VALUED_NAMES.has(name) && hasNonFiniteNumber(value)) {
      ctx.log.remove('out-of-range number');
      continue;
    }
    const clean = sanitizeValue(value, ctx);
    if (clean === undefined || clean === '') continue;
    kept.push(`${name}:${clean}${important ? '!important' : ''}`);
  }
  return kept.join(';');
}

const SCOPE_SUFFIX = /:where\(\s*\.([A-Za-z_][\w-]*)\s*(?:,\s*\.\1\s+\*\s*)?\)$/;
const SELECTOR_TOKENS =
  /(\s*[>+~]\s*)|(\s+)|(\*)|([A-Za-z][A-Za-z0-9-]*)|\.(-?[A-Za-z_][\w-]*)|#(-?[A-Za-z_][\w-]*)|:([a-z-]+)(?:\(\s*([0-9n+\s-]+|odd|even)\s*\))?/y;
const ALLOWED_TYPE_SELECTORS = new Set([...ALLOWED_ELEMENTS].map((n) => n.toLowerCase()));

/**
 * Rewrites one complex selector so that it can match only inside this logo: classes and ids get
 * the logo prefix, so a subject with a class or id is already confined. Any other subject (type,
 * `*`, pseudo-class only) gets `:where(.P)`, zero specificity so the cascade inside the logo is
 * unchanged, and every element of the logo gets class P. (A descendant test such as
 * `:where(.P *)` would not do: clones inside a `<use>` shadow tree have no such ancestor.)
 * Undefined when the selector is not allowed.
 */
function scopeSelector(selector: string, ctx: CssContext): string | undefined {
  const source = selector.trim().replace(SCOPE_SUFFIX, '');
  if (source === '') return undefined;
  const p = ctx.prefixer;
  let out = '';
  let i = 0;
  let subjectConfined = false;
  while (i < source.length) {
    SELECTOR_TOKENS.lastIndex = i;
    const m = SELECTOR_TOKENS.exec(source);
    if (!m) return undefined;
    i = SELECTOR_TOKENS.lastIndex;
    if (m[1] !== undefined || m[2] !== undefined) subjectConfined = false;
    if (m[5] !== undefined || m[6] !== undefined) subjectConfined = true;
    if (m[1] !== undefined) out += m[1].trim();
    else if (m[2] !== undefined) out += ' ';
    else if (m[3] !== undefined) out += '*';
    else if (m[4] !== undefined) {
      if (!ALLOWED_TYPE_SELECTORS.has(m[4].toLowerCase())) return undefined;
      out += m[4];
    } else if (m[5] !== undefined) out += `.${p.isPrefixClass(m[5]) ? p.prefix : p.map(m[5])}`;
    else if (m[6] !== undefined) out += `#${p.map(m[6])}`;
    else if (m[7] !== undefined) {
      const arg = m[8];
      if (
        arg !== undefined
          ? !/^nth-(?:last-)?(?:child|of-type)$/.test(m[7])
          : !ALLOWED_PSEUDO_CLASSES.has(m[7])
      ) {
        return undefined;
      }
      out += arg !== undefined ? `:${m[7]}(${arg.replace(/\s+/g, '')})` : `:${m[7]}`;
    }
  }
  if (/^[>+~]|[>+~]$/.test(out)) return undefined;
  if (subjectConfined) return out;
  ctx.scopeEveryElement = true;
  return `${out}:where(.${p.prefix})`;
}

/**
 * Combinators in a selector (descendant spaces and `>`, `+`, `~`), outside `:nth-child(…)`
 * arguments. Each one makes a matcher walk ancestors or siblings, so long chains are dropped.
 */
export function countCombinators(selector: string): number {
  return (
    selector
      .replace(/\([^()]*\)/g, '')
      .trim()
      .match(/\s*[>+~]\s*|\s+/g)?.length ?? 0
  );
}

function sanitizeSelectorList(prelude: string, ctx: CssContext): string | undefined {
  const kept: string[] = [];
  for (const selector of splitTopLevel(prelude, ',')) {
    if (countCombinators(selector) > LOGO_MAX_SELECTOR_COMBINATORS) {
      ctx.log.remove('overlong CSS selector');
      continue;
    }
    const scoped = scopeSelector(selector, ctx);
    if (scoped === undefined) ctx.log.remove('CSS selector outside the logo');
    else kept.push(scoped);
  }
  return kept.length > 0 ? kept.join(',') : undefined;
}

function sanitizeRules(css: string, ctx: CssContext, depth: number): string {
  const out: string[] = [];
  let i = 0;
  while (i < css.length) {
    while (i < css.length && /\s/.test(css[i] as string)) i++;
    if (i >= css.length) break;
    const end = indexOfTopLevel(css, css[i] === '@' ? ';{' : '{', i);
    if (end < 0 || css[end] === ';') {
      // A statement at-rule (@import, @charset, @namespace) or trailing garbage.
      ctx.log.remove(
        css[i] === '@' ? `CSS ${/^@[\w-]*/.exec(css.slice(i))?.[0] ?? '@'} rule` : 'CSS rule',
      );
      i = end < 0 ? css.length : end + 1;
      continue;
    }
    const close = matchingBrace(css, end);
    if (close < 0) {
      ctx.log.remove('CSS rule');
      break;
    }
    const prelude = css.slice(i, end).trim();
    const body = css.slice(end + 1, close);
    i = close + 1;
    if (/[\\<]/.test(prelude) || /[\\<]/.test(body)) {
      ctx.log.remove('CSS rule with escapes');
    } else if (prelude.startsWith('@')) {
      const media = /^@media\s+(.*)$/is.exec(prelude);
      const condition = media?.[1]?.trim() ?? '';
      if (
        media &&
        depth < 3 &&
        ALLOWED_AT_MEDIA_PRELUDE.test(condition) &&
        !/url/i.test(condition)
      ) {
        const inner = sanitizeRules(body, ctx, depth + 1);
        if (inner !== '') out.push(`@media ${condition.replace(/\s+/g, ' ')}{${inner}}`);
      } else {
        ctx.log.remove(`CSS ${/^@[\w-]*/.exec(prelude)?.[0] ?? '@'} rule`);
      }
    } else {
      const selectors = sanitizeSelectorList(prelude, ctx);
      const root = ctx.root;
      const matchesRoot =
        root !== undefined &&
        selectors !== undefined &&
        splitTopLevel(selectors, ',').some((sel) => couldMatchRoot(sel, root));
      const declarations =
        selectors === undefined ? '' : sanitizeDeclarations(body, ctx, matchesRoot);
      if (selectors !== undefined && declarations !== '') out.push(`${selectors}{${declarations}}`);
    }
  }
  return out.join('');
}

/** Sanitizes the text of a `<style>` element; '' when nothing is left. */
export function sanitizeStylesheet(css: string, ctx: CssContext): string {
  return sanitizeRules(stripComments(css), ctx, 0);
}
