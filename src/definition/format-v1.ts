import { z } from 'zod';
import { CONNECTOR_TYPES, EXECUTION_MODES, FLOWS } from '../connectors/catalogue';
import {
  CONNECTOR_STATUSES,
  connectorIdSchema,
  organizationIdSchema,
} from '../connectors/connector';
import { DEFINITION_FORMAT } from './definition-file';

/**
 * Format version 1, read for upgrade only. It kept the timestamps, the owner's display name and
 * the logo's file name under `x-studio`, and the logo's SVG on the version as `logo-svg`.
 * Checked with its own schema so problems point at the keys the file really has.
 */
const timestamp = z.iso.datetime({
  message: 'Expected a UTC timestamp such as "2026-01-31T09:30:00.000Z".',
});
const text = z.string().nullable();

const connectorV1Schema = z
  .object({
    id: connectorIdSchema,
    type: z.enum(CONNECTOR_TYPES).nullable(),
    name: z.string(),
    description: text,
    readme: text,
    flow: z.enum(FLOWS),
    owner: organizationIdSchema,
    versions: z
      .array(
        z
          .object({
            version: z.string(),
            'logo-svg': text,
            config: z
              .object({
                execution: z.object({ 'execution-mode': z.enum(EXECUTION_MODES) }).strict(),
              })
              .strict(),
          })
          .strict(),
      )
      .length(1, 'Expected exactly one entry in "versions".'),
    'x-studio': z
      .object({
        status: z.enum(CONNECTOR_STATUSES),
        'owner-name': text,
        'logo-file-name': text,
        'logo-attached-at': timestamp.nullable(),
        'created-at': timestamp,
        'updated-at': timestamp,
        'confirmed-at': timestamp.nullable(),
      })
      .strict(),
  })
  .strict();

export const definitionFileV1Schema = z
  .object({
    format: z.literal(DEFINITION_FORMAT),
    formatVersion: z.literal(1),
    generator: z.object({ name: z.string(), version: z.string() }).strict(),
    connectors: z.array(connectorV1Schema),
  })
  .strict();

type FileV1 = z.infer<typeof definitionFileV1Schema>;

export const UPGRADE_NOTE_V1 =
  'Upgraded from format version 1: the creation and change times and the logo were moved to ' +
  "where the current format keeps them, and the owner's display name was dropped (the owner " +
  'is known by its organization id). Export again to save the file in the current format.';

/** The same content in the current format's shape, for the current schema to check. */
export function upgradeV1(file: FileV1): unknown {
  return {
    format: file.format,
    formatVersion: 2,
    generator: file.generator,
    connectors: file.connectors.map((connector) => {
      const [version] = connector.versions;
      const studio = connector['x-studio'];
      const svg = version?.['logo-svg'] ?? null;
      return {
        id: connector.id,
        type: connector.type,
        name: connector.name,
        description: connector.description,
        readme: connector.readme,
        flow: connector.flow,
        owner: connector.owner,
        versions: [
          {
            version: '1.0.0',
            'created-at': studio['created-at'],
            'updated-at': studio['updated-at'],
            config: version?.config,
          },
        ],
        'x-studio': {
          status: studio.status,
          'confirmed-at': studio['confirmed-at'],
          logo:
            svg === null
              ? null
              : {
                  svg,
                  'file-name': studio['logo-file-name'] ?? 'logo.svg',
                  'attached-at': studio['logo-attached-at'] ?? studio['updated-at'],
                },
        },
      };
    }),
  };
}
