import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { sanitizeLogo } from '../../electron/main/logos';
import { corpusDir, loadManifest } from '../unit/logos/corpus';
import { compareRasters, installRasterCompare, MAX_DIFF_SHARE } from './logo-raster';

/**
 * The corpus in a real browser. Benign logos: input and sanitized output rendered as <img> at
 * two sizes must match (pixelmatch threshold 0.1, at most 0.5 % differing pixels). Hostile
 * logos: the sanitized output is loaded as <img>, inlined into HTML and opened directly, with
 * dialogs hooked and every request that leaves the local server recorded; none may happen.
 */

test.describe.configure({ mode: 'parallel' });

const entries = loadManifest();
const SIZES = [64, 256];

/** The input as a browser should see it: inflated, decoded by its declared charset. */
function referenceText(file: string): string {
  let bytes: Uint8Array = readFileSync(path.join(corpusDir, file));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 100));
  const declared = /encoding=["']([\w-]+)["']/.exec(head)?.[1]?.toLowerCase();
  let text = new TextDecoder(declared && declared !== 'utf-8' ? declared : 'utf-8').decode(bytes);
  // Without xmlns the file renders nothing as an image; the reference is what the HTML parser
  // implies (the SVG namespace), which is the rendering users expect.
  if (!/<svg[^>]*\sxmlns=/.test(text))
    text = text.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return text;
}

test.describe('benign logos render the same after sanitizing', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await installRasterCompare(page);
  });
  test.afterAll(async () => page.close());

  for (const entry of entries.filter((e) => e.expected === 'keep')) {
    test(entry.file, async () => {
      const report = sanitizeLogo(new Uint8Array(readFileSync(path.join(corpusDir, entry.file))));
      expect(report.accepted, report.reason).toBe(true);
      const pair = { a: referenceText(entry.file), b: report.svg as string };
      for (const size of SIZES) {
        const [result] = await compareRasters(page, [pair], size);
        expect(result?.error, `render error at ${size}px`).toBeUndefined();
        expect(
          (result?.diff ?? Infinity) / (result?.total ?? 1),
          `share of pixels differing at ${size}px`,
        ).toBeLessThanOrEqual(MAX_DIFF_SHARE);
      }
    });
  }
});

/** A tiny server for the three contexts: /svg/<n> (the file), /img/<n>, /inline/<n>. */
async function startServer(svgs: string[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const match = /^\/(svg|img|inline)\/(\d+)$/.exec(req.url ?? '');
    const svg = match ? svgs[Number(match[2])] : undefined;
    if (!match || svg === undefined) {
      res.writeHead(404).end();
      return;
    }
    const html = (body: string): void => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
    };
    if (match[1] === 'svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8' });
      res.end(svg);
    } else if (match[1] === 'img') html(`<img src="/svg/${match[2]}" width="64" height="64">`);
    else html(`<div>${svg}</div>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Observed {
  dialogs: string[];
  external: string[];
}

/** Opens `url` with dialogs and foreign requests recorded (and blocked). */
async function observe(page: Page, origin: string, url: string): Promise<Observed> {
  const observed: Observed = { dialogs: [], external: [] };
  page.on('dialog', (dialog) => {
    observed.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route(
    (u) => !u.href.startsWith(origin),
    (route) => {
      observed.external.push(route.request().url());
      void route.abort();
    },
  );
  await page.addInitScript(() => {
    const w = window as unknown as { alert: (m?: unknown) => void; __alerts: string[] };
    w.__alerts = [];
    w.alert = (m?: unknown): void => void w.__alerts.push(String(m));
  });
  await page.goto(`${origin}${url}`, { waitUntil: 'load' });
  await page.waitForTimeout(250); // SMIL begin events, CSS animations, lazy fetches
  const hooked = await page
    .evaluate(() => (window as unknown as { __alerts?: string[] }).__alerts ?? [])
    .catch(() => []);
  observed.dialogs.push(...hooked);
  return observed;
}

const hostile = entries.filter((e) => e.file.startsWith('hostile/'));
const hostileOutputs = hostile.map((e) =>
  sanitizeLogo(new Uint8Array(readFileSync(path.join(corpusDir, e.file)))),
);
const rawInputs = hostile.map((e) => readFileSync(path.join(corpusDir, e.file), 'utf8'));

test.describe('hostile logos are inert after sanitizing', () => {
  let server: Server;
  let origin: string;
  test.beforeAll(async () => {
    ({ server, origin } = await startServer([
      ...hostileOutputs.map((r) => r.svg ?? ''),
      ...rawInputs,
    ]));
  });
  test.afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  hostile.forEach((entry, i) => {
    const report = hostileOutputs[i];
    if (!report?.accepted) return; // refused: nothing is stored, nothing to render
    test(entry.file, async ({ browser }) => {
      for (const context of ['img', 'inline', 'svg']) {
        const page = await browser.newPage();
        const seen = await observe(page, origin, `/${context}/${i}`);
        await page.close();
        expect(seen.dialogs, `${context}: dialogs`).toEqual([]);
        expect(seen.external, `${context}: requests leaving the page`).toEqual([]);
      }
    });
  });

  // The harness must be able to fail: the same checks on raw inputs do see the payloads.
  test('harness self-check: raw hostile inputs are detected', async ({ browser }) => {
    const rawIndex = (name: string): number =>
      hostile.length + hostile.findIndex((e) => e.file === name);
    const page1 = await browser.newPage();
    const script = await observe(page1, origin, `/svg/${rawIndex('hostile/script-inline.svg')}`);
    await page1.close();
    expect(script.dialogs.join()).toContain('script-inline');
    const page2 = await browser.newPage();
    const pixel = await observe(
      page2,
      origin,
      `/inline/${rawIndex('hostile/image-href-external-tracking-pixel.svg')}`,
    );
    await page2.close();
    expect(pixel.external.join()).toContain('attacker.example');
  });
});
