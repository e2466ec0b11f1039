import { z } from 'zod';
import { CONNECTOR_TYPES, EXECUTION_MODES, FLOWS } from './catalogue';
import { LIMITS } from './limits';
import { visibleText } from './visible-text';

/**
 * A connector as Connector Studio keeps it. Field names follow the Dev Portal's form; the
 * definition-file format maps them onto the CDE API's spelling.
 */

export const CONNECTOR_STATUSES = ['draft', 'created'] as const;
export type ConnectorStatus = (typeof CONNECTOR_STATUSES)[number];

export const connectorIdSchema = z.uuid({ message: 'Expected a connector id (a UUID).' });
export const organizationIdSchema = z.uuid({ message: 'Expected an organization id (a UUID).' });

export const logoSchema = z
  .object({
    svg: z.string().max(2 * 1024 * 1024),
    /** The file name the user attached, for display only. */
    fileName: z.string().max(LIMITS.genericString),
    attachedAt: z.iso.datetime(),
  })
  .strict();
export type ConnectorLogo = z.infer<typeof logoSchema>;

/** The fields the user edits on the Connector details step. */
export const detailsShape = {
  name: z
    .string()
    .max(LIMITS.name, `Name can be at most ${LIMITS.name} characters.`)
    .superRefine(visibleText('Name', false)),
  type: z.enum(CONNECTOR_TYPES).nullable(),
  description: z
    .string()
    .max(LIMITS.description, `Description can be at most ${LIMITS.description} characters.`)
    .superRefine(visibleText('Description', true)),
  flow: z.enum(FLOWS),
  executionMode: z.enum(EXECUTION_MODES),
  owner: organizationIdSchema,
  readme: z
    .string()
    .max(LIMITS.readme, `Readme can be at most ${LIMITS.readme} characters.`)
    .superRefine(visibleText('Readme', true)),
  logo: logoSchema.nullable(),
};

export const connectorSchema = z
  .object({
    id: connectorIdSchema,
    status: z.enum(CONNECTOR_STATUSES),
    ...detailsShape,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** When the user confirmed creation; null while a draft. */
    confirmedAt: z.iso.datetime().nullable(),
  })
  .strict();

export type Connector = z.infer<typeof connectorSchema>;
export type ConnectorDetails = Pick<Connector, keyof typeof detailsShape>;
export type DetailsField = keyof ConnectorDetails;

/** What the list shows: enough to render a row without loading readmes. */
export interface ConnectorSummary {
  readonly id: string;
  readonly name: string;
  readonly type: Connector['type'];
  readonly status: ConnectorStatus;
  readonly updatedAt: string;
  readonly hasLogo: boolean;
}

/**
 * A connector as the store may hold it in memory: the logo may be a reference and the readme
 * may be absent, because both stay on disk until the connector is opened.
 */
export type ConnectorFields = Omit<Connector, 'logo' | 'readme'> & {
  readonly logo: object | null;
  readonly readme?: string;
};

export function summarize(connector: ConnectorFields): ConnectorSummary {
  return {
    id: connector.id,
    name: connector.name,
    type: connector.type,
    status: connector.status,
    updatedAt: connector.updatedAt,
    hasLogo: connector.logo !== null,
  };
}
