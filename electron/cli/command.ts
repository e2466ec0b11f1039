/** Where a command writes; tests pass collectors, the entry point passes the real streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One command group of the CLI (`connector-studio <group> …`). */
export interface CliCommand {
  /** Full help text of the group. */
  help: string;
  /** Runs the group with the arguments after its name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A group as the entry point lists it: loaded only when it runs, so help and --version start fast. */
export interface ListedCommand {
  /** One line for the top-level help. */
  summary: string;
  load(): Promise<CliCommand>;
}
