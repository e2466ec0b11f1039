/**
 * The on-disk wrapper that records which schema version wrote the data, and the migration
 * runner that upgrades older data. Migrations are pure: they never touch files.
 */

/** Marks files written by the durable store; anything else is treated as version 0. */
export const ENVELOPE_FORMAT = 'connector-studio/durable-json';

export interface Envelope {
  format: typeof ENVELOPE_FORMAT;
  schemaVersion: number;
  data: unknown;
}

/** One upgrade step from `from` to `from + 1`. Must be pure and must not mutate its input. */
export interface Migration {
  from: number;
  up: (data: unknown) => unknown;
}

export type ValidationResult<T> = { success: true; data: T } | { success: false; error: unknown };

/** Checks parsed data; a zod schema's `safeParse` fits as is. */
export type Validator<T> = (value: unknown) => ValidationResult<T>;

export function wrap(schemaVersion: number, data: unknown): Envelope {
  return { format: ENVELOPE_FORMAT, schemaVersion, data };
}

export type Unwrapped =
  { ok: true; schemaVersion: number; data: unknown } | { ok: false; detail: string };

/**
 * Reads the envelope. A value without our format mark is a version-0 file (for example one
 * written by plain lowdb before this layer existed); `null` is rejected, because lowdb's habit
 * of turning `null` into the defaults hides damage.
 */
export function unwrap(parsed: unknown): Unwrapped {
  if (parsed === null) return { ok: false, detail: 'the file holds null' };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: true, schemaVersion: 0, data: parsed };
  }
  const record = parsed as Record<string, unknown>;
  if (record['format'] !== ENVELOPE_FORMAT) return { ok: true, schemaVersion: 0, data: parsed };
  const version = record['schemaVersion'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return { ok: false, detail: 'schemaVersion is not a non-negative integer' };
  }
  if (!('data' in record)) return { ok: false, detail: 'the envelope has no data' };
  return { ok: true, schemaVersion: version, data: record['data'] };
}

/**
 * Applies the steps from `fromVersion` up to `toVersion` in order, on a deep copy so a step
 * that mutates by mistake cannot change the caller's value. Throws if a step is missing or
 * throws itself.
 */
export function runMigrations(
  data: unknown,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[],
): unknown {
  let current = structuredClone(data);
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (step === undefined) throw new Error(`no migration from store version ${version}`);
    current = step.up(structuredClone(current));
  }
  return current;
}
