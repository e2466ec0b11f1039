import { LOGO_MAX_USE_EXPANSION } from '../../../src/logos/logo-report';
import { refuse } from './refusal';
import type { RemovalLog } from './removal-log';
import { getAttr, type XElement } from './xml-tree';

/**
 * `<use>` checks on the cleaned tree: a `<use>` that (directly or through other uses) contains
 * itself is removed, and a document whose uses would instantiate more than
 * LOGO_MAX_USE_EXPANSION elements is refused (a 2 KB file can otherwise fan out to millions).
 */

const MAX_REFERENCE_CHAIN = 512;

export function checkUseGraph(root: XElement, log: RemovalLog): void {
  const byId = new Map<string, XElement>();
  const parentOf = new Map<XElement, XElement>();
  const stack: XElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as XElement;
    const id = getAttr(el, 'id');
    if (id !== undefined && !byId.has(id)) byId.set(id, el);
    for (const child of el.children) {
      if (child.type === 'element') {
        parentOf.set(child, el);
        stack.push(child);
      }
    }
  }

  const size = new Map<XElement, number>();
  const inProgress = new Set<XElement>();
  const cyclic = new Set<XElement>();

  const expand = (el: XElement, chain: number): number => {
    const known = size.get(el);
    if (known !== undefined) return known;
    if (chain > MAX_REFERENCE_CHAIN) {
      refuse(
        'use-expansion',
        'The logo chains references to other elements too deeply to display safely.',
      );
    }
    inProgress.add(el);
    let total = 1;
    for (const child of el.children) {
      if (child.type === 'element') total += expand(child, chain + 1);
    }
    if (el.local === 'use') {
      const href = getAttr(el, 'href');
      const target = href?.startsWith('#') ? byId.get(href.slice(1)) : undefined;
      if (target !== undefined) {
        if (inProgress.has(target)) cyclic.add(el);
        else total += expand(target, chain + 1);
      }
    }
    inProgress.delete(el);
    total = Math.min(total, LOGO_MAX_USE_EXPANSION + 1);
    size.set(el, total);
    return total;
  };

  const total = expand(root, 0);
  // Sizes computed while a cycle was open may be too small; the refusal below only needs a
  // lower bound, and cyclic uses are removed before anything is rendered.
  for (const use of cyclic) {
    const parent = parentOf.get(use);
    if (parent) parent.children = parent.children.filter((c) => c !== use);
    log.remove('self-referencing use element');
  }
  if (total > LOGO_MAX_USE_EXPANSION) {
    refuse(
      'use-expansion',
      `The logo repeats elements through <use> so often that it would draw more than ` +
        `${LOGO_MAX_USE_EXPANSION.toLocaleString('en')} shapes; it is refused to keep the app responsive.`,
    );
  }
}
