import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Connector } from '../../../src/connectors/connector';
import {
  DEFINITION_FILE_SUFFIX,
  inExportOrder,
  serializeDefinitionFile,
  type Generator,
} from '../../../src/definition/definition-file';
import { safeFileStem } from './safe-file-name';
import { writeReplacing } from './write-replacing';

/**
 * One file name per connector, from its name. Two connectors with the same name get the start
 * of their id appended, so neither file overwrites the other.
 */
export function folderFileNames(connectors: readonly Connector[]): Map<string, string> {
  const stems = new Map<string, number>();
  for (const connector of connectors) {
    const stem = safeFileStem(connector.name).toLowerCase();
    stems.set(stem, (stems.get(stem) ?? 0) + 1);
  }
  const names = new Map<string, string>();
  for (const connector of connectors) {
    const stem = safeFileStem(connector.name);
    const shared = (stems.get(stem.toLowerCase()) ?? 0) > 1;
    names.set(
      connector.id,
      `${shared ? `${stem}-${connector.id.slice(0, 8)}` : stem}${DEFINITION_FILE_SUFFIX}`,
    );
  }
  return names;
}

export function bundleFileName(connectors: readonly Connector[]): string {
  const [only] = connectors;
  return connectors.length === 1 && only
    ? `${safeFileStem(only.name)}${DEFINITION_FILE_SUFFIX}`
    : `connectors${DEFINITION_FILE_SUFFIX}`;
}

export async function writeBundle(
  path: string,
  connectors: readonly Connector[],
  generator: Generator,
): Promise<void> {
  await writeReplacing(path, serializeDefinitionFile(connectors, generator));
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Writes one file per connector into `folder`; resolves to the paths written and how many existed.
 * Each file is written whole (temp file, then rename).
 */
export async function writeFolder(
  folder: string,
  connectors: readonly Connector[],
  generator: Generator,
): Promise<{ paths: string[]; replaced: number }> {
  // LIMITATION: the set of files is not atomic: if the disk fills halfway, the files written so
  // far stay. The folder is the user's, not the store, and every file in it is whole and valid.
  const names = folderFileNames(connectors);
  const paths: string[] = [];
  let replaced = 0;
  for (const connector of inExportOrder(connectors)) {
    const path = join(folder, names.get(connector.id) as string);
    if (await exists(path)) replaced++;
    await writeReplacing(path, serializeDefinitionFile([connector], generator));
    paths.push(path);
  }
  return { paths, replaced };
}
