import { filterAttributes } from './attribute-policy';
import type { CssContext } from './css-policy';
import { sanitizeStylesheet } from './css-policy';
import { normalizeRootSize } from './dimensions';
import { classifyElement } from './element-policy';
import type { IdPrefixer } from './id-prefix';
import type { RemovalLog } from './removal-log';
import { TEXT_ELEMENTS } from './svg-allow-list';
import { checkUseGraph } from './use-graph';
import { textContent, walkElements, type XElement, type XNode } from './xml-tree';

/**
 * Our allow-list pass over the whole tree, in place. It is run on the parsed input, again on
 * svgo's output, and once more on the final text to prove nothing is left to remove.
 */

/** Returns what replaces `el` in its parent: itself, its children (unwrapped), or nothing. */
function cleanElement(el: XElement, ctx: CssContext, isRoot: boolean): XNode[] {
  const verdict = classifyElement(el);
  if (verdict.action === 'remove') {
    ctx.log.remove(verdict.kind);
    return [];
  }
  if (verdict.action === 'unwrap') {
    ctx.log.remove(verdict.kind);
    return cleanChildren(el, ctx);
  }
  const { hrefRefused } = filterAttributes(el, ctx, isRoot);
  // An image or use without its (refused) target draws nothing; a bare element would only
  // confuse. feImage stays (without href it is transparent) so its filter chain still works.
  if (hrefRefused && (el.local === 'image' || el.local === 'use')) return [];
  if (el.local === 'use' && !el.attrs.some((a) => a.local === 'href')) return [];
  if (el.local === 'style') {
    const css = sanitizeStylesheet(textContent(el), ctx);
    el.attrs = [];
    el.children = css === '' ? [] : [{ type: 'text', value: css }];
    return css === '' ? [] : [el];
  }
  el.children = cleanChildren(el, ctx);
  return [el];
}

function cleanChildren(el: XElement, ctx: CssContext): XNode[] {
  const keepsText = TEXT_ELEMENTS.has(el.local);
  const out: XNode[] = [];
  for (const child of el.children) {
    const replacement: XNode[] =
      child.type === 'element' ? cleanElement(child, ctx, false) : keepsText ? [child] : [];
    if (child.type === 'text' && !keepsText && child.value.trim() !== '')
      ctx.log.remove('stray text');
    for (const node of replacement) {
      const last = out[out.length - 1];
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else out.push(node);
    }
  }
  return out;
}

/** Gives every element the logo's scoping class (see `scopeSelector` in css-policy.ts). */
function tagEveryElement(root: XElement, scopeClass: string): void {
  for (const el of walkElements(root)) {
    const cls = el.attrs.find((a) => a.uri === '' && a.local === 'class');
    if (!cls) el.attrs.push({ uri: '', local: 'class', value: scopeClass });
    else if (!cls.value.split(' ').includes(scopeClass)) cls.value = `${cls.value} ${scopeClass}`;
  }
}

export function applyPolicy(root: XElement, prefixer: IdPrefixer, log: RemovalLog): void {
  const ctx: CssContext = { prefixer, log };
  cleanElement(root, ctx, true);
  if (ctx.scopeEveryElement === true) tagEveryElement(root, prefixer.prefix);
  normalizeRootSize(root, log);
  checkUseGraph(root, log);
}
