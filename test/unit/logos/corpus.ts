import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
);

/**
 * The SVG corpus (hostile, benign and invalid logos with a manifest) lives beside the
 * repository, in `../shared/svg-corpus`; SVG_CORPUS_DIR points elsewhere.
 */
export const corpusDir = path.resolve(
  process.env['SVG_CORPUS_DIR'] ?? path.join(repoRoot, '..', 'shared', 'svg-corpus'),
);

if (!existsSync(path.join(corpusDir, 'manifest.json'))) {
  throw new Error(
    `The SVG corpus was not found at ${corpusDir}: place the shared material beside the ` +
      'repository (../shared/svg-corpus) or set SVG_CORPUS_DIR.',
  );
}

export interface CorpusEntry {
  file: string;
  class: string;
  expected: 'reject' | 'sanitize' | 'keep';
  mustNotContain: string[];
  mustContain: string[];
  note?: string;
  marker?: string;
  rejectAcceptable?: boolean;
  rejectReason?: string;
}

export function loadManifest(): CorpusEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as {
    files: CorpusEntry[];
  };
  return manifest.files;
}

export function readCorpusFile(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(corpusDir, file)));
}

/** Decodes numeric character references (&#…; and &#x…;), as the manifest's semantics say. */
export function decodeCharRefs(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (whole, ref: string) => {
    const code = ref[0] === 'x' || ref[0] === 'X' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
