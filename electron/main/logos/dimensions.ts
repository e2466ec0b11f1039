import { LOGO_MAX_DIMENSION } from '../../../src/logos/logo-report';
import type { RemovalLog } from './removal-log';
import { getAttr, removeAttr, setAttr, type XElement } from './xml-tree';

/**
 * Root size rules. A logo scales only with a viewBox, so one is derived from width/height when
 * missing. Absurd width/height (a 100,000,000 px logo freezes or overflows layouts) are dropped
 * when a viewBox can stand in for them.
 */

/** CSS pixels per unit for absolute units; font-relative ones at the usual 16 px font size. */
const PX_PER_UNIT: Record<string, number> = {
  '': 1,
  px: 1,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
  pt: 96 / 72,
  pc: 16,
  em: 16,
  rem: 16,
  ex: 8,
  ch: 8,
};
/** Depend on the font size where the logo is shown, so they cannot become a viewBox. */
const FONT_UNITS = new Set(['em', 'rem', 'ex', 'ch']);
/** Relative to the page or the container: at most 100 of them fit without overflowing. */
const VIEWPORT_UNITS = new Set([
  '%',
  'vw',
  'vh',
  'vmin',
  'vmax',
  'svw',
  'svh',
  'lvw',
  'lvh',
  'dvw',
  'dvh',
]);

interface RootLength {
  value: number;
  unit: string;
}

function parseLength(value: string | undefined): RootLength | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([a-z]*|%)\s*$/i.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]);
  return Number.isFinite(n) ? { value: n, unit: (match[2] as string).toLowerCase() } : undefined;
}

/** The length in CSS px, when it is absolute or font-relative; undefined otherwise. */
function toPx(length: RootLength | undefined): number | undefined {
  const factor = length === undefined ? undefined : PX_PER_UNIT[length.unit];
  return length === undefined || factor === undefined ? undefined : length.value * factor;
}

/** True when a root width or height would make the logo larger than LOGO_MAX_DIMENSION px. */
function isOversized(length: RootLength | undefined): boolean {
  if (length === undefined) return false;
  if (VIEWPORT_UNITS.has(length.unit)) return length.value > 100;
  const px = toPx(length);
  // Unknown units are ignored by browsers (the attribute falls back to its default).
  return px !== undefined && px > LOGO_MAX_DIMENSION;
}

/** An absolute length in px (user units when there is no viewBox); undefined otherwise. */
function absolutePx(length: RootLength | undefined): number | undefined {
  if (length === undefined || FONT_UNITS.has(length.unit)) return undefined;
  const px = toPx(length);
  return px !== undefined && px > 0 ? px : undefined;
}

function formatNumber(n: number): string {
  return String(Number(n.toFixed(6)));
}

export function normalizeRootSize(root: XElement, log: RemovalLog): void {
  const width = parseLength(getAttr(root, 'width'));
  const height = parseLength(getAttr(root, 'height'));
  const widthPx = absolutePx(width);
  const heightPx = absolutePx(height);
  let viewBox = getAttr(root, 'viewBox');

  if (viewBox === undefined) {
    if (widthPx !== undefined && heightPx !== undefined) {
      // Without a viewBox one user unit is one px, whatever unit the size was given in.
      viewBox = `0 0 ${formatNumber(widthPx)} ${formatNumber(heightPx)}`;
      setAttr(root, 'viewBox', viewBox);
      log.warn(
        `The logo had no viewBox; "${viewBox}" was derived from its width and height so it scales.`,
      );
    } else {
      log.warn('The logo has no viewBox, so it may not scale to the size it is shown at.');
    }
  }

  if (isOversized(width) || isOversized(height)) {
    removeAttr(root, 'width');
    removeAttr(root, 'height');
    log.remove('oversized width/height');
    log.warn(
      `The logo declared a size above ${LOGO_MAX_DIMENSION.toLocaleString('en')} px (or above ` +
        '100 %); width and height were removed so it cannot cover the page.',
    );
  }
}
