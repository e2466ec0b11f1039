import { z } from 'zod';
import { connectorSchema, logoSchema } from '../../../src/connectors/connector';
import { connectorRecordSchema, type ConnectorRecord } from './connector-record';

/**
 * Validates a stored connector record. Opening the store validates every record of every shard,
 * and zod, which builds a fresh copy of each record, took 40–160 ms of the cold load at 10,000
 * connectors. So a record is first put through a direct check that accepts only records zod
 * would accept unchanged (and returns the record itself); anything it is unsure of goes to zod,
 * which decides and words the error. Every limit, pattern and option below is read from the
 * schemas, so they cannot drift apart; a unit test compares both on valid and broken records.
 */
export function validateConnectorRecord(value: unknown) {
  if (isClearlyValidRecord(value)) return { success: true as const, data: value };
  return connectorRecordSchema.safeParse(value);
}

const shape = connectorSchema.shape;
const RECORD_KEYS = Object.keys(connectorRecordSchema.shape);
const LOGO_KEYS = Object.keys(connectorRecordSchema.shape.logo.unwrap().shape);
const UUID = patternOf(shape.id);
const DATETIME = patternOf(shape.createdAt);
const HASH = /^[0-9a-f]{64}$/;

function patternOf(schema: { def: object }): RegExp {
  const pattern = (schema.def as { pattern?: unknown }).pattern;
  if (!(pattern instanceof RegExp)) throw new Error('expected a string format with a pattern');
  return pattern;
}

function isText(value: unknown, schema: z.ZodString): value is string {
  return typeof value === 'string' && value.length <= (schema.maxLength ?? Infinity);
}

function isOneOf(value: unknown, schema: { options: readonly string[] }): boolean {
  return typeof value === 'string' && schema.options.includes(value);
}

function isFormat(value: unknown, pattern: RegExp): boolean {
  return typeof value === 'string' && pattern.test(value);
}

function hasExactly(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

function isLogoRef(value: unknown): boolean {
  if (value === null) return true;
  if (!hasExactly(value, LOGO_KEYS)) return false;
  return (
    isFormat(value['hash'], HASH) &&
    isText(value['fileName'], logoSchema.shape.fileName) &&
    isFormat(value['attachedAt'], DATETIME)
  );
}

function isReadme(value: unknown): boolean {
  if (isText(value, shape.readme)) return true;
  return hasExactly(value, ['hash']) && isFormat(value['hash'], HASH);
}

function isClearlyValidRecord(v: unknown): v is ConnectorRecord {
  if (!hasExactly(v, RECORD_KEYS)) return false;
  const optionalTime = (t: unknown) => t === null || isFormat(t, DATETIME);
  return (
    isFormat(v['id'], UUID) &&
    isFormat(v['owner'], UUID) &&
    isOneOf(v['status'], shape.status) &&
    (v['type'] === null || isOneOf(v['type'], shape.type.unwrap())) &&
    isOneOf(v['flow'], shape.flow) &&
    isOneOf(v['executionMode'], shape.executionMode) &&
    isText(v['name'], shape.name) &&
    isText(v['description'], shape.description) &&
    isReadme(v['readme']) &&
    isLogoRef(v['logo']) &&
    isFormat(v['createdAt'], DATETIME) &&
    isFormat(v['updatedAt'], DATETIME) &&
    optionalTime(v['confirmedAt']) &&
    optionalTime(v['binnedAt'])
  );
}
