import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectorRecordSchema } from '../../../electron/main/store/connector-record';
import { validateConnectorRecord } from '../../../electron/main/store/connector-record-validation';
import { connector } from './connectors';

const HASH = 'ab'.repeat(32);
const record = {
  ...connector(1),
  readme: { hash: HASH },
  logo: { hash: HASH, fileName: 'logo.svg', attachedAt: '2026-01-02T00:00:00.000Z' },
  binnedAt: null,
};

// Values that sit on or near the edges of the rules: formats, lengths, types, extra keys.
const tricky = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    0,
    '',
    'draft',
    'created',
    'export',
    'default',
    'short readme',
    'x'.repeat(100_001),
    HASH,
    HASH.toUpperCase(),
    { hash: HASH },
    { hash: HASH, extra: 1 },
    '2026-02-29T00:00:00.000Z',
    '2028-02-29T00:00:00Z',
    '2026-01-01T24:00:00.000Z',
    '2026-01-01T00:00:00.000+01:00',
    '11111111-1111-4111-8111-111111111111',
    '11111111-1111-0111-8111-111111111111',
    '00000000-0000-0000-0000-000000000000',
    [],
    { svg: '<svg/>' },
  ),
  fc.string(),
);

describe('validateConnectorRecord', () => {
  it('accepts exactly what the record schema accepts, with the same data', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(record), '__proto__', 'extra'),
        tricky,
        (key, value) => {
          const candidate: Record<string, unknown> = { ...record };
          Object.defineProperty(candidate, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
          if (value === undefined) delete candidate[key];
          const fast = validateConnectorRecord(candidate);
          const zod = connectorRecordSchema.safeParse(candidate);
          expect(fast.success).toBe(zod.success);
          if (fast.success && zod.success) expect(fast.data).toEqual(zod.data);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('returns the stored record itself when it is valid, and zod errors when not', () => {
    expect(validateConnectorRecord(record)).toEqual({ success: true, data: record });
    expect(validateConnectorRecord(record).data).toBe(record);
    const broken = validateConnectorRecord({ ...record, createdAt: 'yesterday' });
    expect(broken.success).toBe(false);
  });
});
