import { LOGO_MAX_DIMENSION } from '../../../src/logos/logo-report';
import type { RemovalLog } from './removal-log';
import { getAttr, removeAttr, setAttr, type XElement } from './xml-tree';

/**
 * Root size rules. A logo scales only with a viewBox, so one is derived from width/height when
 * missing. Absurd width/height (a 100,000,000 px logo freezes or overflows layouts) are dropped
 * when a viewBox can stand in for them.
 */

/** A length in user units or px; undefined for %, em, mm… (those cannot become a viewBox). */
function parseUserLength(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px)?\s*$/i.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function formatNumber(n: number): string {
  return String(Number(n.toFixed(6)));
}

export function normalizeRootSize(root: XElement, log: RemovalLog): void {
  const width = parseUserLength(getAttr(root, 'width'));
  const height = parseUserLength(getAttr(root, 'height'));
  let viewBox = getAttr(root, 'viewBox');

  if (viewBox === undefined) {
    if (
      width !== undefined &&
      height !== undefined &&
      width <= LOGO_MAX_DIMENSION &&
      height <= LOGO_MAX_DIMENSION
    ) {
      viewBox = `0 0 ${formatNumber(width)} ${formatNumber(height)}`;
      setAttr(root, 'viewBox', viewBox);
      log.warn(
        `The logo had no viewBox; "${viewBox}" was derived from its width and height so it scales.`,
      );
    } else {
      log.warn('The logo has no viewBox, so it may not scale to the size it is shown at.');
    }
  }

  const tooWide = width !== undefined && width > LOGO_MAX_DIMENSION;
  const tooHigh = height !== undefined && height > LOGO_MAX_DIMENSION;
  if ((tooWide || tooHigh) && viewBox !== undefined) {
    removeAttr(root, 'width');
    removeAttr(root, 'height');
    log.remove('oversized width/height');
    log.warn(
      `The logo declared a size above ${LOGO_MAX_DIMENSION.toLocaleString('en')} px; width and height were ` +
        'removed and the viewBox now sets its proportions.',
    );
  }
}
