import type { Connector } from '../connectors/connector';

/**
 * The connector definition file (`*.connector.json`), format version 1.
 *
 * Keys follow the Productsup CDE API's spelling (kebab-case, `versions[].config`) so a file reads
 * like `GET /connectors/{id}`; what only Connector Studio knows sits under `x-studio`.
 * Output is deterministic: keys in a fixed order, 2-space indent, LF, a final newline.
 */
export const DEFINITION_FORMAT = 'connector-studio/connector-definition';
export const DEFINITION_FORMAT_VERSION = 1;
export const DEFINITION_FILE_SUFFIX = '.connector.json';

export interface Generator {
  readonly name: string;
  readonly version: string;
}

export interface OwnerNames {
  /** Display name of an organization id, when the user's settings know it. */
  nameOf(organizationId: string): string | null;
}

function definitionOf(connector: Connector, owners: OwnerNames) {
  return {
    id: connector.id,
    type: connector.type,
    name: connector.name,
    description: connector.description === '' ? null : connector.description,
    readme: connector.readme === '' ? null : connector.readme,
    flow: connector.flow,
    owner: connector.owner,
    versions: [
      {
        version: '1.0.0',
        'logo-svg': connector.logo?.svg ?? null,
        config: { execution: { 'execution-mode': connector.executionMode } },
      },
    ],
    'x-studio': {
      status: connector.status,
      'owner-name': owners.nameOf(connector.owner),
      'logo-file-name': connector.logo?.fileName ?? null,
      'logo-attached-at': connector.logo?.attachedAt ?? null,
      'created-at': connector.createdAt,
      'updated-at': connector.updatedAt,
      'confirmed-at': connector.confirmedAt,
    },
  };
}

/** The bytes of a definition file holding `connectors`, ready to write. */
export function serializeDefinitionFile(
  connectors: readonly Connector[],
  generator: Generator,
  owners: OwnerNames,
): string {
  const file = {
    format: DEFINITION_FORMAT,
    formatVersion: DEFINITION_FORMAT_VERSION,
    generator: { name: generator.name, version: generator.version },
    connectors: connectors.map((connector) => definitionOf(connector, owners)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
