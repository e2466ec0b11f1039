/**
 * A file name derived from a connector name that is valid on Windows, macOS and Linux: reserved
 * characters and control characters become dashes, and an empty result falls back to "connector".
 */
export function safeFileStem(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
  if (cleaned === '' || reserved.test(cleaned)) return 'connector';
  return cleaned;
}
