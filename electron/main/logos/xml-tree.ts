/**
 * The small namespace-aware tree the sanitizer works on. Only what survives parsing is here:
 * elements, attributes and text (CDATA becomes text). Comments, processing instructions and
 * the DOCTYPE never enter the tree, so they can never be written out.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XAttr {
  /** Namespace URI; '' for ordinary unprefixed attributes. */
  uri: string;
  local: string;
  value: string;
}

export interface XElement {
  type: 'element';
  uri: string;
  local: string;
  /** The prefix as written in the source, kept only to name things in the report. */
  prefix: string;
  attrs: XAttr[];
  children: XNode[];
}

export interface XText {
  type: 'text';
  value: string;
}

export type XNode = XElement | XText;

export function getAttr(el: XElement, local: string, uri = ''): string | undefined {
  return el.attrs.find((a) => a.local === local && a.uri === uri)?.value;
}

export function setAttr(el: XElement, local: string, value: string): void {
  const existing = el.attrs.find((a) => a.local === local && a.uri === '');
  if (existing) existing.value = value;
  else el.attrs.push({ uri: '', local, value });
}

export function removeAttr(el: XElement, local: string): void {
  el.attrs = el.attrs.filter((a) => !(a.local === local && a.uri === ''));
}

/** Visits every element, parents before children. */
export function* walkElements(root: XElement): Generator<XElement> {
  const stack: XElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as XElement;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i];
      if (child?.type === 'element') stack.push(child);
    }
  }
}

export function textContent(el: XElement): string {
  let out = '';
  for (const child of el.children) {
    out += child.type === 'text' ? child.value : textContent(child);
  }
  return out;
}
