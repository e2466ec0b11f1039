import { LOGO_MAX_REFERENCE_CHAIN } from '../../../src/logos/logo-report';
import { refuse } from './refusal';
import { getAttr, walkElements, type XElement } from './xml-tree';

/**
 * Refuses chains of links (`<use>` to `<use>`, gradient to gradient through `href`, …) longer
 * than LOGO_MAX_REFERENCE_CHAIN. Browsers and svgo resolve such chains link by link for every
 * element that uses them, so a few thousand chained gradients freeze both.
 *
 * Each walk stops one step past the cap, so the check costs at most elements × cap steps; a cycle
 * stops the walk too (cyclic `<use>` is removed in use-graph.ts, other cycles are inert).
 *
 * LIMITATION: only `href` links are followed. A pattern that paints with another pattern through
 * `fill="url(#…)"` also nests, but its cost is bounded by the element and `<use>` caps.
 */
export function checkReferenceChains(root: XElement): void {
  const byId = new Map<string, XElement>();
  const linked: XElement[] = [];
  for (const el of walkElements(root)) {
    const id = getAttr(el, 'id');
    if (id !== undefined && !byId.has(id)) byId.set(id, el);
    if (getAttr(el, 'href')?.startsWith('#')) linked.push(el);
  }
  const next = (el: XElement): XElement | undefined => {
    const href = getAttr(el, 'href');
    return href?.startsWith('#') ? byId.get(href.slice(1)) : undefined;
  };
  for (const start of linked) {
    const seen = new Set<XElement>([start]);
    let length = 0;
    for (let el = next(start); el !== undefined && !seen.has(el); el = next(el)) {
      seen.add(el);
      length += 1;
      if (length > LOGO_MAX_REFERENCE_CHAIN) {
        refuse(
          'reference-chain',
          `The logo links more than ${LOGO_MAX_REFERENCE_CHAIN} elements one after another ` +
            '(each one pointing to the next through href); shorten the chain before importing.',
        );
      }
    }
  }
}
