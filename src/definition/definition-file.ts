import type { Connector } from '../connectors/connector';

/**
 * The connector definition file (`*.connector.json`). The format is documented in
 * `docs/definition-format.md`; its JSON Schema is `resources/connector-definition.schema.json`.
 *
 * Keys follow the Productsup CDE API's spelling (kebab-case, `versions[].config`) so a file reads
 * like `GET /connectors/{id}`; what only Connector Studio knows sits under `x-studio`.
 * Output is deterministic: keys in a fixed order, 2-space indent, LF, a final newline, and
 * connectors ordered by creation time, so exporting unchanged connectors gives identical bytes.
 */
export const DEFINITION_FORMAT = 'connector-studio/connector-definition';
/** Version 2 moved the timestamps onto the version and the logo under `x-studio`. */
export const DEFINITION_FORMAT_VERSION = 2;
export const OLDEST_READABLE_FORMAT_VERSION = 1;
export const DEFINITION_FILE_SUFFIX = '.connector.json';

/**
 * Largest definition file read, from disk or from a drop. A bundle of a few hundred connectors
 * with logos fits; a runaway file is refused before it is read into memory.
 */
export const MAX_DEFINITION_FILE_BYTES = 16 * 1024 * 1024;

export interface Generator {
  readonly name: string;
  readonly version: string;
}

/** The definition of one connector, keys in the order they are written. */
export function definitionOf(connector: Connector) {
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
        version: '1.0.0' as const,
        'created-at': connector.createdAt,
        'updated-at': connector.updatedAt,
        config: { execution: { 'execution-mode': connector.executionMode } },
      },
    ],
    'x-studio': {
      status: connector.status,
      'confirmed-at': connector.confirmedAt,
      logo:
        connector.logo === null
          ? null
          : {
              svg: connector.logo.svg,
              'file-name': connector.logo.fileName,
              'attached-at': connector.logo.attachedAt,
            },
    },
  };
}

/** Oldest first, ties broken by id: independent of list order and of later edits. */
export function inExportOrder(connectors: readonly Connector[]): Connector[] {
  return [...connectors].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** The bytes of a definition file holding `connectors`, ready to write. */
export function serializeDefinitionFile(
  connectors: readonly Connector[],
  generator: Generator,
): string {
  const file = {
    format: DEFINITION_FORMAT,
    formatVersion: DEFINITION_FORMAT_VERSION,
    generator: { name: generator.name, version: generator.version },
    connectors: inExportOrder(connectors).map(definitionOf),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
