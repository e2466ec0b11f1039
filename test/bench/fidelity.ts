import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import config from '../../playwright.config';
import { sanitizeLogo } from '../../electron/main/logos';
import { compareRasters, installRasterCompare, MAX_DIFF_SHARE } from '../e2e/logo-raster';

/**
 * Visual fidelity on real-world SVGs (simple-icons, svg-country-flags): each file is sanitized,
 * input and output are rendered as images in Chromium at SIZE px and compared. Prints the share
 * that is visually identical and lists the rest with reasons. Target: ≥ 99.5 %.
 */

const SIZE = 128;
const BATCH = 150;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCES = [
  path.join(root, 'node_modules', 'simple-icons', 'icons'),
  path.join(root, 'node_modules', 'svg-country-flags', 'svg'),
];

interface Outcome {
  file: string;
  ok: boolean;
  reason?: string;
}

async function main(): Promise<void> {
  const started = performance.now();
  const files = SOURCES.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.svg'))
      .sort()
      .map((f) => path.join(dir, f)),
  );
  const outcomes: Outcome[] = [];
  const pending: { file: string; a: string; b: string }[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const report = sanitizeLogo(bytes);
    if (!report.accepted) outcomes.push({ file, ok: false, reason: `refused: ${report.reason}` });
    else pending.push({ file, a: new TextDecoder().decode(bytes), b: report.svg as string });
  }
  const sanitizeSeconds = (performance.now() - started) / 1000;

  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    const page = await browser.newPage();
    await installRasterCompare(page);
    for (let i = 0; i < pending.length; i += BATCH) {
      const batch = pending.slice(i, i + BATCH);
      const results = await compareRasters(page, batch, SIZE);
      results.forEach((r, j) => {
        const file = (batch[j] as { file: string }).file;
        const share = r.diff / r.total;
        if (r.error) outcomes.push({ file, ok: false, reason: r.error });
        else if (share > MAX_DIFF_SHARE)
          outcomes.push({
            file,
            ok: false,
            reason: `${(share * 100).toFixed(2)} % of pixels differ`,
          });
        else outcomes.push({ file, ok: true });
      });
    }
  } finally {
    await browser.close();
  }

  const identical = outcomes.filter((o) => o.ok).length;
  const share = (identical / outcomes.length) * 100;
  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  out(
    `fidelity: ${identical} / ${outcomes.length} visually identical (${share.toFixed(2)} %), ` +
      `${SIZE} px, pixelmatch threshold 0.1, ≤ ${MAX_DIFF_SHARE * 100} % differing pixels; target ≥ 99.5 %`,
  );
  out(
    `sanitize time ${sanitizeSeconds.toFixed(1)} s, total ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const o of outcomes.filter((x) => !x.ok))
    out(`  ${path.relative(root, o.file)}: ${o.reason}`);
  process.exitCode = share >= 99.5 ? 0 : 1;
}

await main();
