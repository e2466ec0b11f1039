import type { Validator, ValidationResult } from './envelope';

/** What one shard file holds: its records, sorted by id so the bytes are deterministic. */
export interface ShardData<R> {
  records: R[];
}

/** 32-bit FNV-1a over the id's UTF-16 units: cheap, stable across platforms and versions. */
export function shardOf(id: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}

export function shardFileName(index: number): string {
  return `shard-${index.toString().padStart(4, '0')}.json`;
}

export function byId<R extends { id: string }>(a: R, b: R): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function toShardData<R extends { id: string }>(records: Map<string, R>): ShardData<R> {
  return { records: [...records.values()].sort(byId) };
}

function fail(detail: string): ValidationResult<never> {
  return { success: false, error: new Error(detail) };
}

/**
 * Validates a shard: every record passes the record validator, ids are unique and every
 * record sits in the shard its id hashes to (a misplaced record would be invisible to get()).
 */
export function shardValidator<R extends { id: string }>(
  validate: Validator<R>,
  index: number,
  shardCount: number,
): Validator<ShardData<R>> {
  return (value) => {
    const records = (value as { records?: unknown } | null)?.records;
    if (typeof value !== 'object' || value === null || !Array.isArray(records)) {
      return fail('the shard has no records array');
    }
    const seen = new Set<string>();
    const out: R[] = [];
    for (const [position, raw] of records.entries()) {
      const result = validate(raw);
      if (!result.success) return fail(`record #${position}: ${describe(result.error)}`);
      const { id } = result.data;
      if (typeof id !== 'string' || seen.has(id)) return fail(`record #${position}: bad id`);
      if (shardOf(id, shardCount) !== index) return fail(`record ${id} is in the wrong shard`);
      seen.add(id);
      out.push(result.data);
    }
    return { success: true, data: { records: out } };
  };
}

export function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}
