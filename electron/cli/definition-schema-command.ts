import { z } from 'zod';
import { definitionFileSchema } from '../../src/definition/definition-schema';
import type { CliCommand } from './command';
import { parseOrExplain } from './parse-options';

/** The published JSON Schema, generated from the schema the importer uses. */
export function definitionJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://connector-studio.invalid/schemas/connector-definition-2.schema.json',
    ...z.toJSONSchema(definitionFileSchema),
  };
}

const HELP = `Usage:
  connector-studio schema
      Print the JSON Schema (draft 2020-12) of the current definition file format.
      resources/connector-definition.schema.json is this output.

Options:
  -h, --help  this text
`;

export const definitionSchemaCommand: CliCommand = {
  help: HELP,
  async run(args, io) {
    const parsed = parseOrExplain(
      { args, options: { help: { type: 'boolean', short: 'h' } } },
      HELP,
      io,
    );
    if (parsed === null) return 2;
    if (parsed.values.help === true) {
      io.stdout(HELP);
      return 0;
    }
    io.stdout(`${JSON.stringify(definitionJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
