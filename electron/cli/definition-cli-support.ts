import { realpath, stat } from 'node:fs/promises';
import type { Generator } from '../../src/definition/definition-file';
import { planImport, type ExistingLookup, type ImportPlan } from '../../src/definition/import-plan';
import { formatProblem, type FileProblem } from '../../src/definition/problems';
import { loadDefinitions } from '../main/files/load-definitions';
import { readDefinitionFile, type DefinitionInput } from '../main/files/read-definition-file';
import type { CliIo } from './command';
import { packageVersion } from './package-info';
import { count, inWords } from './plain-words';
import { userPath } from './user-path';

/** What the command line writes into files: the app's name and the package version. */
export function cliGenerator(): Generator {
  return { name: 'Connector Studio', version: packageVersion() };
}

/** One file named on the command line: labelled as given, read once however often it is named. */
async function readNamed(label: string): Promise<{ key: string; input: DefinitionInput }> {
  const path = userPath(label);
  try {
    if ((await stat(path)).isDirectory()) {
      return { key: path, input: { file: label, refusal: 'is a folder, not a file.' } };
    }
    return { key: await realpath(path), input: await readDefinitionFile(path, label) };
  } catch (error) {
    return { key: path, input: { file: label, refusal: `${inWords(error)}.` } };
  }
}

/**
 * Reads and checks the files named on the command line, labelled as given. `isKnownOwner`
 * tells whether an owner is one of the user's organizations, for the same notes as the app's.
 */
export async function planFromPaths(
  labels: readonly string[],
  existing: ExistingLookup,
  isKnownOwner: (id: string) => boolean = () => true,
): Promise<ImportPlan> {
  const named = await Promise.all(labels.map(readNamed));
  // The same file named twice (or by two paths) is one file, not a duplicate connector id.
  const unique = new Map(named.reverse().map(({ key, input }) => [key, input]));
  const inputs = [...unique.values()].reverse();
  return planImport(loadDefinitions(inputs, new Date().toISOString()), existing, isKnownOwner);
}

/** `file: message` when the whole file is at fault, else `file:pointer: message`. */
function problemLine(problem: FileProblem): string {
  return problem.pointer === '' ? `${problem.file}: ${problem.message}` : formatProblem(problem);
}

/**
 * Problems and notes on stdout; returns null when the plan is clean, else a summary such as
 * "2 problems in 1 file" for the caller to finish on stderr.
 */
export function report(plan: ImportPlan, io: CliIo): string | null {
  for (const problem of plan.problems) io.stdout(`${problemLine(problem)}\n`);
  for (const file of plan.files)
    for (const note of file.notes) io.stdout(`${file.file}: note: ${note}\n`);
  if (plan.problems.length === 0) return null;
  const files = new Set(plan.problems.map((problem) => problem.file)).size;
  return `${count(plan.problems.length, 'problem')} in ${count(files, 'file')}`;
}
