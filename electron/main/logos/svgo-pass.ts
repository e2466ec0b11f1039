import { optimize, type PluginConfig } from 'svgo';

/**
 * svgo as an optimizer only; it runs after our allow-list pass and its output is checked again.
 *
 * The list is explicit (never `preset-default`, whose contents change between releases):
 * - no `inlineStyles`/`minifyStyles`/`mergeStyles`: they break compound selectors and drop
 *   `@media` blocks (see ../shared/svg-sanitizing.md, A8), and our CSS is already minimal;
 * - no `cleanupIds`/`prefixIds`: ids are prefixed by us, stably (id-prefix.ts);
 * - no `removeViewBox`/`removeDimensions`: the viewBox is what makes a logo scale;
 * - `removeScripts` is named as a belt on top of our own removal of scripts and handlers.
 */
/** In preset-default's order (the order matters for the result being stable). */
const PLUGINS: PluginConfig[] = [
  'removeDoctype',
  'removeXMLProcInst',
  'removeComments',
  'removeMetadata',
  'removeEditorsNSData',
  'cleanupAttrs',
  'cleanupNumericValues',
  'convertColors',
  'removeUnknownsAndDefaults',
  'removeNonInheritableGroupAttrs',
  'removeUselessStrokeAndFill',
  'cleanupEnableBackground',
  'removeHiddenElems',
  'removeEmptyText',
  'convertShapeToPath',
  'convertEllipseToCircle',
  'moveElemsAttrsToGroup',
  'moveGroupAttrsToElems',
  'collapseGroups',
  'convertPathData',
  'convertTransform',
  'removeEmptyAttrs',
  'removeEmptyContainers',
  'mergePaths',
  'removeUnusedNS',
  'sortAttrs',
  'sortDefsChildren',
  'removeDesc',
  'removeScripts',
];

/**
 * Plugins that move attributes between elements, change element types or merge elements. They
 * are skipped when the logo has a `<style>` element, because svgo does not re-check that type,
 * descendant or sibling selectors still match afterwards (e.g. `g circle {…}` stops matching
 * once collapseGroups removes the `<g>`).
 */
const STRUCTURAL_PLUGINS: ReadonlySet<PluginConfig> = new Set([
  'convertShapeToPath',
  'convertEllipseToCircle',
  'moveElemsAttrsToGroup',
  'moveGroupAttrsToElems',
  'collapseGroups',
  'removeEmptyContainers',
  'mergePaths',
]);

export function svgoPlugins(hasStyleElement: boolean): PluginConfig[] {
  return hasStyleElement ? PLUGINS.filter((p) => !STRUCTURAL_PLUGINS.has(p)) : [...PLUGINS];
}

/**
 * Runs svgo once (not multipass: our own checks run after it, and time matters) with the plugins
 * chosen by `planSvgo`; with none left, the text is returned as it is.
 */
export function optimizeSvg(svg: string, plugins: PluginConfig[]): string {
  if (plugins.length === 0) return svg;
  return optimize(svg, { multipass: false, plugins }).data;
}
