import type { Connector } from '../connectors/connector';
import { looksLikeCdeConnector, readCdeConnector } from './cde-connector';
import {
  DEFINITION_FORMAT,
  DEFINITION_FORMAT_VERSION,
  OLDEST_READABLE_FORMAT_VERSION,
} from './definition-file';
import { definitionFileSchema, type ConnectorDefinition } from './definition-schema';
import { duplicateKeyProblems } from './duplicate-keys';
import { definitionFileV1Schema, UPGRADE_NOTE_V1, upgradeV1 } from './format-v1';
import { locateJsonError } from './json-syntax';
import type { Problem } from './problems';
import { connectorRuleProblems, lowerCaseIds } from './read-connector-checks';
import { schemaProblems } from './schema-problems';

/** A connector read from a file, with where it sits there (for problems found later). */
export interface ReadConnector {
  readonly connector: Connector;
  /** Pointer of the connector's object in the file. */
  readonly pointer: string;
  /** Pointer of the logo's SVG text, when the connector has a logo. */
  readonly logoPointer: string | null;
}

export type ReadResult =
  | { readonly ok: true; readonly connectors: ReadConnector[]; readonly notes: string[] }
  | { readonly ok: false; readonly problems: Problem[] };

function refused(message: string, pointer = ''): ReadResult {
  return { ok: false, problems: [{ pointer, message }] };
}

function toConnector(definition: ConnectorDefinition): Connector {
  const [version] = definition.versions;
  const studio = definition['x-studio'];
  const logo = studio.logo;
  if (!version) throw new Error('The schema guarantees one version');
  return {
    id: definition.id,
    status: studio.status,
    name: definition.name,
    type: definition.type,
    description: definition.description ?? '',
    flow: definition.flow,
    executionMode: version.config.execution['execution-mode'],
    owner: definition.owner,
    readme: definition.readme ?? '',
    logo:
      logo === null
        ? null
        : { svg: logo.svg, fileName: logo['file-name'], attachedAt: logo['attached-at'] },
    createdAt: version['created-at'],
    updatedAt: version['updated-at'],
    confirmedAt: studio['confirmed-at'],
  };
}

function readCurrent(
  json: unknown,
  logoPointerOf: (index: number) => string,
  notes: string[],
): ReadResult {
  const parsed = definitionFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error, json) };
  const connectors = parsed.data.connectors.map((definition, index) => ({
    connector: toConnector(definition),
    pointer: `/connectors/${index}`,
    logoPointer: definition['x-studio'].logo === null ? null : logoPointerOf(index),
  }));
  return { ok: true, connectors, notes };
}

function readStudioFile(json: Record<string, unknown>): ReadResult {
  if (json['format'] !== DEFINITION_FORMAT) {
    return refused(`Expected "format": "${DEFINITION_FORMAT}".`, '/format');
  }
  const version = json['formatVersion'];
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < OLDEST_READABLE_FORMAT_VERSION
  ) {
    return refused(
      `Expected "formatVersion" to be a whole number from ${OLDEST_READABLE_FORMAT_VERSION} to ${DEFINITION_FORMAT_VERSION}.`,
      '/formatVersion',
    );
  }
  if (version > DEFINITION_FORMAT_VERSION) {
    return refused(
      `This file is format version ${version}; this version of Connector Studio reads format versions up to ${DEFINITION_FORMAT_VERSION}. Update Connector Studio to import it.`,
      '/formatVersion',
    );
  }
  if (version === 1) {
    const v1 = definitionFileV1Schema.safeParse(json);
    if (!v1.success) return { ok: false, problems: schemaProblems(v1.error, json) };
    return readCurrent(upgradeV1(v1.data), (index) => `/connectors/${index}/versions/0/logo-svg`, [
      UPGRADE_NOTE_V1,
    ]);
  }
  return readCurrent(json, (index) => `/connectors/${index}/x-studio/logo/svg`, []);
}

/**
 * Reads the text of a definition file (any readable format version) or of the platform's
 * connector JSON. Pure: logos are checked by the caller, which has the sanitizer.
 */
export function readDefinitionText(text: string, now: string): ReadResult {
  const read = readAnyFormat(text, now);
  if (!read.ok) return read;
  const problems = connectorRuleProblems(read.connectors);
  if (problems.length > 0) return { ok: false, problems };
  const { entries, note } = lowerCaseIds(read.connectors);
  return {
    ok: true,
    connectors: entries,
    notes: note === null ? read.notes : [...read.notes, note],
  };
}

function readAnyFormat(text: string, now: string): ReadResult {
  if (text.charCodeAt(0) === 0xfeff) {
    return refused('The file starts with a byte-order mark (BOM); save it as UTF-8 without a BOM.');
  }
  if (text.trim() === '') return refused('The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const where = locateJsonError(text);
    return refused(
      where === null
        ? 'The file is not valid JSON.'
        : `The file is not valid JSON: at line ${where.line}, column ${where.column}, ${where.reason}.`,
    );
  }
  const repeatedKeys = duplicateKeyProblems(text);
  if (repeatedKeys.length > 0) return { ok: false, problems: repeatedKeys };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refused('Expected a JSON object with "format", "formatVersion" and "connectors".');
  }
  const record = json as Record<string, unknown>;
  if ('format' in record || 'formatVersion' in record) return readStudioFile(record);
  if (looksLikeCdeConnector(record)) {
    const cde = readCdeConnector(record, now);
    if (!cde.ok) return cde;
    return {
      ok: true,
      connectors: [{ connector: cde.connector, pointer: cde.pointer, logoPointer: null }],
      notes: cde.notes,
    };
  }
  return refused(
    `Not a connector definition: expected "format": "${DEFINITION_FORMAT}", or a connector as the CDE API returns it (with "versions").`,
  );
}
