import { z } from 'zod';
import { CONNECTOR_TYPES, EXECUTION_MODES, FLOWS, FLOW_INFO } from '../connectors/catalogue';
import { connectorIdSchema, organizationIdSchema, type Connector } from '../connectors/connector';
import { LIMITS } from '../connectors/limits';
import { ignoredPartsNote } from './ignored-parts';
import { toJsonPointer } from './json-pointer';
import type { Problem } from './problems';
import { schemaProblems } from './schema-problems';

/**
 * The connector JSON the CDE API returns (`GET /connectors/{id}`, kebab-case keys, `versions[]`
 * with `config`), bare or inside the API's `{ "resource": "connector", "data": … }` envelope.
 * Only the Connector-details fields are taken; everything else is listed as ignored.
 */
const apiTimestamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)), {
  message: 'Expected an ISO-8601 timestamp.',
});

const cdeVersionSchema = z.looseObject({
  version: z.string().regex(/^\d+\.0\.0$/, 'Expected a major version such as "1.0.0".'),
  'created-at': apiTimestamp.optional(),
  'updated-at': apiTimestamp.optional(),
  config: z.looseObject({
    execution: z.looseObject({ 'execution-mode': z.enum(EXECUTION_MODES) }),
  }),
});

const cdeConnectorSchema = z.looseObject({
  id: connectorIdSchema,
  type: z.enum(CONNECTOR_TYPES),
  name: z.string().trim().min(1, 'The connector has no name.').max(LIMITS.name),
  description: z.string().max(LIMITS.description).nullable().optional(),
  readme: z.string().max(LIMITS.readme).nullable().optional(),
  flow: z.enum(FLOWS),
  owner: organizationIdSchema,
  versions: z.array(cdeVersionSchema).min(1, 'The connector has no versions.'),
});

/** Connector keys whose content this app keeps; everything else is reported as ignored. */
const TAKEN_KEYS = new Set([
  'id',
  'type',
  'name',
  'description',
  'readme',
  'flow',
  'owner',
  'versions',
]);
const TAKEN_VERSION_KEYS = new Set([
  'version',
  'logo',
  'created-at',
  'updated-at',
  'config',
  'name',
  'description',
  'readme',
]);

/** Whether parsed JSON looks like the platform's connector rather than one of our files. */
export function looksLikeCdeConnector(json: Record<string, unknown>): boolean {
  const body = unwrap(json).body;
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as Record<string, unknown>)['versions'])
  );
}

function unwrap(json: Record<string, unknown>): { body: unknown; base: string[] } {
  const data = json['data'];
  if (json['resource'] === 'connector' && typeof data === 'object' && data !== null) {
    return { body: data, base: ['data'] };
  }
  return { body: json, base: [] };
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

function utc(value: string | undefined, fallback: string): string {
  return value === undefined ? fallback : new Date(value).toISOString();
}

export type CdeReadResult =
  | { ok: true; connector: Connector; pointer: string; notes: string[] }
  | { ok: false; problems: Problem[] };

/** Reads the platform's connector JSON; `now` stands in for timestamps the JSON lacks. */
export function readCdeConnector(json: Record<string, unknown>, now: string): CdeReadResult {
  const { body, base } = unwrap(json);
  const parsed = cdeConnectorSchema.safeParse(body);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error, body, base) };
  const api = parsed.data;
  const newestIndex = api.versions.reduce(
    (best, version, index) =>
      parseInt(version.version, 10) > parseInt(api.versions[best]?.version ?? '0', 10)
        ? index
        : best,
    0,
  );
  const newest = api.versions[newestIndex] as z.infer<typeof cdeVersionSchema>;
  const pointer = toJsonPointer(base);
  if (!FLOW_INFO[api.flow].validFor.includes(api.type)) {
    return {
      ok: false,
      problems: [
        {
          pointer: toJsonPointer([...base, 'flow']),
          message: `The ${FLOW_INFO[api.flow].label} flow is not available for the type "${api.type}".`,
        },
      ],
    };
  }
  const ignoredConnectorKeys = Object.keys(api).filter(
    (key) => !TAKEN_KEYS.has(key) && !isEmpty(api[key]),
  );
  const ignoredVersionKeys = [
    ...Object.entries(newest).filter(
      ([key, value]) => !TAKEN_VERSION_KEYS.has(key) && !isEmpty(value),
    ),
    ...Object.entries(newest.config).filter(
      ([key, value]) => key !== 'execution' && !isEmpty(value),
    ),
  ].map(([key]) => key);
  const notes = [
    `Read as the CDE API's connector JSON: the Connector details fields of version ${newest.version} were taken, and the connector is marked created (it exists on the platform).`,
  ];
  const others = api.versions.length - 1;
  if (others > 0)
    notes.push(
      `Only version ${newest.version} was taken; ${others} other ${others === 1 ? 'version was' : 'versions were'} left out.`,
    );
  const ignoredNote = ignoredPartsNote(ignoredConnectorKeys, ignoredVersionKeys, newest.version);
  if (ignoredNote) notes.push(ignoredNote);
  if (typeof newest['logo'] === 'string')
    notes.push(
      'The logo is a link on the platform and was not downloaded; attach the SVG in the Details step.',
    );
  const createdAt = utc(newest['created-at'], now);
  const connector: Connector = {
    id: api.id,
    status: 'created',
    name: api.name,
    type: api.type,
    description: api.description ?? '',
    flow: api.flow,
    executionMode: newest.config.execution['execution-mode'],
    owner: api.owner,
    readme: api.readme ?? '',
    logo: null,
    createdAt,
    updatedAt: utc(newest['updated-at'], createdAt),
    confirmedAt: createdAt,
  };
  return { ok: true, connector, pointer, notes };
}
