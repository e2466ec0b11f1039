import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Generator } from '../../src/definition/definition-file';
import { planImport, type ExistingLookup, type ImportPlan } from '../../src/definition/import-plan';
import { formatProblem } from '../../src/definition/problems';
import { loadDefinitions } from '../main/files/load-definitions';
import { readDefinitionFile } from '../main/files/read-definition-file';
import type { CliIo } from './command';

/** What the command line writes into files: the app's name and the package version. */
export function cliGenerator(): Generator {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return { name: 'Connector Studio', version: manifest.version };
}

/** parseArgs that reports a usage error instead of throwing; null means "exit 2". */
export function parseOrExplain<T extends ParseArgsConfig>(
  config: T,
  help: string,
  io: CliIo,
): ReturnType<typeof parseArgs<T>> | null {
  try {
    return parseArgs(config);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${help}`);
    return null;
  }
}

/** Reads and checks the files named on the command line, labelled as given. */
export async function planFromPaths(
  paths: readonly string[],
  existing: ExistingLookup,
): Promise<ImportPlan> {
  const inputs = await Promise.all(paths.map((path) => readDefinitionFile(path, path)));
  return planImport(loadDefinitions(inputs, new Date().toISOString()), existing);
}

/** Problems on stdout as `file:pointer: message`, notes as `file: note`; true when clean. */
export function report(plan: ImportPlan, io: CliIo): boolean {
  for (const problem of plan.problems) io.stdout(`${formatProblem(problem)}\n`);
  for (const file of plan.files)
    for (const note of file.notes) io.stdout(`${file.file}: note: ${note}\n`);
  return plan.problems.length === 0;
}
