import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { optimize } from 'svgo';
import { LOGO_MAX_BYTES } from '../../src/logos/logo-report';
import { sanitizeLogo } from '../../electron/main/logos';
import { corpusDir } from '../unit/logos/corpus';
import { WORST_CASES } from '../unit/logos/worst-cases';

/**
 * Median time of `sanitizeLogo` per corpus file and for a generated ~1 MiB logo, next to plain
 * svgo `preset-default` on the same text. Prints only; timing is never asserted in tests.
 */

interface BenchInput {
  name: string;
  bytes: Uint8Array;
}

/** A deterministic ~1 MiB logo: many detailed paths under a clip path and a gradient. */
export function generateLargeLogo(targetBytes = LOGO_MAX_BYTES - 4096): Uint8Array {
  let seed = 42;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const head =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">' +
    '<defs><linearGradient id="g" x2="1"><stop offset="0" stop-color="#264653"/><stop offset="1" stop-color="#e76f51"/></linearGradient>' +
    '<clipPath id="c"><circle cx="512" cy="512" r="500"/></clipPath></defs><g clip-path="url(#c)">';
  const tail = '</g></svg>';
  const parts: string[] = [head];
  let size = head.length + tail.length;
  const colors = ['#264653', '#2a9d8f', '#e9c46a', '#f4a261', '#e76f51', 'url(#g)'];
  while (size < targetBytes) {
    let d = `M${(rand() * 1024).toFixed(2)} ${(rand() * 1024).toFixed(2)}`;
    for (let i = 0; i < 24; i++)
      d += `L${(rand() * 1024).toFixed(2)} ${(rand() * 1024).toFixed(2)}`;
    const el = `<path d="${d}Z" fill="${colors[Math.floor(rand() * colors.length)]}" fill-opacity="0.6"/>`;
    if (size + el.length > targetBytes) break;
    parts.push(el);
    size += el.length;
  }
  parts.push(tail);
  return new TextEncoder().encode(parts.join(''));
}

function corpusInputs(): BenchInput[] {
  const inputs: BenchInput[] = [];
  for (const folder of ['benign', 'hostile', 'tricky-invalid']) {
    const dir = path.join(corpusDir, folder);
    for (const file of readdirSync(dir).sort()) {
      if (statSync(path.join(dir, file)).size > LOGO_MAX_BYTES) continue; // refused before any work
      inputs.push({
        name: `${folder}/${file}`,
        bytes: new Uint8Array(readFileSync(path.join(dir, file))),
      });
    }
  }
  return inputs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function timeMedian(fn: () => void, runs: number): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function plainSvgo(text: string): boolean {
  try {
    optimize(text, { plugins: ['preset-default'] });
    return true;
  } catch {
    return false;
  }
}

export interface LogoBenchRow {
  name: string;
  bytes: number;
  sanitizeMs: number;
  svgoMs: number | undefined;
}

export function runLogoBench(
  print: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): LogoBenchRow[] {
  const inputs = [...corpusInputs(), { name: 'generated ~1 MiB logo', bytes: generateLargeLogo() }];
  const rows: LogoBenchRow[] = [];
  for (const input of inputs) {
    const runs = input.bytes.length > 100_000 ? 5 : 15;
    const text = new TextDecoder().decode(input.bytes);
    const sanitizeMs = timeMedian(() => sanitizeLogo(input.bytes), runs);
    // svgo is timed only where it accepts the text (it throws on entities, binaries, …) and
    // where the input is not a known svgo denial of service (refused early by us).
    const svgoOk =
      input.bytes[0] !== 0x1f &&
      !input.name.includes('count-bomb') &&
      !input.name.includes('nesting') &&
      plainSvgo(text);
    const svgoMs = svgoOk
      ? timeMedian(() => optimize(text, { plugins: ['preset-default'] }), runs)
      : undefined;
    rows.push({ name: input.name, bytes: input.bytes.length, sanitizeMs, svgoMs });
  }

  print('median ms per file: sanitizeLogo | svgo preset-default | ratio');
  for (const r of rows) {
    const ratio = r.svgoMs ? (r.sanitizeMs / r.svgoMs).toFixed(2) : '–';
    print(
      `${r.name.padEnd(62)} ${String(r.bytes).padStart(8)} B ${r.sanitizeMs.toFixed(2).padStart(8)} | ${r.svgoMs?.toFixed(2).padStart(8) ?? '       –'} | ${ratio}`,
    );
  }
  const comparable = rows.filter((r) => r.svgoMs !== undefined);
  const sumSanitize = comparable.reduce((s, r) => s + r.sanitizeMs, 0);
  const sumSvgo = comparable.reduce((s, r) => s + (r.svgoMs as number), 0);
  const large = rows[rows.length - 1] as LogoBenchRow;
  print(
    `\nsum of medians over ${comparable.length} comparable inputs: ${sumSanitize.toFixed(1)} ms vs svgo ${sumSvgo.toFixed(1)} ms, ratio ${(sumSanitize / sumSvgo).toFixed(2)}× (target ≤ 1.5×)`,
  );
  print(
    `generated ~1 MiB logo: ${large.sanitizeMs.toFixed(1)} ms vs svgo ${large.svgoMs?.toFixed(1)} ms, ratio ${large.svgoMs ? (large.sanitizeMs / large.svgoMs).toFixed(2) : '–'}×`,
  );
  printWorstCases(print);
  return rows;
}

/**
 * The inputs built to be slow (test/unit/logos/worst-cases.ts), timed once each after a warm-up
 * of the sanitizer: the figure that matters is the longest the main process can be held.
 */
export function printWorstCases(print: (line: string) => void): void {
  print('\nworst cases: median of 3 runs, outcome');
  let slowest = 0;
  for (const worst of WORST_CASES) {
    const bytes = new TextEncoder().encode(worst.build());
    let report = sanitizeLogo(bytes);
    const ms = timeMedian(() => {
      report = sanitizeLogo(bytes);
    }, 3);
    slowest = Math.max(slowest, ms);
    const outcome = report.accepted
      ? `accepted, ${report.bytesOut} B out`
      : `refused: ${report.code}`;
    print(
      `${worst.name.padEnd(48)} ${String(bytes.length).padStart(8)} B ${ms.toFixed(0).padStart(6)} ms  ${outcome}`,
    );
  }
  print(`slowest worst case: ${slowest.toFixed(0)} ms (goal: well under 2,000 ms)`);
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  runLogoBench();
}
