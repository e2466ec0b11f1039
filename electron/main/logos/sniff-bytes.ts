import { gunzipSync } from 'node:zlib';
import { LOGO_MAX_BYTES } from '../../../src/logos/logo-report';
import { formatBytes, refuse } from './refusal';

/** Signatures of formats people commonly rename to `.svg` by mistake. Checked before decoding. */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a Windows icon', bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a PostScript file', bytes: [0x25, 0x21, 0x50, 0x53] },
];

const GZIP_MAGIC = [0x1f, 0x8b];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** RIFF containers (WebP) carry their type at offset 8. */
function isWebp(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)
  );
}

/** Refuses known binary formats by their first bytes, naming what the file really is. */
export function refuseKnownBinary(bytes: Uint8Array): void {
  if (isWebp(bytes))
    refuse('binary-not-svg', 'This file is a WebP image, not an SVG. Export the logo as SVG.');
  for (const signature of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      refuse(
        'binary-not-svg',
        `This file is ${signature.name}, not an SVG. Export the logo as SVG.`,
      );
    }
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, GZIP_MAGIC);
}

/**
 * Inflates .svgz content. The output is capped at the same limit as plain files, so a small
 * gzip bomb stops at LOGO_MAX_BYTES + 1 instead of filling memory.
 */
export function inflateGzip(bytes: Uint8Array): Uint8Array {
  let inflated: Buffer;
  try {
    inflated = gunzipSync(bytes, { maxOutputLength: LOGO_MAX_BYTES + 1 });
  } catch (error) {
    if (
      error instanceof RangeError ||
      (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
    ) {
      refuse(
        'too-large',
        `This compressed logo expands to more than ${formatBytes(LOGO_MAX_BYTES)}, the largest logo accepted.`,
      );
    }
    refuse(
      'bad-gzip',
      'This file looks compressed (gzip, .svgz) but could not be decompressed: it is damaged.',
    );
  }
  if (inflated.length > LOGO_MAX_BYTES) {
    refuse(
      'too-large',
      `This compressed logo expands to more than ${formatBytes(LOGO_MAX_BYTES)}, the largest logo accepted.`,
    );
  }
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
}

/**
 * The byte gate: empty and oversized files, gzip, and renamed binaries. Returns the bytes to
 * decode as text (inflated when the input was gzip).
 */
export function gateBytes(bytes: Uint8Array): { bytes: Uint8Array; wasGzip: boolean } {
  if (bytes.length === 0) refuse('empty', 'The file is empty (0 bytes).');
  if (bytes.length > LOGO_MAX_BYTES) {
    refuse(
      'too-large',
      `The file is ${formatBytes(bytes.length)}; logos may be at most ${formatBytes(LOGO_MAX_BYTES)}.`,
    );
  }
  if (isGzip(bytes)) {
    const inflated = inflateGzip(bytes);
    if (inflated.length === 0) refuse('empty', 'The compressed file is empty once decompressed.');
    // A gzip of a PNG is still a PNG: sniff again, but never inflate twice.
    refuseKnownBinary(inflated);
    if (isGzip(inflated))
      refuse('bad-gzip', 'This file is compressed twice; save it as plain SVG or .svgz.');
    return { bytes: inflated, wasGzip: true };
  }
  refuseKnownBinary(bytes);
  return { bytes, wasGzip: false };
}
