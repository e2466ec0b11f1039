/**
 * What an import says about each file: problems block the whole import; notes are said out loud
 * but change nothing (an upgraded format version, keys of the platform's JSON that were ignored).
 */
export interface Problem {
  /** JSON Pointer of the offending value; "" when the file as a whole is at fault. */
  readonly pointer: string;
  readonly message: string;
}

export interface FileProblem extends Problem {
  /** The file's name as the user knows it (a path on the command line, a name in the app). */
  readonly file: string;
}

export function inFile(file: string, problems: readonly Problem[]): FileProblem[] {
  return problems.map((problem) => ({ file, pointer: problem.pointer, message: problem.message }));
}

/** One line per problem, as the command line prints it: `file:pointer: message`. */
export function formatProblem(problem: FileProblem): string {
  return `${problem.file}:${problem.pointer}: ${problem.message}`;
}
