import { refuse } from './refusal';

/**
 * Turns the gated bytes into text the way an XML processor would: byte-order mark first, then
 * the encoding named in the XML declaration, else UTF-8. Every decoder is fatal, so invalid
 * bytes are refused instead of silently becoming U+FFFD (which a parser could no longer see).
 */
export interface DecodedText {
  text: string;
  /** The encoding actually used, as a WHATWG label. */
  encoding: string;
  hadBom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeFatal(bytes: Uint8Array, label: string, what: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    return refuse(
      'bad-encoding',
      `The file declares the text encoding "${label}", which is not supported.`,
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return refuse('bad-encoding', `The file is not valid ${what} text; re-save it as UTF-8.`);
  }
}

/** The `encoding="…"` of a leading XML declaration, read as ASCII (it must be ASCII-compatible). */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head);
  return match?.[2]?.toLowerCase();
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasPrefix(bytes, UTF8_BOM)) {
    return {
      text: decodeFatal(bytes.subarray(3), 'utf-8', 'UTF-8'),
      encoding: 'utf-8',
      hadBom: true,
    };
  }
  if (hasPrefix(bytes, [0xff, 0xfe])) {
    return {
      text: decodeFatal(bytes.subarray(2), 'utf-16le', 'UTF-16'),
      encoding: 'utf-16le',
      hadBom: true,
    };
  }
  if (hasPrefix(bytes, [0xfe, 0xff])) {
    return {
      text: decodeFatal(bytes.subarray(2), 'utf-16be', 'UTF-16'),
      encoding: 'utf-16be',
      hadBom: true,
    };
  }
  // UTF-16 without a BOM, recognised by "<?" / "<s" written with zero bytes (XML 1.0 appendix F).
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] !== 0x00) {
    return { text: decodeFatal(bytes, 'utf-16le', 'UTF-16'), encoding: 'utf-16le', hadBom: false };
  }
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) {
    return { text: decodeFatal(bytes, 'utf-16be', 'UTF-16'), encoding: 'utf-16be', hadBom: false };
  }
  const declared = declaredEncoding(bytes);
  // A declaration that says UTF-16 in single-byte ASCII is self-contradictory; the bytes win.
  if (
    declared === undefined ||
    declared === 'utf-8' ||
    declared === 'utf8' ||
    declared.startsWith('utf-16')
  ) {
    return { text: decodeFatal(bytes, 'utf-8', 'UTF-8'), encoding: 'utf-8', hadBom: false };
  }
  // LIMITATION: WHATWG maps "iso-8859-1" and "us-ascii" to windows-1252, which differs only in
  // 0x80–0x9F (C1 controls in Latin-1, printable in 1252). Real logos never use C1 controls.
  const text = decodeFatal(bytes, declared, declared.toUpperCase());
  return { text, encoding: declared, hadBom: false };
}
