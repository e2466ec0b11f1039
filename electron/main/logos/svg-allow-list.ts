/**
 * What a logo may contain. Everything not listed here is removed; the lists are deliberately
 * short and static (SVG 1.1/2 names, case-sensitive as XML is).
 */

/** SVG elements kept as they are (their attributes are still filtered). */
// prettier-ignore
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'image',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood',
  'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge',
  'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight',
  'feTile', 'feTurbulence',
]);

/**
 * Elements replaced by their children: the link or choice goes, the drawing stays.
 * LIMITATION: `<switch>` renders only its first matching child; unwrapping renders all of them.
 * Logos use it almost only for Illustrator's foreignObject fallback, which is removed anyway.
 */
export const UNWRAPPED_ELEMENTS: ReadonlyMap<string, string> = new Map([
  ['a', 'link (content kept)'],
  ['switch', 'switch element (content kept)'],
]);

/** Elements that can hold meaningful text; text elsewhere is dropped. */
export const TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'text',
  'tspan',
  'textPath',
  'title',
  'desc',
  'style',
]);

/** Elements whose `href` may point at another element of the same document. */
// prettier-ignore
export const FRAGMENT_HREF_ELEMENTS: ReadonlySet<string> = new Set([
  'use', 'textPath', 'linearGradient', 'radialGradient', 'pattern', 'filter', 'feImage',
]);

/** Elements whose `href` may hold an embedded raster image. */
export const RASTER_HREF_ELEMENTS: ReadonlySet<string> = new Set(['image', 'feImage']);

/** Namespaces of drawing programs' private data (reported as editor data, not as a threat). */
// prettier-ignore
export const EDITOR_NAMESPACES: ReadonlySet<string> = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://ns.adobe.com/AdobeIllustrator/10.0/',
  'http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/',
  'http://ns.adobe.com/Extensibility/1.0/',
  'http://ns.adobe.com/Flows/1.0/',
  'http://ns.adobe.com/ImageReplacement/1.0/',
  'http://ns.adobe.com/GenericCustomNamespace/1.0/',
  'http://ns.adobe.com/XPath/1.0/',
  'http://ns.adobe.com/SaveForWeb/1.0/',
  'http://www.bohemiancoding.com/sketch/ns',
  'http://www.figma.com/figma/ns',
  'http://creativecommons.org/ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://www.serif.com/',
  'http://www.vectornator.io',
  'http://schemas.microsoft.com/visio/2003/SVGExtensions/',
]);

/** Presentation attributes; the same names are the CSS properties allowed in `style`. */
// prettier-ignore
export const PRESENTATION_PROPERTIES: ReadonlySet<string> = new Set([
  'alignment-baseline', 'baseline-shift', 'clip', 'clip-path', 'clip-rule', 'color',
  'color-interpolation', 'color-interpolation-filters', 'color-rendering', 'direction', 'display',
  'dominant-baseline', 'fill', 'fill-opacity', 'fill-rule', 'filter', 'flood-color',
  'flood-opacity', 'font', 'font-family', 'font-feature-settings', 'font-kerning', 'font-size',
  'font-size-adjust', 'font-stretch', 'font-style', 'font-variant', 'font-weight',
  'glyph-orientation-horizontal', 'glyph-orientation-vertical', 'image-rendering', 'isolation',
  'letter-spacing', 'lighting-color', 'marker', 'marker-end', 'marker-mid', 'marker-start', 'mask',
  'mask-type', 'mix-blend-mode', 'opacity', 'overflow', 'paint-order', 'pointer-events',
  'shape-rendering', 'stop-color', 'stop-opacity', 'stroke', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity',
  'stroke-width', 'text-anchor', 'text-decoration', 'text-rendering', 'transform',
  'transform-box', 'transform-origin', 'unicode-bidi', 'vector-effect', 'visibility',
  'white-space', 'word-spacing', 'writing-mode',
]);

/**
 * CSS-only properties allowed in addition to the presentation ones. Geometry properties are
 * limited to those that cannot resize the root: `width`/`height` in CSS would let an inlined logo
 * cover the host page.
 * LIMITATION: a logo that sets `width`/`height` of shapes through CSS loses those declarations.
 */
// prettier-ignore
export const EXTRA_CSS_PROPERTIES: ReadonlySet<string> = new Set([
  'x', 'y', 'cx', 'cy', 'r', 'rx', 'ry', 'd', 'font-variant-ligatures', 'font-variant-caps',
  'font-variant-numeric', 'font-optical-sizing', 'font-variation-settings', 'text-decoration-line',
  'text-decoration-color', 'text-decoration-style', 'line-height', 'text-transform',
]);

/** Non-presentation attributes, on any SVG element (a harmless attribute on the wrong element is inert). */
// prettier-ignore
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set([
  ...PRESENTATION_PROPERTIES,
  // core and accessibility
  'id', 'class', 'style', 'lang', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby',
  'aria-hidden', 'focusable', 'version', 'baseProfile',
  // geometry and viewports
  'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'width',
  'height', 'd', 'points', 'pathLength', 'viewBox', 'preserveAspectRatio', 'href',
  // paint servers, clipping, masking, markers
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'offset', 'patternUnits',
  'patternContentUnits', 'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits',
  'markerWidth', 'markerHeight', 'markerUnits', 'orient', 'refX', 'refY',
  // text
  'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method', 'spacing', 'side',
  // filters
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'mode', 'type', 'values', 'operator',
  'k1', 'k2', 'k3', 'k4', 'stdDeviation', 'edgeMode', 'kernelMatrix', 'kernelUnitLength', 'order',
  'divisor', 'bias', 'targetX', 'targetY', 'preserveAlpha', 'surfaceScale', 'diffuseConstant',
  'specularConstant', 'specularExponent', 'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY',
  'pointsAtZ', 'limitingConeAngle', 'scale', 'xChannelSelector', 'yChannelSelector', 'radius',
  'baseFrequency', 'numOctaves', 'seed', 'stitchTiles', 'tableValues', 'slope', 'intercept',
  'amplitude', 'exponent',
]);

/** CSS functions allowed in property values (`url()` is checked separately). */
// prettier-ignore
export const ALLOWED_CSS_FUNCTIONS: ReadonlySet<string> = new Set([
  'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix',
  'var', 'calc', 'min', 'max', 'clamp', 'url', 'path', 'matrix', 'matrix3d', 'translate',
  'translatex', 'translatey', 'translate3d', 'scale', 'scalex', 'scaley', 'scale3d', 'rotate',
  'rotate3d', 'skew', 'skewx', 'skewy', 'perspective', 'blur', 'drop-shadow', 'brightness',
  'contrast', 'grayscale', 'hue-rotate', 'invert', 'saturate', 'sepia',
]);

/** Pseudo-classes allowed in `<style>` selectors (structural or harmless). */
// prettier-ignore
export const ALLOWED_PSEUDO_CLASSES: ReadonlySet<string> = new Set([
  'first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type',
  'empty', 'hover',
]);
