import { describe, expect, it } from 'vitest';
import { sanitizeLogo } from '../../../electron/main/logos';
import { decodeCharRefs, loadManifest, readCorpusFile } from './corpus';

/**
 * Drives every file of the shared corpus through the sanitizer, with the expectations of
 * manifest.json (nothing here is hard-coded per file).
 */
const entries = loadManifest();

function expectNoneOf(svg: string, needles: string[]): void {
  const raw = svg.toLowerCase();
  const decoded = decodeCharRefs(svg).toLowerCase();
  for (const needle of needles) {
    expect(raw, `raw output contains "${needle}"`).not.toContain(needle.toLowerCase());
    expect(decoded, `decoded output contains "${needle}"`).not.toContain(needle.toLowerCase());
  }
}

function expectAllOf(svg: string, needles: string[]): void {
  for (const needle of needles) {
    expect(svg.toLowerCase(), `output lacks "${needle}"`).toContain(needle.toLowerCase());
  }
}

describe('svg corpus: manifest expectations', () => {
  it('has a manifest entry for every class of file', () => {
    expect(entries.filter((e) => e.file.startsWith('hostile/')).length).toBeGreaterThan(40);
    expect(entries.filter((e) => e.file.startsWith('benign/')).length).toBeGreaterThan(20);
    expect(entries.filter((e) => e.file.startsWith('tricky-invalid/')).length).toBeGreaterThan(10);
  });

  for (const entry of entries) {
    it(`${entry.file} (${entry.expected})`, () => {
      const report = sanitizeLogo(readCorpusFile(entry.file), { fileName: entry.file });
      if (entry.expected === 'reject') {
        expect(report.accepted, `accepted: ${report.svg?.slice(0, 200)}`).toBe(false);
        expect(report.reason).toMatch(/\w+ \w+/);
        expect(report.svg).toBeUndefined();
        if (entry.rejectReason !== undefined) expect(report.code).toBe(entry.rejectReason);
        return;
      }
      if (!report.accepted) {
        // A clean rejection is fine only where the manifest says so.
        expect(
          entry.expected === 'sanitize' && entry.rejectAcceptable === true,
          `refused: ${report.reason}`,
        ).toBe(true);
        return;
      }
      const svg = report.svg as string;
      expectNoneOf(svg, entry.mustNotContain);
      expectAllOf(svg, entry.mustContain);
      if (entry.expected === 'sanitize') expect(report.removed.length).toBeGreaterThan(0);
      expect(report.bytesOut).toBe(new TextEncoder().encode(svg).length);
    });
  }
});

describe('svg corpus: idempotence', () => {
  for (const entry of entries.filter((e) => e.expected !== 'reject')) {
    it(`sanitizing ${entry.file} twice gives the same bytes`, () => {
      const once = sanitizeLogo(readCorpusFile(entry.file));
      if (!once.accepted) return; // covered above
      const twice = sanitizeLogo(new TextEncoder().encode(once.svg));
      expect(twice.accepted, twice.reason).toBe(true);
      expect(twice.svg).toBe(once.svg);
      expect(twice.removed).toEqual([]);
    });
  }
});
