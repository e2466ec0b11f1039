import { ALLOWED_ELEMENTS, EDITOR_NAMESPACES, UNWRAPPED_ELEMENTS } from './svg-allow-list';
import { SVG_NS, type XElement } from './xml-tree';

/** What happens to one element: kept (attributes filtered), unwrapped, or removed with content. */
export type ElementVerdict =
  { action: 'keep' } | { action: 'unwrap'; kind: string } | { action: 'remove'; kind: string };

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * SMIL can rewrite any attribute after the static checks ran (`<set attributeName="href"
 * to="javascript:…">`), so animation elements go entirely.
 * LIMITATION: animated logos become static (their first frame); allowing SMIL safely would need
 * per-target-attribute rules for attributeName, values, from, to and by.
 */
const ANIMATION_ELEMENTS = new Set([
  'animate',
  'set',
  'animatetransform',
  'animatemotion',
  'animatecolor',
  'mpath',
  'discard',
]);

/**
 * Decides by namespace and local name. Matching is case-insensitive for the dangerous names
 * because the HTML parser lower-cases inline SVG (`<SCRIPT>` is inert XML but a live script
 * once inlined), and exact for the allow-list because XML names are case-sensitive.
 */
export function classifyElement(el: XElement): ElementVerdict {
  const lower = el.local.toLowerCase();
  if (lower === 'script') return { action: 'remove', kind: 'script element' };
  if (el.uri !== SVG_NS) {
    if (EDITOR_NAMESPACES.has(el.uri)) return { action: 'remove', kind: 'editor data' };
    if (el.uri === XHTML_NS) return { action: 'remove', kind: 'HTML element' };
    return { action: 'remove', kind: 'non-SVG element' };
  }
  if (lower === 'foreignobject') return { action: 'remove', kind: 'foreignObject element' };
  if (ANIMATION_ELEMENTS.has(lower)) return { action: 'remove', kind: 'animation element' };
  if (lower === 'metadata') return { action: 'remove', kind: 'metadata element' };
  const unwrapKind = UNWRAPPED_ELEMENTS.get(el.local);
  if (unwrapKind !== undefined) return { action: 'unwrap', kind: unwrapKind };
  if (ALLOWED_ELEMENTS.has(el.local)) return { action: 'keep' };
  return { action: 'remove', kind: 'unsupported element' };
}
