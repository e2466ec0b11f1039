/**
 * Deterministic JSON: object keys sorted at every level, no whitespace, trailing newline.
 * The same data always gives the same bytes, so read-back can compare bytes and an
 * export → import → export round trip is byte-identical.
 */
export function stableStringify(value: unknown): string {
  const text = JSON.stringify(value, sortKeysReplacer);
  // JSON.stringify returns undefined for undefined/functions; a store must never write that.
  if (text === undefined) throw new TypeError('stableStringify: value is not JSON-serialisable');
  return `${text}\n`;
}

function sortKeysReplacer(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = (value as Record<string, unknown>)[key];
  }
  return sorted;
}
