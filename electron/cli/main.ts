import process from 'node:process';
import type { CliCommand, CliIo } from './command';
import { definitionSchemaCommand } from './definition-schema-command';
import { packageVersion } from './definition-cli-support';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { logoCommand } from './logo-command';
import { inWords } from './plain-words';
import { validateCommand } from './validate-command';

/**
 * CLI entry: the first argument names a command group. To add a group, write a module
 * exporting a `CliCommand` and add it to this map.
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
    'Options:',
    '  -h, --help     this text',
    '  -v, --version  the version of Connector Studio',
    '',
    'Run "connector-studio <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [group, ...rest] = argv;
  if (group === undefined) {
    io.stderr(`Give a command.\n\n${topLevelHelp()}`);
    return 2;
  }
  if (group === '--version' || group === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (group === '--help' || group === '-h' || group === 'help') {
    const [topic] = rest;
    const command = topic === undefined ? undefined : COMMANDS[topic];
    io.stdout(command?.help ?? topLevelHelp());
    return 0;
  }
  const command = COMMANDS[group];
  if (command === undefined) {
    const what = group.startsWith('-') ? `Unknown option ${group}.` : `Unknown command "${group}".`;
    io.stderr(`${what}\n\n${topLevelHelp()}`);
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
    // Expected failures are answered by the commands; this is the last word, still one line.
    io.stderr(`connector-studio: ${inWords(error).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
