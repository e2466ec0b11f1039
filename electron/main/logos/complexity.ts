import { indexOfTopLevel, matchingBrace, splitTopLevel } from './css-scan';
import { countCombinators } from './css-policy';
import { getAttr, textContent, type XElement } from './xml-tree';

/**
 * Measures of a cleaned logo that predict how long svgo and the browser will take on it. The
 * costly parts of svgo are not proportional to file size: its tree walk checks each element
 * against all its siblings, its style matching checks every rule against every element and each
 * of its ancestors, and writing path data copies a run of same-command numbers once per segment.
 * A 35 KiB file can therefore take minutes, while a 1 MiB ordinary logo takes half a second.
 */
export interface LogoComplexity {
  elements: number;
  /** Elements, each counted once per level of nesting (1 for the root, 2 for its children…). */
  depthWeightedElements: number;
  /** Sum over parents of (element children)²: the cost of svgo's sibling checks. */
  siblingWork: number;
  /** Selectors in all `<style>` rules (a selector list `a,b{}` counts two). */
  styleSelectors: number;
  /** Selectors × depth-weighted elements: the rule checks of svgo's style computation. */
  styleChecks: number;
  /**
   * `styleChecks` with each selector weighted by (deepest nesting)^(its combinators), which
   * bounds how often svgo's matcher retries a selector like `g g g path` on other ancestors.
   */
  styleMatchWork: number;
  /**
   * Like `depthWeightedElements`, but an ancestor with a `style` attribute counts once more per
   * STYLE_CHARS_PER_UNIT characters of it: svgo parses that attribute again for every descendant.
   */
  inheritanceWork: number;
  /** Nesting depth of the deepest element (the root is at 1). */
  depth: number;
  uses: number;
  /**
   * Sum over runs of same-kind path commands (a `points` list is one run) of (numbers in the
   * run)²: the cost of svgo writing path data.
   */
  pathRunWork: number;
  /** Numbers in all `d` and `points` attributes together. */
  pathNumbers: number;
}

/** The selectors of a sanitized stylesheet (rules and those inside `@media` blocks). */
export function listSelectors(css: string, out: string[] = []): string[] {
  let i = 0;
  while (i < css.length) {
    const open = indexOfTopLevel(css, '{', i);
    if (open < 0) break;
    const close = matchingBrace(css, open);
    if (close < 0) break;
    const prelude = css.slice(i, open).trim();
    if (prelude.startsWith('@')) listSelectors(css.slice(open + 1, close), out);
    else out.push(...splitTopLevel(prelude, ','));
    i = close + 1;
  }
  return out;
}

/**
 * Command kinds whose runs svgo writes as one growing list: a moveto continues as a lineto,
 * and convertPathData may turn any curve into any other curve kind.
 */
const COMMAND_KIND: Record<string, string> = {
  m: 'l',
  l: 'l',
  h: 'l',
  v: 'l',
  c: 'c',
  s: 'c',
  q: 'c',
  t: 'c',
  a: 'a',
  z: 'z',
};
const PATH_TOKEN = /([A-Za-z])|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** Total numbers and the sum of squared same-kind run lengths of one path data string. */
export function pathRuns(d: string): { numbers: number; runWork: number } {
  let numbers = 0;
  let runWork = 0;
  let run = 0;
  let kind = '';
  for (const match of d.matchAll(PATH_TOKEN)) {
    const letter = match[1];
    if (letter === undefined) {
      numbers += 1;
      run += 1;
      continue;
    }
    const next = COMMAND_KIND[letter.toLowerCase()] ?? letter;
    if (next !== kind || next === 'z') {
      runWork += run * run;
      run = 0;
    }
    kind = next;
  }
  return { numbers, runWork: runWork + run * run };
}

/** Measured: parsing 3 characters of a `style` attribute costs svgo as much as one ancestor. */
const STYLE_CHARS_PER_UNIT = 3;

interface Visit {
  el: XElement;
  level: number;
  /** Inheritance cost of the parent's chain of ancestors. */
  chain: number;
}

export function measureComplexity(root: XElement): LogoComplexity {
  const m: LogoComplexity = {
    elements: 0,
    depthWeightedElements: 0,
    siblingWork: 0,
    styleSelectors: 0,
    styleChecks: 0,
    styleMatchWork: 0,
    inheritanceWork: 0,
    depth: 0,
    uses: 0,
    pathRunWork: 0,
    pathNumbers: 0,
  };
  const combinators: number[] = [];
  const stack: Visit[] = [{ el: root, level: 1, chain: 0 }];
  while (stack.length > 0) {
    const { el, level, chain: parentChain } = stack.pop() as Visit;
    const styleLength = getAttr(el, 'style')?.length ?? 0;
    const chain = parentChain + 1 + Math.ceil(styleLength / STYLE_CHARS_PER_UNIT);
    m.inheritanceWork += chain;
    m.elements += 1;
    m.depthWeightedElements += level;
    if (level > m.depth) m.depth = level;
    if (el.local === 'use') m.uses += 1;
    if (el.local === 'style')
      for (const selector of listSelectors(textContent(el)))
        combinators.push(countCombinators(selector));
    for (const name of ['d', 'points']) {
      const value = getAttr(el, name);
      if (value === undefined) continue;
      const runs = pathRuns(value);
      m.pathNumbers += runs.numbers;
      // A points list is written as one moveto followed by one long lineto run.
      m.pathRunWork += name === 'points' ? runs.numbers * runs.numbers : runs.runWork;
    }
    let children = 0;
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      children += 1;
      stack.push({ el: child, level: level + 1, chain });
    }
    m.siblingWork += children * children;
  }
  m.styleSelectors = combinators.length;
  m.styleChecks = m.styleSelectors * m.depthWeightedElements;
  for (const k of combinators) m.styleMatchWork += m.depthWeightedElements * m.depth ** k;
  return m;
}
