import { sanitizeDeclarations, sanitizeValue, type CssContext } from './css-policy';
import {
  ALLOWED_ATTRIBUTES,
  EDITOR_NAMESPACES,
  FRAGMENT_HREF_ELEMENTS,
  PRESENTATION_PROPERTIES,
  RASTER_HREF_ELEMENTS,
} from './svg-allow-list';
import { hasNonFiniteNumber, TEXT_VALUED_NAMES } from './numbers';
import {
  ROOT_PLACEMENT_PROPERTIES,
  ROOT_PLACEMENT_REMOVAL,
  type RootIdentity,
} from './root-placement';
import { classifyUrl, normalizeUrl, rewriteFragmentUrls } from './url-policy';
import { XLINK_NS, XML_NS, type XAttr, type XElement } from './xml-tree';

export interface AttributeResult {
  /** An `href` was present and refused (the caller may drop an element that needs one). */
  hrefRefused: boolean;
}

/** Picks the effective link: SVG 2 `href` wins over `xlink:href`, as in browsers. */
function effectiveHref(attrs: XAttr[]): string | undefined {
  return (
    attrs.find((a) => a.uri === '' && a.local === 'href')?.value ??
    attrs.find((a) => a.uri === XLINK_NS && a.local === 'href')?.value
  );
}

function checkHref(el: XElement, value: string, ctx: CssContext, out: XAttr[]): boolean {
  const allowFragment = FRAGMENT_HREF_ELEMENTS.has(el.local);
  const allowRaster = RASTER_HREF_ELEMENTS.has(el.local);
  const verdict = classifyUrl(value, allowRaster);
  if (verdict.kind === 'fragment' && allowFragment) {
    out.push({ uri: '', local: 'href', value: `#${ctx.prefixer.map(verdict.id)}` });
    return false;
  }
  if (verdict.kind === 'raster') {
    out.push({ uri: '', local: 'href', value: normalizeUrl(value) });
    return false;
  }
  ctx.log.remove(verdict.kind === 'refused' ? verdict.removal : 'external reference');
  return true;
}

function mapClassList(value: string, ctx: CssContext, isRoot: boolean): string {
  const p = ctx.prefixer;
  const classes = value
    .split(/\s+/)
    .filter((c) => c !== '' && !p.isPrefixClass(c))
    .map((c) => p.map(c));
  if (isRoot) classes.unshift(p.prefix);
  return [...new Set(classes)].join(' ');
}

function rootIdentity(attrs: XAttr[]): RootIdentity {
  const value = (name: string): string | undefined =>
    attrs.find((a) => a.uri === '' && a.local === name)?.value;
  return { id: value('id'), classes: new Set((value('class') ?? '').split(' ')) };
}

/**
 * Filters the attributes of a kept SVG element in place: event handlers and unknown names go,
 * `xlink:href` becomes `href`, links must be local (or embedded rasters), ids and classes get the
 * logo prefix, `url()` must be `url(#id)`, and `style` goes through the CSS allow-list.
 */
export function filterAttributes(el: XElement, ctx: CssContext, isRoot: boolean): AttributeResult {
  const out: XAttr[] = [];
  const href = effectiveHref(el.attrs);
  let hrefRefused = false;
  let sawClass = false;
  for (const attr of el.attrs) {
    const name = attr.local;
    if (attr.uri === XML_NS) {
      if (name === 'space' || name === 'lang') out.push(attr);
      else ctx.log.remove('unsupported attribute');
      continue;
    }
    if (attr.uri !== '' && !(attr.uri === XLINK_NS && name === 'href')) {
      ctx.log.remove(EDITOR_NAMESPACES.has(attr.uri) ? 'editor data' : 'unsupported attribute');
      continue;
    }
    // Case-insensitive: `onLoad` is not an XML event handler, but it is one once inlined in HTML.
    if (name.toLowerCase().startsWith('on')) {
      ctx.log.remove('event handler attribute');
      continue;
    }
    if (name === 'href') continue; // handled once below, for both spellings
    if (!ALLOWED_ATTRIBUTES.has(name)) {
      ctx.log.remove('unsupported attribute');
      continue;
    }
    if (isRoot && ROOT_PLACEMENT_PROPERTIES.has(name)) {
      ctx.log.remove(ROOT_PLACEMENT_REMOVAL);
      continue;
    }
    let value: string | undefined = attr.value;
    if (name === 'id') value = ctx.prefixer.map(value);
    else if (name === 'class') {
      sawClass = true;
      value = mapClassList(value, ctx, isRoot);
    } else if (name === 'style') value = sanitizeDeclarations(value, ctx, isRoot);
    else if (PRESENTATION_PROPERTIES.has(name)) value = sanitizeValue(value, ctx);
    else if (/url\(/i.test(value)) {
      value = rewriteFragmentUrls(value, (id) => ctx.prefixer.map(id));
      if (value === undefined) ctx.log.remove('external reference');
    }
    if (value === undefined || (value === '' && (name === 'style' || name === 'class'))) continue;
    if (name !== 'style' && !TEXT_VALUED_NAMES.has(name) && hasNonFiniteNumber(value)) {
      ctx.log.remove('out-of-range number');
      continue;
    }
    out.push({ uri: '', local: name, value });
  }
  if (href !== undefined) hrefRefused = checkHref(el, href, ctx, out);
  if (isRoot && !sawClass) out.push({ uri: '', local: 'class', value: ctx.prefixer.prefix });
  el.attrs = out;
  if (isRoot) ctx.root = rootIdentity(out);
  return { hrefRefused };
}
