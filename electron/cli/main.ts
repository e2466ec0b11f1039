import process from 'node:process';
import type { CliCommand, CliIo } from './command';
import { definitionSchemaCommand } from './definition-schema-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { logoCommand } from './logo-command';
import { validateCommand } from './validate-command';

/**
 * CLI entry: the first argument names a command group. To add a group (validate, export,
 * import…), write a module exporting a `CliCommand` and add it to this map.
 */
const COMMANDS: Record<string, CliCommand> = {
  logo: logoCommand,
  validate: validateCommand,
  export: exportCommand,
  import: importCommand,
  schema: definitionSchemaCommand,
};

function topLevelHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return [
    'Usage: connector-studio <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "connector-studio <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [group, ...rest] = argv;
  if (group === undefined || group === '--help' || group === '-h' || group === 'help') {
    io.stdout(topLevelHelp());
    return group === undefined ? 2 : 0;
  }
  const command = COMMANDS[group];
  if (command === undefined) {
    io.stderr(`Unknown command "${group}".\n\n${topLevelHelp()}`);
    return 2;
  }
  return command.run(rest, io);
}

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.stderr(`connector-studio: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
