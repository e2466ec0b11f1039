import { z } from 'zod';
import { CONNECTOR_TYPES, EXECUTION_MODES, FLOWS, FLOW_INFO } from '../connectors/catalogue';
import {
  CONNECTOR_STATUSES,
  connectorIdSchema,
  organizationIdSchema,
} from '../connectors/connector';
import { LIMITS } from '../connectors/limits';
import { LOGO_MAX_BYTES } from '../logos/logo-report';
import { DEFINITION_FORMAT, DEFINITION_FORMAT_VERSION } from './definition-file';

/**
 * The current definition file format as a zod schema: the importer parses with it, and the
 * published JSON Schema (`resources/connector-definition.schema.json`) is generated from it.
 * Rules JSON Schema cannot say (a flow valid for the type, unique ids) live in `refine` steps
 * and are enforced by the importer only.
 */

const timestamp = z.iso.datetime({
  message: 'Expected a UTC timestamp such as "2026-01-31T09:30:00.000Z".',
});

const logoSchema = z
  .object({
    svg: z
      .string()
      .min(1, 'A logo needs SVG text; use null for no logo.')
      .max(LOGO_MAX_BYTES, 'A logo can be at most 1 MB of SVG text.')
      .meta({ description: 'The sanitized SVG markup, as Connector Studio stores it.' }),
    'file-name': z
      .string()
      .max(LIMITS.genericString)
      .meta({ description: 'The file name the logo was attached from; shown only.' }),
    'attached-at': timestamp,
  })
  .strict();

const versionSchema = z
  .object({
    version: z.literal('1.0.0', 'Connector Studio keeps one version per connector: "1.0.0".'),
    'created-at': timestamp.meta({ description: 'When the connector was first saved.' }),
    'updated-at': timestamp.meta({ description: 'When any of its fields last changed.' }),
    config: z
      .object({
        execution: z.object({ 'execution-mode': z.enum(EXECUTION_MODES) }).strict(),
      })
      .strict(),
  })
  .strict();

const studioSchema = z
  .object({
    status: z.enum(CONNECTOR_STATUSES).meta({
      description: '"created" locks type, flow, execution mode and owner.',
    }),
    'confirmed-at': timestamp
      .nullable()
      .meta({ description: 'When creation was confirmed; null for a draft.' }),
    logo: logoSchema.nullable(),
  })
  .strict();

export const connectorDefinitionSchema = z
  .object({
    id: connectorIdSchema,
    type: z.enum(CONNECTOR_TYPES).nullable().meta({ description: 'null only for a draft.' }),
    name: z.string().max(LIMITS.name, `A name can be at most ${LIMITS.name} characters.`),
    description: z
      .string()
      .meta({ description: 'null when empty; "" is read as empty too.' })
      .max(LIMITS.description, `A description can be at most ${LIMITS.description} characters.`)
      .nullable(),
    readme: z
      .string()
      .max(LIMITS.readme, `A readme can be at most ${LIMITS.readme} characters.`)
      .nullable(),
    flow: z.enum(FLOWS),
    owner: organizationIdSchema,
    versions: z
      .array(versionSchema)
      .length(1, 'Expected exactly one entry in "versions": Connector Studio keeps one version.'),
    'x-studio': studioSchema,
  })
  .strict()
  .superRefine((connector, context) => {
    const { type, flow } = connector;
    if (type !== null && !FLOW_INFO[flow].validFor.includes(type)) {
      context.addIssue({
        code: 'custom',
        path: ['flow'],
        message: `The ${FLOW_INFO[flow].label} flow is not available for the type "${type}"; it is for ${FLOW_INFO[flow].validFor.join(', ')}.`,
      });
    }
    const studio = connector['x-studio'];
    if (studio.status === 'created') {
      if (type === null)
        context.addIssue({
          code: 'custom',
          path: ['type'],
          message: 'A created connector needs a type.',
        });
      if (connector.name.trim() === '')
        context.addIssue({
          code: 'custom',
          path: ['name'],
          message: 'A created connector needs a name.',
        });
      if (studio['confirmed-at'] === null)
        context.addIssue({
          code: 'custom',
          path: ['x-studio', 'confirmed-at'],
          message: 'A created connector needs the time its creation was confirmed.',
        });
    } else if (studio['confirmed-at'] !== null) {
      context.addIssue({
        code: 'custom',
        path: ['x-studio', 'confirmed-at'],
        message: 'A draft has no confirmation time; use null or set "status" to "created".',
      });
    }
  });

export type ConnectorDefinition = z.infer<typeof connectorDefinitionSchema>;

/** Limits on a whole file; a bundle of every connector of a large team stays far below them. */
export const MAX_CONNECTORS_PER_FILE = 5_000;

export const definitionFileSchema = z
  .object({
    format: z.literal(DEFINITION_FORMAT),
    formatVersion: z.literal(DEFINITION_FORMAT_VERSION),
    generator: z
      .object({
        name: z.string().min(1).max(LIMITS.name),
        version: z.string().min(1).max(LIMITS.name),
      })
      .strict()
      .meta({ description: 'The program that wrote the file. Informational.' }),
    connectors: z.array(connectorDefinitionSchema).max(MAX_CONNECTORS_PER_FILE),
  })
  .strict()
  .superRefine((file, context) => {
    const firstIndex = new Map<string, number>();
    file.connectors.forEach((connector, index) => {
      // A UUID is the same id in any case; the importer keeps it in lower case.
      const id = connector.id.toLowerCase();
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, index);
      else
        context.addIssue({
          code: 'custom',
          path: ['connectors', index, 'id'],
          message: `Duplicate connector id; /connectors/${first}/id has the same one.`,
        });
    });
  })
  .meta({
    title: 'Connector Studio connector definition file',
    description: `A *.connector.json file, format version ${DEFINITION_FORMAT_VERSION}.`,
  });

export type DefinitionFile = z.infer<typeof definitionFileSchema>;
