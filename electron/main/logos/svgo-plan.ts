import type { PluginConfig } from 'svgo';
import type { LogoComplexity } from './complexity';
import { svgoPlugins } from './svgo-pass';

/**
 * Which svgo plugins run on a logo. Plugins whose cost grows faster than the file are skipped
 * when the logo's complexity would make them slow. Skipping an optimizer never changes how the
 * logo looks: the file is only larger than it could be. The thresholds sit far above the real
 * logos measured (largest values in brackets), so those are optimized exactly as before.
 */

/** Sum of (children per parent)² [5.7 M]: svgo's tree walk checks each child against its siblings. */
export const SVGO_MAX_SIBLING_WORK = 12_000_000;
/**
 * Style selectors × depth-weighted elements, each selector weighted by its possible retries [138]:
 * svgo matches each rule on each ancestor, and retries combinators on every ancestor.
 */
export const SVGO_MAX_STYLE_MATCH_WORK = 20_000;
/** Inheritance work (see complexity.ts) [7,192]: svgo's style computation walks every ancestor. */
export const SVGO_MAX_INHERITANCE_WORK = 50_000;
/**
 * Sum over same-kind path command runs of (numbers in the run)² [6.3 M]: svgo copies a run once
 * per segment while writing it.
 */
export const SVGO_MAX_PATH_RUN_WORK = 150_000_000;

/** Plugins that compute styles with svgo's rule matcher, per element and per ancestor. */
const STYLE_MATCHING = [
  'removeUnknownsAndDefaults',
  'removeUselessStrokeAndFill',
  'removeHiddenElems',
  'convertPathData',
  'collapseGroups',
  'removeEmptyContainers',
  'mergePaths',
];
/** Plugins that write path data (polygons become paths, paths are merged). */
const PATH_WRITING = ['convertShapeToPath', 'convertPathData', 'mergePaths'];

export interface SvgoPlan {
  plugins: PluginConfig[];
  /** Plugins left out because of the logo's complexity (for the report and the bench). */
  skipped: string[];
}

export function planSvgo(m: LogoComplexity, hasStyleElement: boolean): SvgoPlan {
  const all = svgoPlugins(hasStyleElement);
  const skip = new Set<string>();
  if (m.siblingWork > SVGO_MAX_SIBLING_WORK) for (const p of all) skip.add(String(p));
  if (m.styleMatchWork > SVGO_MAX_STYLE_MATCH_WORK || m.inheritanceWork > SVGO_MAX_INHERITANCE_WORK)
    for (const p of STYLE_MATCHING) skip.add(p);
  if (m.pathRunWork > SVGO_MAX_PATH_RUN_WORK) for (const p of PATH_WRITING) skip.add(p);
  return {
    plugins: all.filter((p) => !skip.has(String(p))),
    skipped: all.map(String).filter((p) => skip.has(p)),
  };
}
