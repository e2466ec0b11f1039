import { SVG_NS, XLINK_NS, XML_NS, type XElement, type XNode } from './xml-tree';

/**
 * Writes the sanitized tree as XML that means the same thing to an XML parser and to the HTML
 * parser (inline SVG): only SVG elements, no prefixes on elements, no comments, no CDATA, and
 * every markup-significant character escaped.
 */

function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

// Tab, CR and LF are written as references so that attribute-value normalization on re-parse
// cannot change them (which would break idempotence, and hide "java\tscript" style tricks).
const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function escapeAttr(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

function usesXlink(el: XElement): boolean {
  if (el.attrs.some((a) => a.uri === XLINK_NS)) return true;
  return el.children.some((c) => c.type === 'element' && usesXlink(c));
}

function attrName(uri: string, local: string): string {
  if (uri === '') return local;
  if (uri === XLINK_NS) return `xlink:${local}`;
  if (uri === XML_NS) return `xml:${local}`;
  throw new Error(`cannot serialize an attribute in namespace ${uri}`);
}

function writeElement(el: XElement, out: string[], namespaces: string): void {
  if (el.uri !== SVG_NS) throw new Error(`cannot serialize a non-SVG element <${el.local}>`);
  out.push('<', el.local, namespaces);
  for (const attr of el.attrs) {
    out.push(' ', attrName(attr.uri, attr.local), '="', escapeAttr(attr.value), '"');
  }
  if (el.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of el.children) writeNode(child, out);
  out.push('</', el.local, '>');
}

function writeNode(node: XNode, out: string[]): void {
  if (node.type === 'text') out.push(escapeText(node.value));
  else writeElement(node, out, '');
}

/** Serializes a sanitized `<svg>` root with the namespace declarations it needs. */
export function serializeSvg(root: XElement): string {
  const out: string[] = [];
  let namespaces = ` xmlns="${SVG_NS}"`;
  if (usesXlink(root)) namespaces += ` xmlns:xlink="${XLINK_NS}"`;
  writeElement(root, out, namespaces);
  return out.join('');
}
