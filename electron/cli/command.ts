/** One command group of the CLI (`connector-studio <group> …`). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliCommand {
  /** One line for the top-level help. */
  summary: string;
  /** Full help text of the group. */
  help: string;
  /** Runs the group with the arguments after its name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
