import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Rasterizes pairs of SVG texts as `<img>` in Chromium and compares them with pixelmatch,
 * inside the page (only the counts cross the protocol, so thousands of icons stay fast).
 * Shared by the e2e corpus spec and the fidelity run.
 */

const require = createRequire(import.meta.url);

/** Per-pixel colour tolerance handed to pixelmatch (its default; anti-aliasing is ignored). */
export const PIXEL_THRESHOLD = 0.1;
/** Share of differing pixels above which two renderings count as different (0.5 %). */
export const MAX_DIFF_SHARE = 0.005;

export interface RasterResult {
  /** Pixels that differ beyond PIXEL_THRESHOLD (anti-aliasing excluded). */
  diff: number;
  total: number;
  /** Set when either image failed to load (an SVG Chromium cannot render as an image). */
  error?: string;
}

/**
 * The in-page comparer, as plain script text: a function passed to page.evaluate would be
 * transformed by tsx/esbuild (which injects a `__name` helper the page does not have).
 */
const IN_PAGE_COMPARE = `
window.compareSvgPairs = async function (pairs, size, threshold) {
  function load(svg) {
    return new Promise(function (resolve, reject) {
      var img = new Image();
      img.onload = function () { resolve(img); };
      img.onerror = function () { reject(new Error('image failed to load')); };
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    });
  }
  var canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  var ctx = canvas.getContext('2d', { willReadFrequently: true });
  function raster(img) {
    ctx.clearRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    return ctx.getImageData(0, 0, size, size).data;
  }
  var results = [];
  for (var i = 0; i < pairs.length; i++) {
    try {
      var imgs = await Promise.all([load(pairs[i].a), load(pairs[i].b)]);
      var diff = window.pixelmatch(raster(imgs[0]), raster(imgs[1]), null, size, size, { threshold: threshold });
      results.push({ diff: diff, total: size * size });
    } catch (error) {
      results.push({ diff: size * size, total: size * size, error: String(error && error.message) });
    }
  }
  return results;
};
`;

export async function installRasterCompare(page: Page): Promise<void> {
  const source = readFileSync(
    path.join(path.dirname(require.resolve('pixelmatch/package.json')), 'index.js'),
    'utf8',
  );
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({
    content: source.replace(
      'export default function pixelmatch',
      'window.pixelmatch = function pixelmatch',
    ),
  });
  await page.addScriptTag({ content: IN_PAGE_COMPARE });
}

/** Compares each pair at `size`×`size` CSS pixels (call installRasterCompare first). */
export async function compareRasters(
  page: Page,
  pairs: { a: string; b: string }[],
  size: number,
): Promise<RasterResult[]> {
  return page.evaluate(
    (args) =>
      (
        window as unknown as { compareSvgPairs: (...a: unknown[]) => Promise<RasterResult[]> }
      ).compareSvgPairs(args.pairs, args.size, args.threshold),
    { pairs, size, threshold: PIXEL_THRESHOLD },
  );
}
