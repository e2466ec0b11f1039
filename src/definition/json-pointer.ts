/**
 * JSON Pointers (RFC 6901) name the offending value in a definition file, so an error can be
 * found with `jq`, an editor's "go to JSON path" or by eye. The empty pointer is the whole file.
 */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

/** The value a path leads to inside parsed JSON, or undefined when the path leaves the data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
